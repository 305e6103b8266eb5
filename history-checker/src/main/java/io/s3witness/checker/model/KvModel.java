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
public final class KvModel implements Model<KvModel.Text, KvModel.Command> {
  /**
   * A key's string with its {@link String#hashCode()} kept up to date in O(1) per append
   * (h(s + v) = h(s) * 31^|v| + h(v)): the search hashes every state it meets, and these
   * strings grow to kilobytes.
   */
  public static final class Text {
    private final String text;
    private final int hash;

    Text(String text, int hash) {
      this.text = text;
      this.hash = hash;
    }

    static Text of(String s) {
      return new Text(s, s.hashCode());
    }

    public String text() {
      return text;
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Text t && t.hash == hash && t.text.equals(text);
    }

    @Override
    public int hashCode() {
      return hash;
    }

    @Override
    public String toString() {
      return "\"" + text + "\"";
    }
  }

  /** A decoded kv operation on one key. */
  public record Command(Kind kind, String value, int valueHash, int shift) {
    Command(Kind kind, String value) {
      this(kind, value, value == null ? 0 : value.hashCode(), pow31(value));
    }

    private static int pow31(String v) {
      int p = 1;
      for (int i = 0; v != null && i < v.length(); i++) {
        p *= 31;
      }
      return p;
    }

    @Override
    public String toString() {
      return kind.name().toLowerCase(java.util.Locale.ROOT) + " " + (value == null ? "nil"
          : "\"" + value + "\"");
    }
  }

  public enum Kind { GET, PUT, APPEND }

  private final Text initial;
  private final NilReads nilReads;

  public KvModel(ModelOptions options) {
    this.initial = Text.of(options.initial() == null ? "" : String.valueOf(options.initial()));
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
  public boolean readOnly(Command command) {
    return command.kind() == Kind.GET;
  }

  @Override
  public Text initialState() {
    return initial;
  }

  @Override
  public Text step(Text state, Command c) {
    switch (c.kind()) {
      case GET: return state.hash == c.valueHash() && state.text.equals(c.value()) ? state : null;
      case PUT: return new Text(c.value(), c.valueHash());
      default: return new Text(state.text.concat(c.value()), state.hash * c.shift() + c.valueHash());
    }
  }
}
