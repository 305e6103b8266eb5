package io.s3witness.checker.knossos;

import clojure.java.api.Clojure;
import clojure.lang.IFn;
import io.s3witness.checker.CheckOptions;
import io.s3witness.checker.CheckResult;
import io.s3witness.checker.Verdict;
import io.s3witness.checker.history.Event;
import io.s3witness.checker.history.EventType;
import io.s3witness.checker.history.History;
import io.s3witness.checker.history.HistoryWriter;
import io.s3witness.checker.history.Operations;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Hands a history to Knossos ({@code knossos.wgl/analysis}, Kingsbury's implementation of the
 * same Wing-Gong-Lowe search) through {@code clojure.java.api.Clojure}, for side-by-side runs.
 * Knossos is not a dependency: it must be on the classpath (Maven profile {@code knossos}, or
 * {@code java -cp history-checker.jar:KNOSSOS_CLASSPATH}).
 */
public final class KnossosEngine {
  static final String ABSENT = "Knossos is not on the classpath; install it with the `knossos`"
      + " Maven profile (Clojars) or add its jars with -cp";

  private KnossosEngine() {
  }

  /** Loads Knossos's namespaces, or says why it cannot. */
  public static void require() throws KnossosUnavailableException {
    try {
      IFn require = Clojure.var("clojure.core", "require");
      require.invoke(Clojure.read("knossos.wgl"));
      require.invoke(Clojure.read("knossos.model"));
    } catch (Exception | LinkageError e) { // Clojure throws checked exceptions undeclared
      throw new KnossosUnavailableException(ABSENT + " (" + e.getMessage() + ")");
    }
  }

  /** Checks with Knossos; register and cas-register only (Knossos has no kv or S3 model). */
  public static CheckResult check(History history, String model, CheckOptions options)
      throws KnossosUnavailableException {
    if (!model.equals("register") && !model.equals("cas-register")) {
      throw new KnossosUnavailableException("the Knossos engine checks register and"
          + " cas-register histories only; model " + model + " has no Knossos counterpart");
    }
    require();
    Operations.pair(history); // the same input errors as our engine
    long started = System.nanoTime();
    Object knossosModel = Clojure.var("knossos.model", model).invoke(options.initial());
    Object ops = Clojure.var("clojure.edn", "read-string")
        .invoke("[" + HistoryWriter.edn(withInvokeValuesOnInfo(history)) + "]");
    IFn analysis = Clojure.var("knossos.wgl", "analysis");
    FutureTask<Object> task = new FutureTask<>(() -> analysis.invoke(knossosModel, ops));
    Thread worker = new Thread(task, "knossos");
    worker.setDaemon(true);
    worker.start();
    Verdict verdict;
    String detail;
    try {
      Map<?, ?> result = (Map<?, ?>) task.get(options.timeout().toNanos(), TimeUnit.NANOSECONDS);
      Object valid = result.get(Clojure.read(":valid?"));
      verdict = Boolean.TRUE.equals(valid) ? Verdict.LINEARIZABLE
          : Boolean.FALSE.equals(valid) ? Verdict.NOT_LINEARIZABLE : Verdict.UNKNOWN;
      detail = verdict == Verdict.NOT_LINEARIZABLE ? "failing op " + result.get(Clojure.read(":op"))
          : verdict == Verdict.UNKNOWN ? "knossos: " + result.get(Clojure.read(":cause")) : "";
    } catch (TimeoutException e) {
      worker.interrupt();
      verdict = Verdict.UNKNOWN;
      detail = "time limit reached";
    } catch (ExecutionException e) {
      verdict = Verdict.UNKNOWN;
      detail = "knossos failed: " + e.getCause();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      verdict = Verdict.UNKNOWN;
      detail = "interrupted";
    }
    long elapsed = System.nanoTime() - started;
    String summary = history.source() + ": " + verdict.label() + " (knossos.wgl, model " + model
        + ")" + (detail.isEmpty() ? "" : "\n  " + detail) + "\n";
    return new CheckResult(history.source(), model, "knossos", verdict, summary,
        Operations.pair(history).size(), List.of(), elapsed, Operations.pair(history));
  }

  /**
   * Knossos reads an {@code info} completion's value as the operation's value; Jepsen logs put
   * ":timed-out" there, so the invoke's value is carried over.
   */
  private static History withInvokeValuesOnInfo(History h) {
    Map<String, Object> lastInvoke = new HashMap<>();
    List<Event> events = new ArrayList<>(h.events().size());
    for (Event e : h.events()) {
      Object value = e.value();
      if (e.type() == EventType.INVOKE) {
        lastInvoke.put(e.process(), e.value());
      } else if (e.type() == EventType.INFO) {
        value = lastInvoke.get(e.process());
      }
      events.add(new Event(e.line(), e.process(), e.type(), e.f(), e.key(), value, e.time(),
          e.index(), e.error()));
    }
    return new History(h.source(), h.format(), h.model(), h.versioning(), h.timed(), events);
  }
}
