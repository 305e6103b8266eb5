package io.s3witness.checker.model;

import io.s3witness.checker.HistoryFormatException;
import io.s3witness.checker.history.Operation;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A key-value store of string registers: {@code get}, {@code put}, {@code append} (string
 * concatenation), every key {@code ""} initially (or {@link ModelOptions#initial()}).
 * Partitioned per key: keys are independent objects.
 */
public final class KvModel implements Model<String, KvModel.Command> {
  /** A decoded kv operation on one key. */
  public record Command(Kind kind, String value) {
    @Override
    public String toString() {
      return kind.name().toLowerCase(java.util.Locale.ROOT) + " " + (value == null ? "nil"
          : "\"" + value + "\"");
    }
  }

  public enum Kind { GET, PUT, APPEND }

  private final String initial;
  private final NilReads nilReads;

  public KvModel(ModelOptions options) {
    this.initial = options.initial() == null ? "" : String.valueOf(options.initial());
    this.nilReads = options.nilReads();
  }

  @Override
  public String name() {
    return "kv";
  }

  @Override
  public List<Partition<Command>> partition(List<Operation> operations, String source) {
    Map<String, List<ModelOp<Command>>> byKey = new LinkedHashMap<>();
    for (Operation op : operations) {
      if (op.key() == null) {
        throw new HistoryFormatException(source, op.invokeLine(), "key",
            "missing (model kv needs a key on every operation)");
      }
      Command c = decode(op, source);
      if (c != null) {
        byKey.computeIfAbsent(op.key(), k -> new ArrayList<>()).add(new ModelOp<>(op, c));
      }
    }
    List<Partition<Command>> parts = new ArrayList<>();
    byKey.forEach((k, ops) -> parts.add(new Partition<>("key " + k, ops)));
    return parts;
  }

  private Command decode(Operation op, String source) {
    switch (op.f()) {
      case "get":
        if (op.indeterminate() || (op.output() == null && nilReads == NilReads.UNKNOWN)) {
          return null;
        }
        return new Command(Kind.GET, op.output() == null ? null : text(op.output(), op, source));
      case "put":
        return new Command(Kind.PUT, text(op.input(), op, source));
      case "append":
        return new Command(Kind.APPEND, text(op.input(), op, source));
      default:
        throw new HistoryFormatException(source, op.invokeLine(), "f",
            "model kv expects get, put or append, got \"" + op.f() + "\"");
    }
  }

  private static String text(Object v, Operation op, String source) {
    if (v instanceof String s) {
      return s;
    }
    if (v instanceof Long || v instanceof Double || v instanceof Boolean) {
      return v.toString();
    }
    throw new HistoryFormatException(source, op.invokeLine(), "value",
        "model kv expects a string value for " + op.f() + ", got " + v);
  }

  @Override
  public String initialState() {
    return initial;
  }

  @Override
  public String step(String state, Command c) {
    switch (c.kind()) {
      case GET: return state.equals(c.value()) ? state : null;
      case PUT: return c.value();
      default: return state.concat(c.value());
    }
  }

  @Override
  public String describeState(String state) {
    return "\"" + state + "\"";
  }
}
