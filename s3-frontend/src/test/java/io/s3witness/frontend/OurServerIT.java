package io.s3witness.frontend;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.s3witness.checker.Verdict;
import io.s3witness.store.Mode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.junit.jupiter.api.Test;

/**
 * Our server end to end: the recorder drives it over HTTP (SigV4, aws-chunked bodies) while the fault schedule
 * impairs cache nodes, crashes, restarts, replaces and cuts off the witness and fails commits; the checker judges
 * the history. Histories, results and a results.tsv row per run land in target/histories/.
 */
class OurServerIT {
    private static final Path DIR = Path.of(System.getProperty("frontend.histories", "target/histories"));

    @Test
    void strongModeIsLinearizableUnderFaults() throws Exception {
        DemoRun run = new DemoRun("strong-it", Mode.STRONG, DemoCommand.DEMO_FAULTS, 8, 8, 1200, 1);
        DemoRun.Outcome o = run.run(DIR, System.err);
        row(run, o, 1);
        assertTrue(o.recorded().ok() > 800, "most operations must succeed under the faults: " + o.recorded());
        assertTrue(o.recorded().info() > 0, "the schedule's failed commits must show as 500s (info): " + o.recorded());
        assertEquals(Verdict.LINEARIZABLE, o.verdict(), o.result().summary());
        String page = Files.readString(o.page());
        assertTrue(page.contains("<title>") && page.contains(": linearizable</title>"),
                "the timeline page names the verdict: " + o.page());
    }

    @Test
    void eventualModeShowsAnAnomalyWithinThreeSeededAttempts() throws Exception {
        DemoRun.Outcome o = null;
        int attempt;
        for (attempt = 1; attempt <= 3; attempt++) {
            DemoRun run = new DemoRun("eventual-it-seed" + attempt, Mode.EVENTUAL, "every-op:50:impair-node", 8, 8,
                    1000, attempt);
            o = run.run(DIR, System.err);
            row(run, o, attempt);
            if (o.verdict() == Verdict.NOT_LINEARIZABLE) {
                break;
            }
        }
        assertEquals(Verdict.NOT_LINEARIZABLE, o.verdict(), "no anomaly in 3 attempts: " + o.result().summary());
        assertTrue(o.result().summary().contains("cannot place"), o.result().summary());
    }

    private static void row(DemoRun run, DemoRun.Outcome o, int attempt) throws IOException {
        Files.createDirectories(DIR);
        Path tsv = DIR.resolve("results.tsv");
        if (!Files.exists(tsv)) {
            Files.writeString(tsv, "run\tmode\tfaults\tclients\tkeys\tops\tok\tfail\tinfo\tverdict\tattempt\n");
        }
        Files.writeString(tsv, String.join("\t", run.name(), run.mode().name(), run.faults(),
                "" + run.clients(), "" + run.keys(), "" + run.ops(), "" + o.recorded().ok(), "" + o.recorded().fail(),
                "" + o.recorded().info(), o.verdict().label(), "" + attempt) + "\n", StandardOpenOption.APPEND);
    }
}
