package io.s3witness.checker.history;

import io.s3witness.checker.HistoryFormatException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** Pairs invocations with completions, per process. */
public final class Operations {
  private Operations() {
  }

  /**
   * The history's operations in invocation order. An invoke never completed is indeterminate
   * ({@link Outcome#INFO}); a completion without an open invoke, a second invoke while one is
   * open, or a completion that disagrees with its invoke is an error naming its line.
   */
  public static List<Operation> pair(History history) {
    String source = history.source();
    Map<String, Integer> open = new HashMap<>();
    List<Event> invokes = new ArrayList<>();
    List<Event> completions = new ArrayList<>();
    List<Event> events = history.events();
    for (Event e : events) {
      Integer at = open.get(e.process());
      if (e.type() == EventType.INVOKE) {
        if (at != null) {
          throw new HistoryFormatException(source, e.line(), "process",
              "process " + e.process() + " invoked again while its operation from line "
                  + invokes.get(at).line() + " is still open (expected a completion first)");
        }
        open.put(e.process(), invokes.size());
        invokes.add(e);
        completions.add(null);
        continue;
      }
      if (at == null) {
        throw new HistoryFormatException(source, e.line(), "type",
            "completion \"" + e.type().wire() + "\" without an invoke: process " + e.process()
                + " has no open operation");
      }
      Event inv = invokes.get(at);
      if (!inv.f().equals(e.f())) {
        throw new HistoryFormatException(source, e.line(), "f",
            "expected \"" + inv.f() + "\" (the f of the invoke at line " + inv.line() + "), got \""
                + e.f() + "\"");
      }
      if (e.key() != null && inv.key() != null && !Objects.equals(inv.key(), e.key())) {
        throw new HistoryFormatException(source, e.line(), "key",
            "expected \"" + inv.key() + "\" (the key of the invoke at line " + inv.line()
                + "), got \"" + e.key() + "\"");
      }
      if (e.time() < inv.time()) {
        throw new HistoryFormatException(source, e.line(), "time",
            "completion time " + e.time() + " is before its invoke's time " + inv.time()
                + " (line " + inv.line() + "); expected a monotonic clock");
      }
      completions.set(at, e);
      open.remove(e.process());
    }
    List<Operation> ops = new ArrayList<>(invokes.size());
    for (int i = 0; i < invokes.size(); i++) {
      Event inv = invokes.get(i);
      Event done = completions.get(i);
      Outcome outcome = done == null ? Outcome.INFO
          : switch (done.type()) {
            case OK -> Outcome.OK;
            case FAIL -> Outcome.FAIL;
            default -> Outcome.INFO;
          };
      boolean info = outcome == Outcome.INFO;
      ops.add(new Operation(i, inv.process(), inv.f(), inv.key(), inv.value(),
          info ? null : done.value(), outcome, inv.time(), info ? Long.MAX_VALUE : done.time(),
          inv.line(), done == null ? 0 : done.line()));
    }
    return ops;
  }
}
