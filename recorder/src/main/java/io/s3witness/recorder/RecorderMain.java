package io.s3witness.recorder;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The recorder's command line: {@code recorder record ...}. */
@Command(name = "recorder", mixinStandardHelpOptions = true, subcommands = RecordCommand.class,
        description = "Records histories of S3 endpoints for the s3-witness linearizability checker.")
public final class RecorderMain implements Runnable {

    /**
     * The SDK logs through SLF4J, and the fat jar has no SLF4J provider on purpose (the recorder
     * reports on stderr itself); without this SLF4J warns about the missing provider on every run.
     */
    static void quietLogging() {
        if (System.getProperty("slf4j.internal.verbosity") == null) {
            System.setProperty("slf4j.internal.verbosity", "ERROR");
        }
    }

    static CommandLine commandLine() {
        return new CommandLine(new RecorderMain());
    }

    @Override
    public void run() {
        commandLine().usage(System.err);
    }

    public static void main(String[] args) {
        quietLogging();
        System.exit(commandLine().execute(args));
    }
}
