package io.s3witness.tracevalidation;

import io.s3witness.store.Mode;
import io.s3witness.store.StoreConfig;
import io.s3witness.store.Versioning;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * A sequential strong run whose trace has a stale cache entry in it: k0 is written through its home node, then
 * (home impaired) through the backup, then read at the home node again, whose entry is one write behind, so the
 * read's CheckWitness says stale and it reloads. Deterministic, so tests can edit its trace.
 */
final class StaleReadScenario {
    private StaleReadScenario() {
    }

    static Path record(Path file) throws Exception {
        return TracedStore.record(file, new StoreConfig(Mode.STRONG, 3, Versioning.ENABLED, 1), store -> {
            int home = store.metadata().router().home("k0");
            store.put(0, "k0", "one".getBytes(StandardCharsets.UTF_8));
            store.faults().impairNode(home);
            store.put(0, "k0", "two".getBytes(StandardCharsets.UTF_8));
            store.faults().restoreNode(home);
            store.get(1, "k0");
        });
    }

    /** The 1-based line of the first line containing every fragment. */
    static int lineOf(Path file, String... fragments) throws IOException {
        List<String> lines = Files.readAllLines(file);
        for (int i = 0; i < lines.size(); i++) {
            String l = lines.get(i);
            if (List.of(fragments).stream().allMatch(l::contains)) {
                return i + 1;
            }
        }
        throw new AssertionError("no line with " + List.of(fragments) + " in " + file);
    }

    /** A copy of the trace with line {@code line} (1-based) replaced. */
    static Path withLine(Path file, int line, java.util.function.UnaryOperator<String> edit, Path copy)
            throws IOException {
        List<String> lines = new java.util.ArrayList<>(Files.readAllLines(file));
        lines.set(line - 1, edit.apply(lines.get(line - 1)));
        Files.write(copy, lines);
        return copy;
    }
}
