package io.s3witness.store.metadata;

import io.s3witness.store.ProtocolBug;
import io.s3witness.store.SpecAction;
import io.s3witness.store.SpecTrace;
import io.s3witness.store.Versioning;


/**
 * The read barrier: in memory only, per key the highest sequence number it knows was committed ({@code hw}). A key it
 * has no number for is Unknown; a witness that is restarted, replaced or back from being cut off knows nothing,
 * because it may have missed notifications, and learns a key only from the log itself ({@link #witnessSyncFromLog})
 * — never from a number a writer or reader reports to it.
 *
 * <p>States as in specs/Witness.tla: UP, DOWN (crashed) or CUT (alive, keeping its hw, unreachable). A fault action
 * whose precondition does not hold changes nothing and returns false.
 *
 * <p>The keys are split over stripes, each its own monitor. A stripe publishes its state and its keys' hw as one
 * immutable {@code View} through a volatile field: the check every strong GET makes is one volatile read and a
 * table lookup, with no lock (it takes the stripe's monitor only when a {@link SpecTrace} must see it in order). Every
 * change is made under the stripe's monitor by publishing a new view (copy on write: a notify that raises a key's hw
 * copies that stripe's table, which is why there are many stripes). A fault holds every stripe, in index order, and
 * is one atomic step for all keys. While holding a stripe the witness may read the persistence tier (lock order:
 * stripes in index order, then the log).
 */
public final class Witness {
    /** specs/Witness.tla's wState. */
    public enum State { UP, DOWN, CUT }

    /**
     * One stripe's state and hw, never modified once published: an open-addressing table of keys and primitive hw
     * values, so the check on every strong GET follows few references (no map nodes, no boxed longs).
     */
    private static final class View {
        final State state;
        final String[] keys;
        final long[] hw;
        final int size;

        View(State state, String[] keys, long[] hw, int size) {
            this.state = state;
            this.keys = keys;
            this.hw = hw;
            this.size = size;
        }

        static View empty(State state) {
            return new View(state, new String[8], new long[8], 0);
        }

        /** hw of the key, or -1 when Unknown. */
        long get(String key) {
            int mask = keys.length - 1;
            for (int i = slot(key, mask); ; i = (i + 1) & mask) {
                String k = keys[i];
                if (k == null) {
                    return -1;
                }
                if (k == key || k.equals(key)) {
                    return hw[i];
                }
            }
        }

        /** A copy with the key's hw set (and room to spare: at most half full). */
        View with(String key, long seq) {
            int capacity = keys.length;
            while ((size + 1) * 2 > capacity) {
                capacity *= 2;
            }
            String[] nextKeys = new String[capacity];
            long[] nextHw = new long[capacity];
            int nextSize = 0;
            for (int i = 0; i < keys.length; i++) {
                if (keys[i] != null) {
                    put(nextKeys, nextHw, keys[i], hw[i]);
                    nextSize++;
                }
            }
            if (put(nextKeys, nextHw, key, seq)) {
                nextSize++;
            }
            return new View(state, nextKeys, nextHw, nextSize);
        }

        View withState(State next, boolean forget) {
            return forget ? empty(next) : new View(next, keys, hw, size);
        }

        boolean vouches(String key, CacheEntry entry) {
            return entry != null && state == State.UP && entry.seq() >= 0 && get(key) == entry.seq();
        }

        /** Every key it knows. */
        java.util.List<String> knownKeys() {
            java.util.List<String> known = new java.util.ArrayList<>(size);
            for (String k : keys) {
                if (k != null) {
                    known.add(k);
                }
            }
            return known;
        }

        /** Puts into a table with room; whether the key is new. */
        private static boolean put(String[] keys, long[] hw, String key, long seq) {
            int mask = keys.length - 1;
            for (int i = slot(key, mask); ; i = (i + 1) & mask) {
                if (keys[i] == null) {
                    keys[i] = key;
                    hw[i] = seq;
                    return true;
                }
                if (keys[i].equals(key)) {
                    hw[i] = seq;
                    return false;
                }
            }
        }

        /** Fibonacci hashing: a stripe's keys share their hash's low bits, so mix before masking. */
        private static int slot(String key, int mask) {
            return ((key.hashCode() * 0x9E3779B9) >>> 8) & mask;
        }
    }

    private static final class Stripe {
        volatile View view = View.empty(State.UP);
    }

    private final PersistenceTier log;
    private final SpecTrace trace;
    private final Stripe[] stripes;
    private final ProtocolBug bug;
    private final int stripeShift;
    /** Guarded by every stripe (written with all held; read with stripe 0 held). */
    private long epoch;

    /** A witness over this log with {@code stripeCount} stripes, rounded up to a power of two (1: a single monitor). */
    public Witness(PersistenceTier log, int stripeCount, SpecTrace trace) {
        this(log, stripeCount, trace, ProtocolBug.NONE);
    }

