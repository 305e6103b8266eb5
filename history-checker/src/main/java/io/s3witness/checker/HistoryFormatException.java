package io.s3witness.checker;

/**
 * A history that cannot be read: the message names the source, the line, the field (when one
 * is at fault) and what was expected, e.g. {@code h.jsonl:3: field "type": expected one of
 * invoke, ok, fail, info, got "done"}.
 */
public final class HistoryFormatException extends RuntimeException {
  private final String source;
  private final int line;
  private final String field;

  public HistoryFormatException(String source, int line, String field, String problem) {
    super(source + ":" + line + ": " + (field == null ? "" : "field \"" + field + "\": ") + problem);
    this.source = source;
    this.line = line;
    this.field = field;
  }

  /** File name (or {@code <memory>}) of the history. */
  public String source() {
    return source;
  }

  /** 1-based line number, 0 when the problem concerns the whole history. */
  public int line() {
    return line;
  }

  /** The offending field, or null. */
  public String field() {
    return field;
  }
}
