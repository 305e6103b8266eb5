package io.s3witness.frontend;

import io.s3witness.checker.Verdict;
import io.s3witness.recorder.StoreException;
import io.s3witness.store.Mode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code demo}: our server in strong and in eventual mode under the same faults, 8 clients each, recorded over HTTP
 * and checked. Strong must be linearizable; eventual must show an anomaly within a few seeded attempts.
 */
@Command(name = "demo", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Records and checks the reference store in strong and eventual mode under faults.")
final class DemoCommand implements Callable<Integer> {
    /** Rotating node impairment, witness crash/restart/replace/cut-off, and bursts of failed commits. */
    static final String DEMO_FAULTS = "every-op:60:impair-node,crash-witness,impair-node,restart-witness,"
            + "impair-node,replace-witness,impair-node,witness-unreachable,impair-node,witness-reachable;"
            + "every-op:400:fail-commits=0.05,fail-commits=0";

    @Option(names = "--out", defaultValue = "target/demo", description = "output directory (default ${DEFAULT-VALUE})")
    Path out;
    @Option(names = "--ops", defaultValue = "2000", description = "operations per run (default ${DEFAULT-VALUE})")
    int ops;
    @Option(names = "--clients", defaultValue = "8", description = "concurrent clients (default ${DEFAULT-VALUE})")
    int clients;
    @Option(names = "--keys", defaultValue = "8", description = "keys (default ${DEFAULT-VALUE})")
    int keys;
    @Option(names = "--attempts", defaultValue = "3", description = "seeded eventual-mode attempts to find an anomaly (default ${DEFAULT-VALUE})")
    int attempts;
    @Option(names = "--faults", description = "fault schedule for both runs (default: rotating impairment, witness faults, failed commits)")
    String faults;

    @Override
    public Integer call() throws IOException {
        String plan = faults != null ? faults : DEMO_FAULTS;
        try {
            FaultPlan.parse(plan);
            if (ops < 1 || clients < 1 || keys < 1 || attempts < 1) {
                throw new IllegalArgumentException("--ops, --clients, --keys and --attempts must be 1 or more");
            }
        } catch (IllegalArgumentException e) {
            System.err.println("demo: " + e.getMessage());
            return Main.EXIT_USAGE;
        }
        try {
            System.out.printf("server faults: %s%n", plan);
            DemoRun.Outcome strong = runAndReport(new DemoRun("strong", Mode.STRONG, plan, clients, keys, ops, 1));
            DemoRun.Outcome eventual = null;
            for (int seed = 1; seed <= attempts; seed++) {
                eventual = runAndReport(new DemoRun(seed == 1 ? "eventual" : "eventual-seed" + seed, Mode.EVENTUAL,
                        plan, clients, keys, ops, seed));
                if (eventual.verdict() == Verdict.NOT_LINEARIZABLE) {
                    break;
                }
            }
            boolean strongOk = strong.verdict() == Verdict.LINEARIZABLE;
            boolean anomaly = eventual.verdict() == Verdict.NOT_LINEARIZABLE;
            System.out.println();
            System.out.println("strong:   " + (strongOk ? "LINEARIZABLE, as promised" : "NOT as promised: "
                    + strong.verdict().label()));
            System.out.println("eventual: " + (anomaly ? "NOT LINEARIZABLE, the anomaly was found:" : "no anomaly found ("
                    + eventual.verdict().label() + ")"));
            if (anomaly) {
                System.out.println(indent(firstLines(eventual.result().summary(), 4)));
            }
            System.out.println("reports:  " + out.toAbsolutePath().normalize() + " (*.jsonl histories, "
                    + "*.result.json checker results, *.summary.txt, *.faults.log)");
            return strongOk && anomaly ? 0 : 1;
        } catch (StoreException e) {
            System.err.println("demo: the recorder could not prepare the store: " + e.getMessage());
            return 1;
        }
    }

    private DemoRun.Outcome runAndReport(DemoRun run) throws IOException, StoreException {
        long t0 = System.nanoTime();
        System.out.printf("%-16s recording %d ops, %d clients, %d keys, versioning on, seed %d ...%n",
                run.name(), run.ops(), run.clients(), run.keys(), run.seed());
        DemoRun.Outcome o = run.run(out, System.err);
        System.out.printf("%-16s %s: %d ok, %d fail, %d info; checker: %s (%.1f s)%n", run.name(),
                out.relativize(o.history()), o.recorded().ok(), o.recorded().fail(), o.recorded().info(),
                o.verdict().label(), (System.nanoTime() - t0) / 1e9);
        return o;
    }

    /** The verdict, the key and the operation that cannot be placed, each line cut to a screen's width. */
    private static String firstLines(String text, int n) {
        String[] lines = text.split("\n");
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < Math.min(n, lines.length); i++) {
            String l = lines[i];
            sb.append(l.length() > 200 ? l.substring(0, 200) + " ..." : l).append('\n');
        }
        if (lines.length > n) {
            sb.append("... (the state, the linearized prefix and the rest: *.summary.txt, *.result.json)");
        }
        return sb.toString().strip();
    }

    private static String indent(String s) {
        return "  " + s.replace("\n", "\n  ");
    }
}
