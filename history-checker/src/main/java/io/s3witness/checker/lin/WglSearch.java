package io.s3witness.checker.lin;

import io.s3witness.checker.Evidence;
import io.s3witness.checker.PartitionResult;
import io.s3witness.checker.Step;
import io.s3witness.checker.Verdict;
import io.s3witness.checker.model.Model;
import io.s3witness.checker.model.ModelOp;
import io.s3witness.checker.model.Partition;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Decides linearizability of one partition by the backtracking search of Wing &amp; Gong
 * ("Testing and verifying concurrent objects", JPDC 17(1), 1993) with the memoisation of Lowe
 * ("Testing for linearizability", Concurrency and Computation 29(4), 2017): a configuration
 * (set of linearized operations as a bitset, model state) is explored at most once.
 *
 * <p>Operations sit in a doubly linked list of call and return entries sorted by time (calls
 * before returns at equal times: intervals are closed, so equal stamps are concurrent). At each
 * step the candidates are the calls before the first return in the list; placing one (the model
 * accepts it and the configuration is new) lifts its call and return out of the list. When no
 * candidate works, the first return belongs to an operation that had to be placed already, so
 * the search backtracks. An indeterminate ({@code info}) operation has no return entry: it may
 * be placed anywhere after its call or never, so a list without returns means every
 * determinate operation has been placed.
 *
 * <p>Read-only candidates come first and are placed without branching (see {@code run}); this
 * is a partial-order reduction in the spirit of Lowe's just-in-time linearisation (same paper),
 * exact because a read that fits leaves the state unchanged. Partitioning by key, the other
 * big saving, happens before the search (Horn &amp; Kroening, "Faster linearizability checking
 * via P-compositionality", FORTE 2015).
 */
public final class WglSearch<S, C> {
  private static final int HEAD = 0;
  private static final int NONE = -1;
  private static final int CHECK_EVERY = 1 << 10;
  private static final int MAX_STATES_SHOWN = 5;

  private final Model<S, C> model;
  private final List<ModelOp<C>> ops;

  // The entry list; entry 0 is the head sentinel.
  private final int[] next;
  private final int[] prev;
  private final int[] opOf;
  private final boolean[] isCall;
  private final int[] returnOf; // call entry -> its return entry, NONE for indeterminate ops

  private final long[] zobrist;
  private final boolean[] readOnly;
  private final Object[] commands;
  private final int[] passOf;
  private static final int PASSES = 3;
  private final long bytesPerState;
  private final long statesByMemory;
  private final String name;
  private SearchLimits limits;

  // The search, kept between slices (see resume).
  private final long[] linearized;
  private long bitsHash;
  private StateCache cache = new StateCache();
  // One frame per linearized operation: the candidates that were open at that point (a slice
  // of the arena), which one was taken, the first return in the list then (what had to come
  // next), and the state before it.
  private final int[] frameStart;
  private final int[] frameLength;
  private final int[] frameChoice;
  private final boolean[] frameForced;
  private final int[] frameReturn;
  private final Object[] frameState;
  private int[] arena;
  private int sp;
  private Object state;
  private long steps;
  private boolean descend = true;
  private int choice;
  private long cpuNanos;
  private long wallNanos;

  // The evidence: the deepest point a failure was met.
  private int deepestFailure = -1;
  private int[] bestPrefix = new int[0];
  private int blockedOp = NONE;
  private final LinkedHashMap<String, Evidence.Attempt> statesAtFailure = new LinkedHashMap<>();

  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

  private WglSearch(Model<S, C> model, Partition<C> partition) {
    this.model = model;
    this.ops = partition.ops();
    this.name = partition.name();
    int n = ops.size();
    linearized = new long[(n + 63) >>> 6];
    frameStart = new int[n + 1];
    frameLength = new int[n + 1];
    frameChoice = new int[n + 1];
    frameForced = new boolean[n + 1];
    frameReturn = new int[n + 1];
    frameState = new Object[n + 1];
    arena = new int[Math.max(16, 4 * n)];
    state = model.initialState();
    int entries = 1;
    for (ModelOp<C> op : ops) {
      entries += op.indeterminate() ? 1 : 2;
    }
    long[] times = new long[entries];
    opOf = new int[entries];
    isCall = new boolean[entries];
    int e = 1;
    for (int i = 0; i < n; i++) {
      ModelOp<C> op = ops.get(i);
      times[e] = op.call();
      opOf[e] = i;
      isCall[e++] = true;
      if (!op.indeterminate()) {
        times[e] = op.ret();
        opOf[e++] = i;
      }
    }
    Integer[] order = new Integer[entries - 1];
    for (int i = 0; i < order.length; i++) {
      order[i] = i + 1;
    }
    Arrays.sort(order, Comparator.<Integer>comparingLong(x -> times[x])
        .thenComparing(x -> isCall[x] ? 0 : 1)
        .thenComparingInt(x -> opOf[x]));
    next = new int[entries];
    prev = new int[entries];
    returnOf = new int[entries];
    Arrays.fill(returnOf, NONE);
    int last = HEAD;
    for (int x : order) {
      next[last] = x;
      prev[x] = last;
      last = x;
    }
    next[last] = NONE;
    int[] callOf = new int[n];
    for (int x = 1; x < entries; x++) {
      if (isCall[x]) {
        callOf[opOf[x]] = x;
      }
    }
    for (int x = 1; x < entries; x++) {
      if (!isCall[x]) {
        returnOf[callOf[opOf[x]]] = x;
      }
    }
    readOnly = new boolean[n];
    for (int i = 0; i < n; i++) {
      readOnly[i] = model.readOnly(ops.get(i).command());
    }
    // Candidate order: read-only (placed without branching), then determinate, then
    // indeterminate operations. Any order is exact; trying indeterminate ones last finds a
    // linearizable history's witness sooner (they are often not needed at all): it cut the
    // etcd corpus from 178k to 129k memoised configurations, etcd_007 from 36631 to 49.
    passOf = new int[n];
    for (int i = 0; i < n; i++) {
      passOf[i] = readOnly[i] ? 0 : ops.get(i).indeterminate() ? 2 : 1;
    }
    commands = new Object[n];
    for (int i = 0; i < n; i++) {
      commands[i] = ops.get(i).command();
    }
    // The memory limit: half the heap, shared by the partitions that run at once. A bitset
    // costs its words plus headers; states are counted at a nominal 64 bytes.
    bytesPerState = 8L * ((n + 63) >>> 6) + 16 + 64 + 24;
    statesByMemory = Runtime.getRuntime().maxMemory() / 2
        / Runtime.getRuntime().availableProcessors() / bytesPerState;
    // Zobrist hashing keeps the bitset's hash current in O(1) per step.
    SplittableRandom random = new SplittableRandom(0x5EED_CAFEL);
    zobrist = new long[n];
    for (int i = 0; i < n; i++) {
      zobrist[i] = random.nextLong();
    }
  }

  /** Searches one partition within the limits. */
  public static <S, C> PartitionResult check(Model<S, C> model, Partition<C> partition,
      SearchLimits limits) {
    return new WglSearch<>(model, partition).resume(limits);
  }

  /** A search that can be run in slices: see {@link #resume}. */
  public static <S, C> WglSearch<S, C> prepare(Model<S, C> model, Partition<C> partition) {
    return new WglSearch<>(model, partition);
  }

  /**
   * Searches on from where the last call stopped, within these limits. A result with
   * {@link Verdict#UNKNOWN} because of the state limit can be resumed with a larger one; the
   * memo is kept, so no work is repeated.
   */
  public PartitionResult resume(SearchLimits limits) {
    this.limits = limits;
    long cpuBefore = THREADS.getCurrentThreadCpuTime();
    long wallBefore = System.nanoTime();
    PartitionResult r;
    try {
      r = run();
    } catch (OutOfMemoryError e) {
      // The memo is the search's own and is garbage once dropped: report, do not crash.
      cache = null;
      r = result(Verdict.UNKNOWN,
          "memory limit reached (the JVM heap is exhausted; lower --max-states or raise -Xmx)",
          null);
    }
    cpuNanos += THREADS.getCurrentThreadCpuTime() - cpuBefore;
    wallNanos += System.nanoTime() - wallBefore;
    return new PartitionResult(r.name(), r.verdict(), r.operations(), r.reason(), r.evidence(),
        r.statesCached(), wallNanos, cpuNanos, r.operationIds(), r.linearization());
  }

  private PartitionResult run() {
    // The search's variables live in fields between slices and in locals while it runs.
    long[] linearized = this.linearized;
    long bitsHash = this.bitsHash;
    StateCache cache = this.cache;
    int[] frameStart = this.frameStart;
    int[] frameLength = this.frameLength;
    int[] frameChoice = this.frameChoice;
    boolean[] frameForced = this.frameForced;
    int[] frameReturn = this.frameReturn;
    Object[] frameState = this.frameState;
    int[] arena = this.arena;
    int sp = this.sp;
    @SuppressWarnings("unchecked")
    S state = (S) this.state;
    long steps = this.steps;
    boolean descend = this.descend;
    int choice = this.choice;
    while (true) {
      int top = sp == 0 ? 0 : frameStart[sp - 1] + frameLength[sp - 1];
      if (descend) {
        // The candidates: calls before the first return still in the list. None left to wait
        // for (no return) means every determinate operation is placed.
        // In list (call) order within each pass, as in Wing & Gong; passes: see passOf.
        int length = 0;
        int entry = next[HEAD];
        for (int pass = 0; pass < PASSES; pass++) {
          entry = next[HEAD];
          while (entry != NONE && isCall[entry]) {
            if (passOf[opOf[entry]] == pass) {
              if (top + length == arena.length) {
                arena = Arrays.copyOf(arena, arena.length * 2);
              }
              arena[top + length++] = entry;
            }
            entry = next[entry];
          }
        }
        if (entry == NONE) {
          List<Integer> witness = new ArrayList<>(sp);
          for (int i = 0; i < sp; i++) {
            witness.add(ops.get(opOf[arena[frameStart[i] + frameChoice[i]]]).source().id());
          }
          return result(Verdict.LINEARIZABLE, null, null, witness);
        }
        frameReturn[sp] = entry;
        frameStart[sp] = top;
        frameLength[sp] = length;
        choice = 0;
        descend = false;
        if ((++steps & (CHECK_EVERY - 1)) == 0) {
          String reason = limitReached(cache);
          if (reason != null) {
            this.bitsHash = bitsHash;
            this.arena = arena;
            this.sp = sp;
            this.state = state;
            this.steps = steps;
            this.descend = false;
            this.choice = 0;
            return result(Verdict.UNKNOWN, reason, null);
          }
        }
      }
      int start = frameStart[sp];
      int length = frameLength[sp];
      for (; choice < length; choice++) {
        int entry = arena[start + choice];
        int op = opOf[entry];
        @SuppressWarnings("unchecked")
        S after = model.step(state, (C) commands[op]);
        if (after == null) {
          continue;
        }
        long h = bitsHash ^ zobrist[op];
        linearized[op >>> 6] |= 1L << op;
        if (cache.add(linearized, after, mix(h, after.hashCode()))) {
          frameChoice[sp] = choice;
          frameForced[sp] = readOnly[op];
          frameState[sp++] = state;
          state = after;
          bitsHash = h;
          lift(entry);
          descend = true;
          break;
        }
        linearized[op >>> 6] &= ~(1L << op);
        if (readOnly[op]) {
          // A read-only operation that fits dominates every other choice here: placing it as
          // soon as it is enabled is never worse (it leaves the state as it is, and all that
          // must precede it is placed). Its successor configuration failed, so this one does.
          break;
        }
      }
      if (descend) {
        continue;
      }
      // No candidate works: the first return in the list belongs to an operation that had to
      // be placed by now.
      int blocked = opOf[frameReturn[sp]];
      if (sp > deepestFailure) {
        deepestFailure = sp;
        bestPrefix = new int[sp];
        for (int i = 0; i < sp; i++) {
          bestPrefix[i] = arena[frameStart[i] + frameChoice[i]];
        }
        blockedOp = blocked;
        statesAtFailure.clear();
      }
      if (sp == deepestFailure && statesAtFailure.size() < MAX_STATES_SHOWN
          && blocked == blockedOp) {
        String described = model.describeState(state);
        if (!statesAtFailure.containsKey(described)) {
          statesAtFailure.put(described,
              attempt(described, state, arena, frameStart[sp], frameLength[sp]));
        }
      }
      if (sp == 0) {
        return result(Verdict.NOT_LINEARIZABLE, null,
            evidence(bestPrefix, blockedOp, statesAtFailure));
      }
      sp--;
      int entry = arena[frameStart[sp] + frameChoice[sp]];
      @SuppressWarnings("unchecked")
      S previous = (S) frameState[sp];
      frameState[sp] = null;
      state = previous;
      int undone = opOf[entry];
      linearized[undone >>> 6] &= ~(1L << undone);
      bitsHash ^= zobrist[undone];
      unlift(entry);
      // After a read-only operation there are no alternatives to try (see above).
      choice = frameForced[sp] ? frameLength[sp] : frameChoice[sp] + 1;
    }
  }

  private String limitReached(StateCache cache) {
    if (limits.cancelled() != null && limits.cancelled().get()) {
      return "stopped";
    }
    if (System.nanoTime() - limits.deadlineNanos() > 0) {
      return "time limit reached";
    }
    if (cache.size() >= limits.maxStates()) {
      return "state limit reached (" + limits.maxStates() + " memoised configurations)";
    }
    if (cache.size() >= statesByMemory) {
      return "memory limit reached (" + statesByMemory + " memoised configurations of about "
          + bytesPerState + " bytes fill this search's share of the heap)";
    }
    return null;
  }

  private static int mix(long bitsHash, int stateHash) {
    long h = bitsHash ^ (stateHash * 0x9E3779B97F4A7C15L);
    h ^= h >>> 33;
    h *= 0xff51afd7ed558ccdL;
    h ^= h >>> 33;
    return (int) h;
  }

  /** Unlinks a call entry and its return entry. */
  private void lift(int call) {
    next[prev[call]] = next[call];
    if (next[call] != NONE) {
      prev[next[call]] = prev[call];
    }
    int ret = returnOf[call];
    if (ret != NONE) {
      next[prev[ret]] = next[ret];
      if (next[ret] != NONE) {
        prev[next[ret]] = prev[ret];
      }
    }
  }

  /** Relinks what {@link #lift} unlinked; entries keep their own links, so LIFO order works. */
  private void unlift(int call) {
    int ret = returnOf[call];
    if (ret != NONE) {
      next[prev[ret]] = ret;
      if (next[ret] != NONE) {
        prev[next[ret]] = ret;
      }
    }
    next[prev[call]] = call;
    if (next[call] != NONE) {
      prev[next[call]] = call;
    }
  }

  private Evidence evidence(int[] prefixEntries, int blocked,
      LinkedHashMap<String, Evidence.Attempt> states) {
    List<Step> prefix = new ArrayList<>(prefixEntries.length);
    for (int e : prefixEntries) {
      prefix.add(step(opOf[e]));
    }
    return new Evidence(prefix, step(blocked), new ArrayList<>(states.keySet()),
        new ArrayList<>(states.values()));
  }

  /**
   * What became of each candidate at a dead end, for the evidence (only at the deepest
   * failures, so off the hot path). A candidate the model accepts led to configurations that
   * all failed: either explored just now, or memoised earlier, or dominated by a read placed
   * first, which is exact (see run).
   */
  private Evidence.Attempt attempt(String described, S state, int[] arena, int start,
      int length) {
    List<Evidence.Candidate> candidates = new ArrayList<>(length);
    for (int i = 0; i < length; i++) {
      int op = opOf[arena[start + i]];
      @SuppressWarnings("unchecked")
      C command = (C) commands[op];
      S after = model.step(state, command);
      candidates.add(after == null
          ? new Evidence.Candidate(step(op), false, model.whyIllegal(state, command))
          : new Evidence.Candidate(step(op), true, "possible here (state then "
              + model.describeState(after) + "), but no linearization continues from there"));
    }
    return new Evidence.Attempt(described, candidates);
  }

  private Step step(int op) {
    ModelOp<C> m = ops.get(op);
    return new Step(m.source(), String.valueOf(m.command()));
  }

  private PartitionResult result(Verdict verdict, String reason, Evidence evidence) {
    return result(verdict, reason, evidence, List.of());
  }

  private PartitionResult result(Verdict verdict, String reason, Evidence evidence,
      List<Integer> witness) {
    List<Integer> ids = new ArrayList<>(ops.size());
    for (ModelOp<C> op : ops) {
      ids.add(op.source().id());
    }
    return new PartitionResult(name, verdict, ops.size(), reason, evidence,
        cache == null ? 0 : cache.size(), 0, 0, ids, witness);
  }
}
