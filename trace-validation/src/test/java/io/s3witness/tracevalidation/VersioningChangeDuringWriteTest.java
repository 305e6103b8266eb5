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
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Trace validation's finding 4, closed: a versioning change while a write is committed but not yet notified. The
 * code publishes every committed write first (the spec's PublishCommitted) and then changes versioning
 * (SetVersioning), in one critical section; the spec takes the two lines as two steps. Without the PublishCommitted
 * line the spec must refuse the change, at its line, because the write would take effect under the new state.
 * Eventual mode changes versioning directly, with the write still in flight, and the spec lets it.
 */
class VersioningChangeDuringWriteTest {

    @Test
    void aVersioningChangeDuringAWriteIsABehaviourOfTheSpecAndItsPublishStepIsNeeded() throws Exception {
        Path dir = TraceDirs.traces().resolve("versioning");
        Path strong = record(dir.resolve("strong-during-write.jsonl"), Mode.STRONG);
        Path eventual = record(dir.resolve("eventual-during-write.jsonl"), Mode.EVENTUAL);
        int publish = StaleReadScenario.lineOf(strong, "\"PublishCommitted\"");
        int change = StaleReadScenario.lineOf(strong, "\"SetVersioning\"");
        assertEquals(publish + 1, change, "the code publishes right before it changes versioning");
        Path withoutPublish = withoutLine(strong, publish, dir.resolve("strong-without-publish.jsonl"));

        List<TraceFile> traces = List.of(TraceFile.read(strong), TraceFile.read(withoutPublish),
            TraceFile.read(eventual));
        List<TraceModule> modules = TraceModule.batches("TraceVersioning", traces, null);
        assertEquals(2, modules.size(), "one TLC run per mode");
        TraceValidation validation = new TraceValidation(TraceDirs.specs(), TraceDirs.work(), Duration.ofMinutes(5));
        List<TraceValidation.Verdict> verdicts = new ArrayList<>();
        for (TraceModule module : modules) {
            verdicts.addAll(validation.check(module, System.out::println).verdicts());
        }
        verdicts.forEach(v -> System.out.println(v.describe()));

        TraceValidation.Verdict ok = verdictOf(verdicts, strong);
        assertTrue(ok.accepted(), ok.describe());
        TraceValidation.Verdict eventualOk = verdictOf(verdicts, eventual);
        assertTrue(eventualOk.accepted(), eventualOk.describe());

        TraceValidation.Verdict refused = verdictOf(verdicts, withoutPublish);
        assertFalse(refused.accepted());
        assertEquals(change - 1, refused.line());
        assertEquals("SetVersioning", refused.action());
        assertEquals("versioning enabled -> suspended needs every committed mutation published first (log lengths"
            + " [k0 |-> 2, k1 |-> 0], published [k0 |-> 1, k1 |-> 0]; no PublishCommitted since)", refused.reason());
    }

    /** client 0's PUT returns; client 1's PUT is stopped between its commit and its notify; versioning changes. */
    private static Path record(Path file, Mode mode) throws Exception {
        return TracedStore.record(file, new StoreConfig(mode, 3, Versioning.ENABLED, 1), store -> {
            store.put(0, "k0", "one".getBytes(StandardCharsets.UTF_8));
            MetadataSubsystem m = store.metadata();
            WriteIntent intent = WriteIntent.put(ContentDigest.of("two".getBytes(StandardCharsets.UTF_8)), 3);
            m.writes().invokeWrite(1, "k0", intent);
            m.log().commitToLog(1, "k0", intent);
            store.setVersioning(Versioning.SUSPENDED);
        });
    }

    private static Path withoutLine(Path file, int line, Path copy) throws Exception {
        List<String> lines = new ArrayList<>(Files.readAllLines(file));
        lines.remove(line - 1);
        Files.write(copy, lines);
        return copy;
    }

    private static TraceValidation.Verdict verdictOf(List<TraceValidation.Verdict> verdicts, Path file) {
        return verdicts.stream().filter(v -> v.trace().file().equals(file)).findFirst()
            .orElseThrow(() -> new AssertionError("no verdict for " + file + " among " + verdicts));
    }
}
