package io.s3witness.checker.json;

/** Malformed JSON text; {@link #column()} is 1-based within the text parsed. */
public final class JsonSyntaxException extends Exception {
  private final int column;

  public JsonSyntaxException(int column, String message) {
    super(message);
    this.column = column;
  }

  public int column() {
    return column;
  }
}
