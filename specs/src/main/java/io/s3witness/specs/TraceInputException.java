package io.s3witness.specs;

import java.nio.file.Path;

/** A trace file that is not a valid spec trace: which file, line and field, and what was expected there. */
public final class TraceInputException extends Exception {
    private final transient Path file;
    private final int line;

    public TraceInputException(Path file, int line, String field, String problem) {
        super(file + (line > 0 ? ":" + line : "") + (field == null ? "" : ": field \"" + field + "\"") + ": "
                + problem);
        this.file = file;
        this.line = line;
    }

    public Path file() {
        return file;
    }

    /** 1-based line of the file, or 0 when the problem is the file as a whole. */
    public int line() {
        return line;
    }
}
