package io.s3witness.checker.model;

import io.s3witness.checker.HistoryFormatException;
import io.s3witness.checker.history.Operation;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One register: {@code read}, {@code write} and — for the cas-register — {@code cas [from to]}.
 * The state is the register's value wrapped so that nil is a value too.
 */
public final class RegisterModel implements Model<RegisterModel.Value, RegisterModel.Command> {
  /**
   * The register's content; {@code v} may be null (nil). A model hands out one instance per
   * distinct value, so the search compares states by reference.
   */
  public static final class Value {
    private final Object v;
    private final int hash;

    Value(Object v) {
      this.v = v;
      this.hash = Objects.hashCode(v);
    }

    public Object v() {
      return v;
    }

    @Override
    public boolean equals(Object o) {
      return this == o || (o instanceof Value other && other.hash == hash
          && Objects.equals(other.v, v));
    }

    @Override
    public int hashCode() {
      return hash;
    }

    @Override
    public String toString() {
      return v == null ? "nil" : String.valueOf(v);
    }
  }

  /** A decoded register operation. */
  public sealed interface Command permits Read, Write, Cas {
  }

  public record Read(Value value) implements Command {
    @Override
    public String toString() {
      return "read " + value;
    }
  }

  public record Write(Value value) implements Command {
    @Override
    public String toString() {
      return "write " + value;
    }
  }

  public record Cas(Value from, Value to) implements Command {
    @Override
    public String toString() {
      return "cas " + from + "->" + to;
    }
  }

  private final boolean cas;
  private final Value initial;
  private final NilReads nilReads;
  private final Map<Object, Value> values = new HashMap<>();

  public RegisterModel(boolean cas, ModelOptions options) {
    this.cas = cas;
    this.initial = value(options.initial());
    this.nilReads = options.nilReads();
  }

  @Override
  public String name() {
    return cas ? "cas-register" : "register";
  }

  @Override
  public List<Partition<Command>> partition(List<Operation> operations, String source) {
    List<ModelOp<Command>> ops = new ArrayList<>(operations.size());
    for (Operation op : operations) {
      Command c = decode(op, source);
      if (c != null) {
        ops.add(new ModelOp<>(op, c));
      }
    }
    return List.of(new Partition<>("", ops));
  }

  private Command decode(Operation op, String source) {
    switch (op.f()) {
      case "read":
        // A read changes nothing, so one whose result is unknown constrains nothing.
        if (op.indeterminate() || (op.output() == null && nilReads == NilReads.UNKNOWN)) {
          return null;
        }
        return new Read(value(op.output()));
      case "write":
        return new Write(value(op.input()));
      case "cas":
        if (!cas) {
          break;
        }
        if (!(op.input() instanceof List<?> pair) || pair.size() != 2) {
          throw new HistoryFormatException(source, op.invokeLine(), "value",
              "a cas needs [from to], got " + op.input());
        }
        return new Cas(value(pair.get(0)), value(pair.get(1)));
      default:
        break;
    }
    throw new HistoryFormatException(source, op.invokeLine(), "f",
        "model " + name() + " expects " + (cas ? "read, write or cas" : "read or write")
            + ", got \"" + op.f() + "\"");
  }

  @Override
  public boolean readOnly(Command command) {
    return command instanceof Read;
  }

  /** The one instance for a value (decoding happens before any search, on one thread). */
  private Value value(Object v) {
    return values.computeIfAbsent(v == null ? NIL_KEY : v, k -> new Value(v));
  }

  private static final Object NIL_KEY = new Object();

  @Override
  public Value initialState() {
    return initial;
  }

  @Override
  public String whyIllegal(Value state, Command command) {
    if (command instanceof Read r) {
      return "read " + r.value() + ", but the register holds " + state;
    }
    if (command instanceof Cas c) {
      return "cas expects " + c.from() + ", but the register holds " + state;
    }
    return Model.super.whyIllegal(state, command);
  }

  @Override
  public Value step(Value state, Command command) {
    if (command instanceof Read r) {
      return state == r.value() ? state : null;
    }
    if (command instanceof Write w) {
      return w.value();
    }
    Cas c = (Cas) command;
    return state == c.from() ? c.to() : null;
  }
}
