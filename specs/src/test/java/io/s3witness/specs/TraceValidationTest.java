package io.s3witness.specs;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Turning what TLC printed into a verdict per trace (no TLC here; TraceCommandTest in trace-validation runs it). */
class TraceValidationTest {
    private static final TraceFile.Header HEADER = new TraceFile.Header("strong", 3, "enabled", Map.of("k0", 2));

    /** A trace of {@code n} steps on lines 2, 4, 6, ... (as if blank-free but commented: lines need not be dense). */
    private static TraceFile trace(String name, int n) {
        List<TraceFile.Step> steps = new java.util.ArrayList<>();
        for (int i = 0; i < n; i++) {
            steps.add(new TraceFile.Step(2 * i + 2, i % 2 == 0 ? "ReadCache" : "CheckWitness", 0, "k0", 2, 1,
                    null, null));
        }
        return new TraceFile(Path.of(name), HEADER, steps);
    }

    private final TraceModule module = new TraceModule("T", "strong", List.of(trace("a", 3), trace("b", 4)));

    @Test
    void aTraceThatReachesItsEndIsAcceptedAndTheOtherRejectedAtItsDeepestStuckLine() {
        String output = String.join("\n",
                "\"TRACE-STUCK 2 2 ReadCache node n3 holds seq 0 of k0, the trace says 1\"",
                "\"TRACE-STUCK 2 4 CheckWitness the spec says stale for the entry at seq 1 (witness up, hw[k0] ="
                        + " 2), the trace says \\\"current\\\"\"",
                "\"TRACE-END 1 4\"",
                "@!@!@STARTMSG 2193:0 @!@!@");
        List<TraceValidation.Verdict> v = TraceValidation.verdicts(module, output);
        assertTrue(v.get(0).accepted());
        assertFalse(v.get(1).accepted());
        // position 4 = the third step, on file line 6
        assertEquals(6, v.get(1).line());
        assertEquals("CheckWitness", v.get(1).action());
        assertEquals("the spec says stale for the entry at seq 1 (witness up, hw[k0] = 2), the trace says"
                + " \"current\"", v.get(1).reason());
        assertEquals("rejected b at line 6 (CheckWitness): the spec says stale for the entry at seq 1 (witness up,"
                + " hw[k0] = 2), the trace says \"current\"", v.get(1).describe());
    }

    @Test
    void anInvariantViolationRejectsItsTraceAtTheLineThatLedThereAndLeavesTheOthersUnchecked() {
        TlcOutput.Result result = new TlcOutput.Result(
                new Verdict(Verdict.Kind.INVARIANT, "TraceNoStaleRead", ""), OptionalLong.of(9),
                OptionalLong.of(4), List.of(new TraceStep(1, "Initial predicate", Map.of("t", "2", "l", "0")),
                        new TraceStep(2, "Follow", Map.of("t", "2", "l", "3"))));
        List<TraceValidation.Verdict> v = TraceValidation.violated(module, result);
        assertEquals("unchecked a: not checked: TLC stopped at a violation in b", v.get(0).describe());
        assertEquals("rejected b at line 4 (CheckWitness): the spec can take this step, but the state after it"
                + " violates TraceNoStaleRead", v.get(1).describe());
    }
}
