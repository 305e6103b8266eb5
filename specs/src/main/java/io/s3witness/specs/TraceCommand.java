package io.s3witness.specs;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code ci/tlc --trace FILE... [--mode strong|eventual]}: is each recorded trace a behaviour of CacheCoherence?
 * Prints one line per trace (accepted / rejected at line N (Action): why) and a summary. Exit status: 0 every trace
 * accepted, 1 some rejected, 3 bad input (which file, line and field), 2 TLC could not finish.
 */
final class TraceCommand {
    static final int ACCEPTED = 0;
    static final int REJECTED = 1;
    static final int TLC_FAILED = 2;
    static final int BAD_INPUT = 3;

    private TraceCommand() {
    }

    /**
     * @param mode null: each trace's header says; else check every trace against this mode
     */
    static int run(List<Path> files, String mode, Path specs, Path outDir, Duration timeout, PrintStream out,
                   PrintStream err) {
        if (mode != null && !TraceFile.MODES.contains(mode)) {
            err.println("ci/tlc: --mode must be strong or eventual, not " + mode);
            return BAD_INPUT;
        }
        List<TraceFile> traces = new ArrayList<>();
        for (Path f : files) {
            try {
                traces.add(TraceFile.read(f));
            } catch (TraceInputException e) {
                err.println("ci/tlc: bad trace: " + e.getMessage());
                return BAD_INPUT;
            }
        }
        TraceValidation validation = new TraceValidation(specs, outDir.resolve("trace"), timeout);
        int rejected = 0;
        int steps = 0;
        long start = System.nanoTime();
        for (TraceModule module : TraceModule.batches("TraceRun", traces, mode)) {
            TraceValidation.Run run;
            try {
                run = validation.check(module, err::println);
            } catch (TraceInputException e) {
                err.println("ci/tlc: bad trace: " + e.getMessage());
                return BAD_INPUT;
            } catch (TraceValidation.TlcFailure e) {
                err.println("ci/tlc: " + e.getMessage());
                return TLC_FAILED;
            } catch (IOException e) {
                err.println("ci/tlc: trace validation failed: " + e);
                return TLC_FAILED;
            }
            for (TraceValidation.Verdict v : run.verdicts()) {
                out.println(v.describe());
                steps += v.trace().steps().size();
                if (!v.accepted()) {
                    rejected++;
                }
            }
            out.printf("  (%s: mode %s, %d trace(s), %d distinct states, TLC %.1f s wall, %.1f s CPU)%n",
                    module.name(), module.mode(), module.traces().size(), run.states(),
                    run.elapsed().toMillis() / 1000.0, run.cpu().toMillis() / 1000.0);
        }
        out.printf("%d trace(s), %d steps: %d accepted, %d rejected (%.1f s)%n", traces.size(), steps,
                traces.size() - rejected, rejected, (System.nanoTime() - start) / 1e9);
        return rejected == 0 ? ACCEPTED : REJECTED;
    }
}
