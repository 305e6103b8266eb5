package io.s3witness.tracevalidation;

import io.s3witness.store.ObjectStore;
import io.s3witness.store.SpecTraceJsonLines;
import io.s3witness.store.StoreConfig;
import io.s3witness.store.history.HistoryRecorder;

import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Runs something against a fresh store whose spec trace (keys {@link RandomRun#KEYS}) goes to a file. */
final class TracedStore {
    /** What to do with the store. */
    interface Run {
        void on(ObjectStore store) throws Exception;
    }

    private TracedStore() {
    }

    static Path record(Path file, StoreConfig config, Run run) throws Exception {
        Files.createDirectories(file.getParent());
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            SpecTraceJsonLines trace = new SpecTraceJsonLines(out, config,
                SpecTraceJsonLines.homes(new ObjectStore(config), RandomRun.KEYS));
            run.on(new ObjectStore(config, HistoryRecorder.NONE, trace));
            trace.close();
        }
        return file;
    }
}
