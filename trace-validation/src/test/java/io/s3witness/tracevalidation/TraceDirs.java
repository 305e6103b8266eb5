package io.s3witness.tracevalidation;

import java.nio.file.Path;

/** Where the tests find the specs and put traces (Maven's surefire sets both; defaults for an IDE run). */
final class TraceDirs {
    private TraceDirs() {
    }

    static Path specs() {
        return Path.of(System.getProperty("specs.dir", "../specs"));
    }

    static Path traces() {
        return Path.of(System.getProperty("traces.out", "target/traces"));
    }

    static Path work() {
        return traces().resolve("tlc");
    }
}
