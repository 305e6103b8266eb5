package io.s3witness.checker.model;

import io.s3witness.checker.HistoryFormatException;
import io.s3witness.checker.history.Operation;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One register: {@code read}, {@code write} and — for the cas-register — {@code cas [from to]}.
 * The state is the register's value wrapped so that nil is a value too.
 */
public final class RegisterModel implements Model<RegisterModel.Value, RegisterModel.Command> {
  /** The register's content; {@code v} may be null (nil). */
  public record Value(Object v) {
    @Override
    public String toString() {
      return v == null ? "nil" : String.valueOf(v);
    }
  }

  /** A decoded register operation. */
  public sealed interface Command permits Read, Write, Cas {
  }

  public record Read(Object value) implements Command {
    @Override
    public String toString() {
      return "read " + (value == null ? "nil" : value);
    }
  }

  public record Write(Object value) implements Command {
    @Override
    public String toString() {
      return "write " + (value == null ? "nil" : value);
    }
  }

  public record Cas(Object from, Object to) implements Command {
    @Override
    public String toString() {
      return "cas " + from + "->" + to;
    }
  }

  private final boolean cas;
  private final Value initial;
  private final NilReads nilReads;

  public RegisterModel(boolean cas, ModelOptions options) {
    this.cas = cas;
    this.initial = new Value(options.initial());
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
        return new Read(op.output());
      case "write":
        return new Write(op.input());
      case "cas":
        if (!cas) {
          break;
        }
        if (!(op.input() instanceof List<?> pair) || pair.size() != 2) {
          throw new HistoryFormatException(source, op.invokeLine(), "value",
              "a cas needs [from to], got " + op.input());
        }
        return new Cas(pair.get(0), pair.get(1));
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

  @Override
  public Value initialState() {
    return initial;
  }

  @Override
  public Value step(Value state, Command command) {
    if (command instanceof Read r) {
      return Objects.equals(state.v(), r.value()) ? state : null;
    }
    if (command instanceof Write w) {
      return new Value(w.value());
    }
    Cas c = (Cas) command;
    return Objects.equals(state.v(), c.from()) ? new Value(c.to()) : null;
  }
}
