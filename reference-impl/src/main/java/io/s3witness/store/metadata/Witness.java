package io.s3witness.store.metadata;

import io.s3witness.store.SpecAction;
import io.s3witness.store.Versioning;

import java.util.HashMap;
import java.util.Map;

/**
 * The read barrier: in memory only, per key the highest sequence number it knows was committed ({@code hw}). A key it
 * has no number for is Unknown; a witness that is restarted, replaced or back from being cut off knows nothing,
 * because it may have missed notifications, and learns a key only from the log itself ({@link #witnessSyncFromLog})
 * — never from a number a writer or reader reports to it.
 *
 * <p>States as in specs/Witness.tla: UP, DOWN (crashed) or CUT (alive, keeping its hw, unreachable). A fault action
 * whose precondition does not hold changes nothing and returns false.
 *
 * <p>One monitor; while holding it, it may read the persistence tier (lock order witness → log, never back).
 */
public final class Witness {
    /** specs/Witness.tla's wState. */
    public enum State { UP, DOWN, CUT }

    private final PersistenceTier log;
    private final Map<String, Long> hw = new HashMap<>();
    private State state = State.UP;
    private long epoch;

    public Witness(PersistenceTier log) {
        this.log = log;
    }

    /** A writer reports the seq it committed; an Unknown key is synced from the log instead of taking s. */
    @SpecAction("NotifyWitness")
    public synchronized void notifyWitness(String key, long seq) {
        if (state != State.UP) {
            return;
        }
        Long known = hw.get(key);
        if (known == null) {
            witnessSyncFromLog(key);
        } else if (seq > known) {
            hw.put(key, seq);
        }
    }

    /** The strong half of CheckWitness: up, hw known, entry present and entry.seq = hw (not ≥: see README). */
    public synchronized boolean vouchesFor(String key, CacheEntry entry) {
        if (entry == null || state != State.UP) {
            return false;
        }
        Long known = hw.get(key);
        return known != null && known == entry.seq();
    }

    /**
     * hw[k] := Len(log[k]), read under this monitor so no commit-and-notify can slip between; returns that seq, or -1
     * when the witness is not up (the caller then reads the log directly).
     */
    @SpecAction("WitnessSyncFromLog")
    public synchronized long witnessSyncFromLog(String key) {
        if (state != State.UP) {
            return -1;
        }
        long len = log.length(key);
        hw.put(key, len);
        return len;
    }

    /**
     * A bucket configuration change, ordered with the writes: every committed mutation takes effect first (every key
     * the witness knows is synced from the log) and no commit can slip in before the change, so each mutation takes
     * effect under the versioning state it was committed with.
     */
    public synchronized void changeVersioning(Versioning next) {
        synchronized (log) {
            if (state == State.UP) {
                for (Map.Entry<String, Long> e : hw.entrySet()) {
                    e.setValue(log.length(e.getKey()));
                }
            }
            log.setVersioning(next);
        }
    }

    /** The witness process dies (from up or cut off): down, and its memory is gone. */
    @SpecAction("WitnessCrash")
    public synchronized boolean witnessCrash() {
        if (state == State.DOWN) {
            return false;
        }
        state = State.DOWN;
        hw.clear();
        return true;
    }

    /** A crashed witness comes back up, empty, as a new epoch. */
    @SpecAction("WitnessRestart")
    public synchronized boolean witnessRestart() {
        if (state != State.DOWN) {
            return false;
        }
        state = State.UP;
        hw.clear();
        epoch++;
        return true;
    }

    /** A new, empty witness takes over from a running one, as a new epoch. */
    @SpecAction("WitnessReplace")
    public synchronized boolean witnessReplace() {
        if (state != State.UP) {
            return false;
        }
        hw.clear();
        epoch++;
        return true;
    }

    /** Cut off from readers and writers; it keeps its memory but may miss notifications. */
    @SpecAction("WitnessUnreachable")
    public synchronized boolean witnessUnreachable() {
        if (state != State.UP) {
            return false;
        }
        state = State.CUT;
        return true;
    }

    /** Reachable again; it must forget everything, since it may have missed notifications while cut off. */
    @SpecAction("WitnessReachable")
    public synchronized boolean witnessReachable() {
        if (state != State.CUT) {
            return false;
        }
        state = State.UP;
        hw.clear();
        return true;
    }

    public synchronized State state() {
        return state;
    }

    public synchronized long epoch() {
        return epoch;
    }

    /** hw[k], or -1 when Unknown (for tests and trace tools). */
    public synchronized long highWater(String key) {
        Long known = hw.get(key);
        return known == null ? -1 : known;
    }
}
