package io.s3witness.tracevalidation;

import io.s3witness.specs.TraceFile;
import io.s3witness.specs.TraceModule;
import io.s3witness.specs.TraceValidation;
import io.s3witness.store.Mode;
import io.s3witness.store.Versioning;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Seeded concurrent runs of the real store, with faults, in both modes: every trace is a behaviour of the spec. */
class RandomRunsValidateTest {
    /**
     * -Dtrace.runs=N for a longer hunt (per mode); -Dtrace.ops=N operations per client; -Dtrace.versioning=false
     * to keep the fault thread from changing versioning (by default a quarter of its events are changes, so that
     * versioning changes race writes, as VersioningChangeDuringWriteTest does on purpose).
     */
    static final int RUNS_PER_MODE = Integer.getInteger("trace.runs", 12);
    static final int OPS = Integer.getInteger("trace.ops", 8);
    static final boolean VERSIONING_CHANGES = Boolean.parseBoolean(System.getProperty("trace.versioning", "true"));

    /** Steps the runs must contain between them, or they did not exercise what they claim to. */
    static final Set<String> MUST_OCCUR = Set.of("CommitFails", "ImpairNode", "RestoreNode", "WitnessCrash",
        "WitnessRestart", "WitnessReplace", "WitnessUnreachable", "WitnessReachable", "ReloadFromLog",
        "RepairCache", "ListObserveKey", "CheckWitness current", "CheckWitness stale", "InvokeWrite delver",
        "InvokeRead getver");
    /** ... and these when the fault thread changes versioning. */
    static final Set<String> MUST_OCCUR_WITH_VERSIONING = Set.of("PublishCommitted", "SetVersioning");

    @Test
    void everyRandomRunIsABehaviourOfTheSpec() throws Exception {
        Path out = TraceDirs.traces();
        List<TraceFile> traces = new ArrayList<>();
        long recordStart = System.nanoTime();
        for (Mode mode : Mode.values()) {
            for (long seed = 1; seed <= RUNS_PER_MODE; seed++) {
                // every fourth run with versioning suspended ("null" version ids), the rest enabled
                Versioning v = seed % 4 == 0 ? Versioning.SUSPENDED : Versioning.ENABLED;
                RandomRun run = new RandomRun(seed, mode, v, 3, OPS, 2 * OPS, VERSIONING_CHANGES);
                Path file = run.record(out.resolve(mode.name().toLowerCase() + "-" + seed + ".jsonl"));
                traces.add(TraceFile.read(file));
            }
        }
        double recordSeconds = (System.nanoTime() - recordStart) / 1e9;
        Set<String> seen = new TreeSet<>();
        for (TraceFile t : traces) {
            for (TraceFile.Step step : t.steps()) {
                seen.add(step.action());
                seen.add(step.action() + " " + step.detail());
            }
        }
        Set<String> missing = new TreeSet<>(MUST_OCCUR);
        if (VERSIONING_CHANGES) {
            missing.addAll(MUST_OCCUR_WITH_VERSIONING);
        }
        missing.removeAll(seen);
        assertEquals(Set.of(), missing, "steps no run took");
        TraceValidation validation = new TraceValidation(TraceDirs.specs(), TraceDirs.work(),
            Duration.ofMinutes(10));
        List<String> rejected = new ArrayList<>();
        int steps = 0;
        int accepted = 0;
        for (TraceModule module : TraceModule.batches("TraceRandom", traces, null)) {
            TraceValidation.Run run = validation.check(module, System.out::println);
            for (TraceValidation.Verdict v : run.verdicts()) {
                steps += v.trace().steps().size();
                if (v.accepted()) {
                    accepted++;
                } else {
                    rejected.add(v.describe());
                }
            }
            System.out.printf("trace validation: %s (%s): %d traces, %d distinct states, TLC %.1f s wall, %.1f s"
                    + " CPU%n", module.name(), module.mode(), module.traces().size(), run.states(),
                run.elapsed().toMillis() / 1000.0, run.cpu().toMillis() / 1000.0);
        }
        System.out.printf("trace validation: %d runs, %d steps recorded in %.1f s; %d accepted%n", traces.size(),
            steps, recordSeconds, accepted);
        assertEquals(List.of(), rejected, "traces the spec rejects");
        assertEquals(2 * RUNS_PER_MODE, accepted);
        assertTrue(steps > 2 * RUNS_PER_MODE * 50, "the runs were too short to mean much: " + steps + " steps");
    }
}
