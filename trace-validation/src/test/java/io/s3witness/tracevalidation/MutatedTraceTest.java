package io.s3witness.tracevalidation;

import io.s3witness.specs.TraceFile;
import io.s3witness.specs.TraceModule;
import io.s3witness.specs.TraceValidation;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A recorded trace is accepted; the same trace with one step the spec forbids is rejected at exactly that step. */
class MutatedTraceTest {

    @Test
    void eachForbiddenStepIsRejectedAtItsLineWithTheReason() throws Exception {
        Path dir = TraceDirs.traces().resolve("mutated");
        Path original = StaleReadScenario.record(dir.resolve("stale-read.jsonl"));
        int check = StaleReadScenario.lineOf(original, "\"CheckWitness\"", "\"stale\"");
        int readCache = StaleReadScenario.lineOf(original, "\"ReadCache\"", "\"client\":1");
        // the witness vouches only for seq 2; the read's entry is at seq 1 and it claims it is current
        Path staleServed = StaleReadScenario.withLine(original, check, l -> l.replace("\"stale\"", "\"current\""),
            dir.resolve("stale-served.jsonl"));
        // the node never held seq 7 of k0 (only 2 writes were ever committed)
        Path neverCommitted = StaleReadScenario.withLine(original, readCache,
            l -> l.replaceFirst("\"seq\":\\d+", "\"seq\":7"), dir.resolve("never-committed.jsonl"));

        List<TraceFile> traces = List.of(TraceFile.read(original), TraceFile.read(staleServed),
            TraceFile.read(neverCommitted));
        List<TraceModule> modules = TraceModule.batches("TraceMutated", traces, null);
        assertEquals(1, modules.size(), "one TLC run for the three traces");
        List<TraceValidation.Verdict> verdicts = new TraceValidation(TraceDirs.specs(), TraceDirs.work(),
            Duration.ofMinutes(5)).check(modules.get(0), System.out::println).verdicts();
        verdicts.forEach(v -> System.out.println(v.describe()));

        assertTrue(verdicts.get(0).accepted(), verdicts.get(0).describe());

        TraceValidation.Verdict stale = verdicts.get(1);
        assertFalse(stale.accepted());
        assertEquals(check, stale.line());
        assertEquals("CheckWitness", stale.action());
        assertEquals("the spec says stale for the entry at seq 1 (witness up, hw[k0] = 2), the trace says current",
            stale.reason());

        TraceValidation.Verdict seven = verdicts.get(2);
        assertFalse(seven.accepted());
        assertEquals(readCache, seven.line());
        assertEquals("ReadCache", seven.action());
        assertTrue(seven.reason().endsWith("holds seq 1 of k0, the trace says 7"), seven.reason());
    }
}
