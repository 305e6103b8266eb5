package io.s3witness.store.metadata;

import io.s3witness.store.SpecAction;

import java.util.HashMap;
import java.util.Map;

/**
 * The read barrier: in memory only, per key the highest sequence number it knows was committed ({@code hw}). A key it
 * has no number for is Unknown; a witness that is new, restarted, replaced or back from being unreachable knows
 * nothing, because it may have missed notifications, and learns a key only from the log itself
 * ({@link #witnessSyncFromLog}) — never from a number a writer or reader reports to it.
 *
 * <p>One monitor; while holding it, it may read the persistence tier (lock order witness → log, never back).
 */
public final class Witness {
    private final PersistenceTier log;
    private final Map<String, Long> hw = new HashMap<>();
    private boolean up = true;
    private boolean reachable = true;
    private long epoch = 1;

    public Witness(PersistenceTier log) {
        this.log = log;
    }

    /** A writer reports the seq it committed; an Unknown key is synced from the log instead of taking s. */
    @SpecAction("NotifyWitness")
    public synchronized void notifyWitness(String key, long seq) {
        if (!available()) {
            return;
        }
        Long known = hw.get(key);
        if (known == null) {
            witnessSyncFromLog(key);
        } else if (seq > known) {
            hw.put(key, seq);
        }
    }

    /** The strong half of CheckWitness: available, hw known, entry present and entry.seq = hw (not ≥: see README). */
    public synchronized boolean vouchesFor(String key, CacheEntry entry) {
        if (entry == null || !available()) {
            return false;
        }
        Long known = hw.get(key);
        return known != null && known == entry.seq();
    }

    /**
     * hw[k] := Len(log[k]), read under this monitor so no commit-and-notify can slip between; returns that seq, or -1
     * when the witness is unavailable (the caller then reads the log directly).
     */
    @SpecAction("WitnessSyncFromLog")
    public synchronized long witnessSyncFromLog(String key) {
        if (!available()) {
            return -1;
        }
        long len = log.length(key);
        Long known = hw.get(key);
        if (known == null || known < len) {
            hw.put(key, len);
            return len;
        }
        return known;
    }

    /** The witness process dies: unreachable, and its memory is gone. */
    @SpecAction("WitnessCrash")
    public synchronized void witnessCrash() {
        up = false;
        hw.clear();
    }

    /** The same witness comes back empty, under a new epoch. */
    @SpecAction("WitnessRestart")
    public synchronized void witnessRestart() {
        freshInstance();
    }

    /** A new, empty witness takes over (the old one is gone), under a new epoch. */
    @SpecAction("WitnessReplace")
    public synchronized void witnessReplace() {
        freshInstance();
    }

    /** Cut off from readers and writers; it keeps its memory but may miss notifications. */
    @SpecAction("WitnessUnreachable")
    public synchronized void witnessUnreachable() {
        reachable = false;
    }

    /** Reachable again; it must forget everything, since it may have missed notifications while cut off. */
    @SpecAction("WitnessReachable")
    public synchronized void witnessReachable() {
        reachable = true;
        hw.clear();
        epoch++;
    }

    private void freshInstance() {
        up = true;
        reachable = true;
        hw.clear();
        epoch++;
    }

    private boolean available() {
        return up && reachable;
    }

    public synchronized boolean isAvailable() {
        return available();
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
