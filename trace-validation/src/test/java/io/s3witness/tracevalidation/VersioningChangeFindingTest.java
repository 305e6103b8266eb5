package io.s3witness.tracevalidation;

import io.s3witness.specs.TraceFile;
import io.s3witness.specs.TraceModule;
import io.s3witness.specs.TraceValidation;
import io.s3witness.store.ContentDigest;
import io.s3witness.store.Mode;
import io.s3witness.store.StoreConfig;
import io.s3witness.store.Versioning;
import io.s3witness.store.metadata.MetadataSubsystem;
import io.s3witness.store.metadata.WriteIntent;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/**
 * A finding of trace validation, pinned: a versioning change while a write is committed but not yet notified. The
 * code syncs the witness first, so the write takes effect before the change (reference-impl's
 * HazardScenariosTest#aVersioningChangeFirstPublishesEveryCommittedWrite; linearizable: the write overlaps the
 * change), but the spec's SetVersioning cannot publish anything and requires every committed mutation published
 * already, so it cannot take this step. Random runs hit it when the fault thread changes versioning
 * ({@code -Dtrace.versioning=true}). When specs/ lets SetVersioning publish committed writes (S3Atomic would need
 * effects and the change in one step), this trace is accepted and this test must change.
 */
class VersioningChangeFindingTest {

    @Test
    void theSpecCannotTakeAVersioningChangeThatPublishesAnInFlightWrite() throws Exception {
        Path file = TraceDirs.traces().resolve("finding").resolve("versioning-during-write.jsonl");
        TracedStore.record(file, new StoreConfig(Mode.STRONG, 3, Versioning.ENABLED, 1), store -> {
            store.put(0, "k0", "one".getBytes(StandardCharsets.UTF_8));
            MetadataSubsystem m = store.metadata();
            // client 1's PUT, stopped between its commit and its notify, as a slow writer would be
            WriteIntent intent = WriteIntent.put(ContentDigest.of("two".getBytes(StandardCharsets.UTF_8)), 3);
            m.writes().invokeWrite(1, "k0", intent);
            m.log().commitToLog(1, "k0", intent);
            store.setVersioning(Versioning.SUSPENDED);
        });
        int change = StaleReadScenario.lineOf(file, "\"SetVersioning\"");
        List<TraceModule> modules = TraceModule.batches("TraceFinding", List.of(TraceFile.read(file)), null);
        TraceValidation.Verdict v = new TraceValidation(TraceDirs.specs(), TraceDirs.work(), Duration.ofMinutes(5))
            .check(modules.get(0), System.out::println).verdicts().get(0);
        System.out.println(v.describe());
        assertFalse(v.accepted());
        assertEquals(change, v.line());
        assertEquals("SetVersioning", v.action());
        assertEquals("versioning enabled -> suspended needs every committed mutation published (log lengths"
            + " [k0 |-> 2, k1 |-> 0], published [k0 |-> 1, k1 |-> 0])", v.reason());
    }
}