    /** The same, with a planted flaw (StoreConfig#bug) for model checkers to find; NONE for the real protocol. */
    public Witness(PersistenceTier log, int stripeCount, SpecTrace trace, ProtocolBug bug) {
        if (stripeCount < 1) {
            throw new IllegalArgumentException("a witness needs at least one stripe, got " + stripeCount);
        }
        this.log = log;
        this.trace = trace;
        this.bug = bug;
        int bits = 0;
        while ((1 << bits) < stripeCount) {
            bits++;
        }
        this.stripeShift = 32 - bits;
        this.stripes = new Stripe[1 << bits];
        for (int i = 0; i < stripes.length; i++) {
            stripes[i] = new Stripe();
        }
    }

    /** The top bits of the Fibonacci-mixed hash (no division on the hot path; the table slot uses lower bits). */
    private Stripe stripe(String key) {
        return stripeShift == 32 ? stripes[0] : stripes[(key.hashCode() * 0x9E3779B9) >>> stripeShift];
    }

    /** A writer reports the seq it committed; an Unknown key is synced from the log instead of taking s. */
    @SpecAction("NotifyWitness")
    public void notifyWitness(int client, String key, long seq) {
        Stripe s = stripe(key);
        // The log's lock too (stripe before log, as everywhere): a sync reads Len(log[k]), and no commit may be
        // traced between that read and this step, or the trace would show a state the spec never had.
        synchronized (s) {
            synchronized (log) {
                trace.step("NotifyWitness", client, key, -1, seq, null, null);
                View v = s.view;
                if (v.state != State.UP) {
                    return;
                }
                long known = v.get(key);
                if (known < 0) {
                    witnessSyncFromLog(key);
                } else if (seq > known) {
                    s.view = v.with(key, seq);
                }
            }
        }
    }

    /** The strong CheckWitness of a client's read through a node (traced as CheckWitness, current or stale). */
    public boolean checkFor(int client, String key, int node, CacheEntry entry) {
        Stripe s = stripe(key);
        if (bug == ProtocolBug.WITNESS_LEARNS_FROM_READER && entry != null) {
            learnFromReader(s, key, entry.seq());
        }
        if (trace == SpecTrace.NONE) {
            return s.view.vouches(key, entry);
        }
        synchronized (s) {
            boolean current = s.view.vouches(key, entry);
            trace.step(Steps.CHECK_WITNESS, client, key, node, entry == null ? -1 : entry.seq(),
                current ? "current" : "stale", null);
            return current;
        }
    }

    /** The planted flaw WITNESS_LEARNS_FROM_READER: an Unknown key takes the reader's seq, which may be stale. */
    private void learnFromReader(Stripe s, String key, long seq) {
        synchronized (s) {
            View v = s.view;
            if (v.state == State.UP && v.get(key) < 0 && seq >= 0) {
                s.view = v.with(key, seq);
            }
        }
    }

    /** Strong ListObserveKey's first half: vouch for the node's entry (traced as ListObserveKey only if it does). */
    public boolean vouchForList(int client, String key, int node, CacheEntry entry) {
        Stripe s = stripe(key);
        if (trace == SpecTrace.NONE) {
            return s.view.vouches(key, entry);
        }
        synchronized (s) {
            boolean current = s.view.vouches(key, entry);
            if (current) {
                trace.step(Steps.LIST_OBSERVE_KEY, client, key, node, entry.seq(),
                    Steps.detailOfRead(Steps.LIST_OBSERVE_KEY, entry), null);
            }
            return current;
        }
    }

    /** Up, hw known, entry present and entry.seq = hw — not ≥ (README: why). */
    public boolean vouchesFor(String key, CacheEntry entry) {
        return stripe(key).view.vouches(key, entry);
    }

    /**
     * A strong read step that goes to the log (ReloadFromLog, or ListObserveKey's second half), traced as {@code
     * action} in the same critical section: with the witness up, through it (WitnessSyncFromLog, then the immutable
     * prefix up to it); otherwise the log's tail, directly, still holding the key's stripe so that the witness cannot
     * come back in between. A tail read after it came back would bypass it: the reader could return seq s while the
     * witness still vouches for s - 1, and a later read served that vouched entry would go back in time.
     */
    public CacheEntry syncAndLoad(int client, String key, int node, String action) {
        Stripe s = stripe(key);
        // The log's lock too, for the reason given in notifyWitness: the step is Len(log[k]) at the instant traced.
        synchronized (s) {
            synchronized (log) {
                long seq = witnessSyncFromLog(key);
                if (seq < 0) {
                    return log.tail(client, key, node, action);
                }
                CacheEntry entry = new CacheEntry(seq, log.stackAt(key, seq));
                trace.step(action, client, key, node, seq, Steps.detailOfRead(action, entry), null);
                return entry;
            }
        }
    }

