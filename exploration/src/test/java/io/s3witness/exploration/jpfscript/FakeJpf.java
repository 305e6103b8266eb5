package io.s3witness.exploration.jpfscript;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Stands in for jpf-core's RunJPF.jar so that ci/jpf's handling of JPF's output can be tested where JPF is not
 * installed. Prints what JPF 8 (java-17 branch) prints for the outcome named by FAKE_JPF_OUTCOME, in JPF's format
 * as measured from real runs, and writes its arguments to FAKE_JPF_ARGS.
 */
public final class FakeJpf {
    private static final String RULE = "====================================================== ";

    private FakeJpf() {
    }

    public static void main(String[] args) throws IOException {
        Files.write(Path.of(System.getenv("FAKE_JPF_ARGS")), List.of(args));
        String outcome = System.getenv("FAKE_JPF_OUTCOME");
        String config = args[args.length - 1];
        String scenario = Path.of(config).getFileName().toString().replaceFirst("-(strong|eventual|bug-.*)\\.jpf$", "");
        String mode = Files.readAllLines(Path.of(config)).stream().filter(l -> l.startsWith("target.args"))
            .map(l -> l.substring(l.indexOf('=') + 1).trim()).findFirst().orElse("?");
        System.out.println("JavaPathfinder core system v8.0 (rev 0) - (C) 2005-2014 United States Government.");
        System.out.println();
        System.out.println(RULE + "search started");
        switch (outcome) {
            case "none" -> results("no errors detected", 4242);
            case "violation" -> {
                System.out.println(RULE + "error 1");
                System.out.println("gov.nasa.jpf.vm.NoUncaughtExceptionsProperty");
                System.out.println("java.lang.AssertionError: " + scenario + " (" + mode + "): a read saw seq 1");
                results("error #1: gov.nasa.jpf.vm.NoUncaughtExceptionsProperty \"java.lang.AssertionError: ...\"", 77);
            }
            case "deadlock" -> {
                System.out.println(RULE + "error 1");
                System.out.println("gov.nasa.jpf.vm.NotDeadlockedProperty");
                results("error #1: gov.nasa.jpf.vm.NotDeadlockedProperty \"deadlock encountered: ...\"", 99);
            }
            case "budget" -> {
                System.out.println(RULE + "search constraint");
                System.out.println("max time exceeded: 00:00:01 >= 00:00:01");
                results("no errors detected", 31337);
            }
            default -> throw new IllegalArgumentException("FAKE_JPF_OUTCOME " + outcome);
        }
    }

    private static void results(String result, int states) {
        System.out.println();
        System.out.println(RULE + "results");
        System.out.println(result);
        System.out.println();
        System.out.println(RULE + "statistics");
        System.out.println("elapsed time:       00:00:01");
        System.out.println("states:             new=" + states + ",visited=1,backtracked=1,end=1");
    }
}
