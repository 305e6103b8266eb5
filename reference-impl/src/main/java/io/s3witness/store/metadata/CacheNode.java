package io.s3witness.store.metadata;

import io.s3witness.store.SpecAction;
import io.s3witness.store.SpecTrace;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** One cache node: key → (stack, seq). A node only ever moves an entry forward, never back to an older seq. */
public final class CacheNode {
    private final int id;
    private final SpecTrace trace;
    private final Map<String, CacheEntry> entries = new HashMap<>();

    public CacheNode(int id, SpecTrace trace) {
        this.id = id;
        this.trace = trace;
    }

    public int id() {
        return id;
    }

    /** Look up the node's entry for the key; null on a miss. */
    @SpecAction("ReadCache")
    public synchronized CacheEntry readCache(int client, String key) {
        CacheEntry entry = entries.get(key);
        trace.step("ReadCache", client, key, id, entry == null ? -1 : entry.seq(), null, null);
        return entry;
    }

    /** The write path installs the committed entry, only if the node's own is older. */
    @SpecAction("WriteThroughCache")
    public synchronized void writeThroughCache(int client, String key, CacheEntry entry) {
        installIfNewer(key, entry);
        trace.step("WriteThroughCache", client, key, id, entry.seq(), null, null);
    }

    /** A reader installs what it reloaded, only if the node's own is older (a slow reader must not roll it back). */
    @SpecAction("RepairCache")
    public synchronized void repairCache(int client, String key, CacheEntry entry) {
        installIfNewer(key, entry);
        trace.step("RepairCache", client, key, id, entry.seq(), null, null);
    }

    /**
     * The strong LIST path's first half: the entry if {@code vouched} accepts it (the witness's check), judged while
     * this node holds it, so that the entry and the check are one instant as in the spec's ListObserveKey; else
     * null. (Peeking first and checking after let a repair slip in between: the trace then showed an observation
     * the spec's single step could not make.) Lock order: node, then witness stripe.
     */
    public synchronized CacheEntry peekIf(String key, java.util.function.Predicate<CacheEntry> vouched) {
        CacheEntry entry = entries.get(key);
        return vouched.test(entry) ? entry : null;
    }

    /** Eventual LIST: the node's entry is the observation (traced as ListObserveKey); null when it has none. */
    public synchronized CacheEntry observeForList(int client, String key) {
        CacheEntry entry = entries.get(key);
        trace.step(Steps.LIST_OBSERVE_KEY, client, key, id, entry == null ? -1 : entry.seq(),
            Steps.detailOfRead(Steps.LIST_OBSERVE_KEY, entry), null);
        return entry;
    }

    private void installIfNewer(String key, CacheEntry entry) {
        CacheEntry old = entries.get(key);
        if (old == null || old.seq() < entry.seq()) {
            entries.put(key, entry);
        }
    }

    /** The keys this node holds an entry for under the prefix (eventual mode's key index), unordered. */
    public synchronized List<String> keysWithPrefix(String prefix) {
        List<String> keys = new ArrayList<>();
        for (String k : entries.keySet()) {
            if (k.startsWith(prefix)) {
                keys.add(k);
            }
        }
        return keys;
    }
}
