package io.s3witness.checker;

import io.s3witness.checker.history.Operation;

/**
 * One operation as evidence: the history operation and what the model made of it (for a LIST,
 * its projection onto the partition's key).
 */
public record Step(Operation operation, String command) {
  /** One line for people: where it is in the file, who did what, what came back. */
  public String describe() {
    Operation op = operation;
    String result = switch (op.outcome()) {
      case OK -> String.valueOf(render(op.output()));
      case FAIL -> "fail";
      case INFO -> "indeterminate";
    };
    return "line " + op.invokeLine() + (op.completeLine() > 0 ? "-" + op.completeLine() : "")
        + ": process " + op.process() + " " + op.f() + (op.key() == null ? "" : " " + op.key())
        + (op.input() == null ? "" : " " + render(op.input())) + " -> " + result + "  ["
        + command + "]";
  }

  private static String render(Object v) {
    return v == null ? "null" : io.s3witness.checker.json.Json.write(v);
  }
}
