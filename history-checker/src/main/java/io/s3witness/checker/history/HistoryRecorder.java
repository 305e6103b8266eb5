package io.s3witness.checker.history;

import java.util.ArrayList;
import java.util.List;

/**
 * Records a history of concurrent clients in memory, e.g. in a test of an implementation:
 * {@code var op = recorder.invoke(1, "put", "k", Map.of("digest", d)); ... op.ok(response);}.
 * Thread-safe; timestamps come from {@link System#nanoTime()} taken under the same lock that
 * orders the lines, so line order and time order agree.
 */
public final class HistoryRecorder {
  private final String model;
  private final Versioning versioning;
  private final List<Event> events = new ArrayList<>();

  /** A recorder whose history names {@code model} (null for none) on its meta line. */
  public HistoryRecorder(String model, Versioning versioning) {
    this.model = model;
    this.versioning = versioning == null ? Versioning.ENABLED : versioning;
  }

  /** An operation in flight; complete it exactly once (or never: it stays indeterminate). */
  public final class Invocation {
    private final String process;
    private final String f;
    private final String key;
    private boolean completed;

    private Invocation(String process, String f, String key) {
      this.process = process;
      this.f = f;
      this.key = key;
    }

    /** It took effect; {@code value} is what the response said (DESIGN §3). */
    public void ok(Object value) {
      complete(EventType.OK, value, null);
    }

    /** It certainly did not take effect. */
    public void fail(String error) {
      complete(EventType.FAIL, null, error);
    }

    /** Its outcome is unknown (e.g. a timeout): it may have taken effect. */
    public void info(String error) {
      complete(EventType.INFO, null, error);
    }

    private void complete(EventType type, Object value, String error) {
      synchronized (HistoryRecorder.this) {
        if (completed) {
          throw new IllegalStateException(f + " of process " + process + " completed twice");
        }
        completed = true;
        append(process, type, f, key, value, error);
      }
    }
  }

  /** Records an invocation now. */
  public synchronized Invocation invoke(Object process, String f, String key, Object value) {
    String p = String.valueOf(process);
    append(p, EventType.INVOKE, f, key, value, null);
    return new Invocation(p, f, key);
  }

  private void append(String process, EventType type, String f, String key, Object value,
      String error) {
    int line = events.size() + (model == null ? 1 : 2);
    events.add(new Event(line, process, type, f, key, value, System.nanoTime(), null, error));
  }

  /** What has been recorded so far, as an immutable history. */
  public synchronized History history() {
    return new History("<recorded>", HistoryFormat.JSONL, model, versioning, true, events);
  }

  /** What has been recorded so far, as JSON Lines. */
  public String jsonLines() {
    return HistoryWriter.jsonLines(history());
  }
}
