package io.s3witness.recorder;

import io.s3witness.checker.CheckResult;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/** Where integration tests keep their histories, and the line each adds to the results table. */
final class ItSupport {
    private ItSupport() { }

    static Path historyFile(String name) throws IOException {
        Path dir = Path.of(System.getProperty("recorder.histories", "target/histories"));
        Files.createDirectories(dir);
        return dir.resolve(name);
    }

    /**
     * Prints and appends to target/histories/results.tsv: store, history, operations, verdict, and the
     * stale and torn reads counted independently. The README's table is made from these lines.
     */
    static void report(String store, Path history, CheckResult r) throws IOException {
        String line = String.join("\t", store, history.getFileName().toString(), Integer.toString(r.operations()),
                r.verdict().label(), Anomalies.staleReads(history) + " stale", Anomalies.tornReads(history) + " torn");
        System.err.println("RESULT " + line);
        System.err.println(r.summary().lines().limit(12).reduce((a, b) -> a + "\n" + b).orElse(""));
        Files.writeString(historyFile("results.tsv"), line + "\n", StandardOpenOption.CREATE,
                StandardOpenOption.APPEND);
    }
}
