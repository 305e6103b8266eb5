package io.s3witness.tracevalidation;

import io.s3witness.specs.TlcMain;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code ci/tlc --trace FILE [--mode M]}: exit 0 accepted, 1 rejected (line, action, why), 3 bad input. */
class TraceCommandTest {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int tlc(String... args) {
        out.reset();
        err.reset();
        String[] all = new String[args.length + 4];
        all[0] = "--specs";
        all[1] = TraceDirs.specs().toString();
        all[2] = "--out";
        all[3] = TraceDirs.traces().resolve("cli").toString();
        System.arraycopy(args, 0, all, 4, args.length);
        return TlcMain.run(all, new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void acceptedRejectedAndBadInputHaveTheirExitStatus() throws Exception {
        Path dir = TraceDirs.traces().resolve("cli");
        Path good = StaleReadScenario.record(dir.resolve("good.jsonl"));
        assertEquals(0, tlc("--trace", good.toString()), out() + err());
        assertTrue(out().contains("accepted " + good + " (18 steps)"), out());
        assertTrue(out().contains("1 trace(s), 18 steps: 1 accepted, 0 rejected"), out());

        // The strong store's trace checked as eventual: an eventual read serves any entry, so the stale one
        // would have been served -- the spec disagrees with the recorded "stale".
        int check = StaleReadScenario.lineOf(good, "\"CheckWitness\"", "\"stale\"");
        assertEquals(1, tlc("--trace", good.toString(), "--mode", "eventual"), out() + err());
        assertTrue(out().contains("rejected " + good + " at line " + check + " (CheckWitness): the spec says current"
            + " for the entry at seq 1"), out());

        Path bad = StaleReadScenario.withLine(good, 4, l -> l.replace("\"seq\":1", "\"seq\":\"one\""),
            dir.resolve("bad.jsonl"));
        assertEquals(3, tlc("--trace", bad.toString()), out() + err());
        assertEquals("ci/tlc: bad trace: " + bad + ":4: field \"seq\": expected a whole number, found \"one\"",
            err().strip());
        assertFalse(err().contains("Exception"), err());

        assertEquals(3, tlc("--trace", dir.resolve("missing.jsonl").toString()), err());
        assertTrue(err().contains("missing.jsonl: cannot read it"), err());
        assertEquals(3, tlc("--trace", good.toString(), "--mode", "fast"), err());
        assertTrue(Files.exists(good));
    }
}
