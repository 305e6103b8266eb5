package io.s3witness.checker;

import io.s3witness.checker.history.History;
import io.s3witness.checker.history.HistoryFormat;
import io.s3witness.checker.history.HistoryReader;
import io.s3witness.checker.history.Operation;
import io.s3witness.checker.history.Operations;
import io.s3witness.checker.history.Outcome;
import io.s3witness.checker.lin.SearchLimits;
import io.s3witness.checker.lin.WglSearch;
import io.s3witness.checker.model.Model;
import io.s3witness.checker.model.ModelOptions;
import io.s3witness.checker.model.Models;
import io.s3witness.checker.model.NilReads;
import io.s3witness.checker.model.Partition;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The checker's entry point: reads a history, splits it into independent partitions (per key
 * for kv and s3), searches each for a linearization in parallel, and explains the verdict.
 */
public final class HistoryChecker {
  /** Partitions run here; daemon threads so that a library user's JVM can exit. */
  private static final ExecutorService POOL = Executors.newFixedThreadPool(
      Runtime.getRuntime().availableProcessors(), runnable -> {
        Thread t = new Thread(runnable, "history-checker");
        t.setDaemon(true);
        return t;
      });

  private static final long FIRST_BUDGET = 20_000;

  private HistoryChecker() {
  }

  /** Reads a history file (format detected from content/extension) and checks it. */
  public static CheckResult checkFile(Path history, String model, Duration timeout)
      throws IOException {
    return check(history, CheckOptions.of(model, timeout));
  }

  /** Same, for JSON Lines text already in memory (e.g. recorded by a test). */
  public static CheckResult checkJsonLines(String jsonLines, String model, Duration timeout) {
    return check(HistoryReader.parse(jsonLines, "<memory>", HistoryFormat.JSONL),
        CheckOptions.of(model, timeout));
  }

  /** Reads and checks a file with full options. */
  public static CheckResult check(Path history, CheckOptions options) throws IOException {
    return check(HistoryReader.read(history, options.format()), options);
  }

  /** Checks a parsed history. */
  public static CheckResult check(History history, CheckOptions options) {
    long started = System.nanoTime();
    List<Operation> operations = Operations.pair(history);
    NilReads nilReads = options.nilReads() != null ? options.nilReads()
        : history.format() == HistoryFormat.JSONL ? NilReads.VALUE : NilReads.UNKNOWN;
    Model<?, ?> model = Models.create(options.model(), history,
        new ModelOptions(options.initial(), nilReads));
    List<PartitionResult> parts = search(model, operations, history.source(), options, started);
    Verdict verdict = Verdict.LINEARIZABLE;
    for (PartitionResult p : parts) {
      verdict = Verdict.combine(verdict, p.verdict());
    }
    long elapsed = System.nanoTime() - started;
    String summary = Summary.of(history.source(), model.name(), verdict, operations.size(), parts);
    return new CheckResult(history.source(), model.name(), "wgl", verdict, summary,
        operations.size(), parts, elapsed, operations);
  }

  private static <S, C> List<PartitionResult> search(Model<S, C> model,
      List<Operation> operations, String source, CheckOptions options, long started) {
    List<Operation> happened = new ArrayList<>(operations.size());
    for (Operation op : operations) {
      if (op.outcome() != Outcome.FAIL) {
        happened.add(op);
      }
    }
    List<Partition<C>> partitions = model.partition(happened, source);
    AtomicBoolean violationFound = new AtomicBoolean();
    long deadline = started + timeLimitNanos(options.timeout());
    if (partitions.size() == 1) {
      return List.of(WglSearch.check(model, partitions.get(0),
          new SearchLimits(deadline, options.maxStates(), violationFound)));
    }
    // Rounds of growing state budgets: every partition gets a small budget first, so that a
    // violation in any partition surfaces early (and stops the others, as Porcupine does)
    // instead of waiting behind a large linearizable partition. A search over its budget is
    // resumed where it stopped, memo and all, in the next round.
    List<PartitionResult> results = new ArrayList<>(partitions.size());
    List<WglSearch<S, C>> pending = new ArrayList<>(partitions.size());
    for (Partition<C> p : partitions) {
      pending.add(WglSearch.prepare(model, p));
    }
    long budget = Math.min(FIRST_BUDGET, options.maxStates());
    while (!pending.isEmpty()) {
      SearchLimits limits = new SearchLimits(deadline, budget, violationFound);
      List<Future<PartitionResult>> futures = new ArrayList<>(pending.size());
      for (WglSearch<S, C> search : pending) {
        futures.add(POOL.submit(() -> search.resume(limits)));
      }
      List<WglSearch<S, C>> again = new ArrayList<>();
      for (int i = 0; i < futures.size(); i++) {
        PartitionResult r = await(futures.get(i), violationFound, source);
        boolean overBudget = r.verdict() == Verdict.UNKNOWN && r.statesCached() >= budget
            && budget < options.maxStates();
        if (r.verdict() == Verdict.NOT_LINEARIZABLE && !options.allPartitions()) {
          violationFound.set(true);
        }
        if (overBudget && !violationFound.get()) {
          again.add(pending.get(i));
        } else if (overBudget || r.verdict() == Verdict.UNKNOWN && violationFound.get()) {
          results.add(stopped(r));
        } else {
          results.add(r);
        }
      }
      pending = again;
      budget = Math.min(budget * 4, options.maxStates());
    }
    results.sort(Comparator.comparingInt(p -> switch (p.verdict()) {
      case NOT_LINEARIZABLE -> 0;
      case UNKNOWN -> 1;
      case LINEARIZABLE -> 2;
    }));
    return results;
  }

  /** Null or huge timeouts mean "no practical limit" (and must not overflow nanoTime sums). */
  private static long timeLimitNanos(Duration timeout) {
    long cap = Long.MAX_VALUE / 4;
    if (timeout == null) {
      return cap;
    }
    try {
      return Math.min(timeout.toNanos(), cap);
    } catch (ArithmeticException e) {
      return cap;
    }
  }

  /** A partition left unfinished because another one already decided the verdict. */
  private static PartitionResult stopped(PartitionResult r) {
    return new PartitionResult(r.name(), Verdict.UNKNOWN, r.operations(), STOPPED, null,
        r.statesCached(), r.elapsedNanos(), r.cpuNanos(), r.operationIds());
  }

  static final String STOPPED = "not searched to the end: another partition is not linearizable";

  private static PartitionResult await(Future<PartitionResult> f, AtomicBoolean stop,
      String source) {
    try {
      return f.get();
    } catch (InterruptedException e) {
      stop.set(true);
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while checking " + source, e);
    } catch (ExecutionException e) {
      stop.set(true);
      if (e.getCause() instanceof RuntimeException r) {
        throw r;
      }
      throw new IllegalStateException(e.getCause());
    }
  }
}