    /**
     * hw[k] := Len(log[k]), read under the key's stripe so no commit-and-notify can slip between; returns that seq, or
     * -1 when the witness is not up (the caller then reads the log directly).
     */
    @SpecAction("WitnessSyncFromLog")
    public long witnessSyncFromLog(String key) {
        Stripe s = stripe(key);
        synchronized (s) {
            View v = s.view;
            if (v.state != State.UP) {
                return -1;
            }
            long len = log.length(key);
            if (v.get(key) != len) {
                s.view = v.with(key, len);
            }
            return len;
        }
    }

    /**
     * A bucket configuration change, ordered with the writes: every committed mutation takes effect first ({@link
     * #publishCommitted}) and no commit can slip in before the change, so each mutation takes effect under the
     * versioning state it was committed with. The spec splits this one critical section into two steps,
     * PublishCommitted then SetVersioning.
     */
    public void changeVersioning(Versioning next) {
        allStripes(0, () -> {
            synchronized (log) {
                publishCommitted();
                log.setVersioning(next);
            }
            return true;
        });
    }

    /**
     * Every key the witness knows is synced from the log (hw := log length; Unknown stays Unknown, a witness that is
     * not up is left alone), which is what makes every committed mutation take effect. Traced every time: when
     * nothing was unpublished the spec's step would change nothing, and the trace module takes the line as a
     * stutter. Caller holds every stripe and the log.
     */
    @SpecAction("PublishCommitted")
    private void publishCommitted() {
        for (Stripe s : stripes) {
            View v = s.view;
            if (v.state == State.UP) {
                View synced = View.empty(State.UP);
                for (String key : v.knownKeys()) {
                    synced = synced.with(key, log.length(key));
                }
                s.view = synced;
            }
        }
        trace.step("PublishCommitted", -1, null, -1, -1, null, null);
    }

    /** The witness process dies (from up or cut off): down, and its memory is gone. */
    @SpecAction("WitnessCrash")
    public boolean witnessCrash() {
        return allStripes(0, () -> {
            if (stateOf() == State.DOWN) {
                return false;
            }
            transition(State.DOWN, true, false);
            trace.step("WitnessCrash", -1, null, -1, -1, null, null);
            return true;
        });
    }

    /** A crashed witness comes back up, empty, as a new epoch. */
    @SpecAction("WitnessRestart")
    public boolean witnessRestart() {
        return allStripes(0, () -> {
            if (stateOf() != State.DOWN) {
                return false;
            }
            transition(State.UP, true, true);
            trace.step("WitnessRestart", -1, null, -1, -1, null, null);
            return true;
        });
    }

    /** A new, empty witness takes over from a running one, as a new epoch. */
    @SpecAction("WitnessReplace")
    public boolean witnessReplace() {
        return allStripes(0, () -> {
            if (stateOf() != State.UP) {
                return false;
            }
            transition(State.UP, true, true);
            trace.step("WitnessReplace", -1, null, -1, -1, null, null);
            return true;
        });
    }

    /** Cut off from readers and writers; it keeps its memory but may miss notifications. */
    @SpecAction("WitnessUnreachable")
    public boolean witnessUnreachable() {
        return allStripes(0, () -> {
            if (stateOf() != State.UP) {
                return false;
            }
            transition(State.CUT, false, false);
            trace.step("WitnessUnreachable", -1, null, -1, -1, null, null);
            return true;
        });
    }

    /** Reachable again; it must forget everything, since it may have missed notifications while cut off. */
    @SpecAction("WitnessReachable")
    public boolean witnessReachable() {
        return allStripes(0, () -> {
            if (stateOf() != State.CUT) {
                return false;
            }
            // Forgetting is the rule; the planted flaw WITNESS_KEEPS_STATE_AFTER_PARTITION skips it.
            transition(State.UP, bug != ProtocolBug.WITNESS_KEEPS_STATE_AFTER_PARTITION, false);
            trace.step("WitnessReachable", -1, null, -1, -1, null, null);
            return true;
        });
    }

    /** Runs the step holding stripes from..end (and all before, taken by the callers up the recursion). */
    private boolean allStripes(int from, java.util.function.BooleanSupplier step) {
        if (from == stripes.length) {
            return step.getAsBoolean();
        }
        synchronized (stripes[from]) {
            return allStripes(from + 1, step);
        }
    }

    private State stateOf() {
        return stripes[0].view.state;
    }

    private void transition(State next, boolean forget, boolean newEpoch) {
        for (Stripe s : stripes) {
            s.view = s.view.withState(next, forget);
        }
        if (newEpoch) {
            epoch++;
        }
    }

    public State state() {
        return stateOf();
    }

    public long epoch() {
        synchronized (stripes[0]) {
            return epoch;
        }
    }

    /** hw[k], or -1 when Unknown (for tests and trace tools). */
    public long highWater(String key) {
        return stripe(key).view.get(key);
    }
}
