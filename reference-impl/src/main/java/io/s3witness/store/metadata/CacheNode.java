package io.s3witness.store.metadata;

import io.s3witness.store.SpecAction;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** One cache node: key → (stack, seq). A node only ever moves an entry forward, never back to an older seq. */
public final class CacheNode {
    private final int id;
    private final Map<String, CacheEntry> entries = new HashMap<>();

    public CacheNode(int id) {
        this.id = id;
    }

    public int id() {
        return id;
    }

    /** Look up the node's entry for the key; null on a miss. */
    @SpecAction("ReadCache")
    public synchronized CacheEntry readCache(String key) {
        return entries.get(key);
    }

    /** The write path installs the committed entry, only if the node's own is older. */
    @SpecAction("WriteThroughCache")
    public synchronized void writeThroughCache(String key, CacheEntry entry) {
        installIfNewer(key, entry);
    }

    /** A reader installs what it reloaded, only if the node's own is older (a slow reader must not roll it back). */
    @SpecAction("RepairCache")
    public synchronized void repairCache(String key, CacheEntry entry) {
        installIfNewer(key, entry);
    }

    private void installIfNewer(String key, CacheEntry entry) {
        CacheEntry old = entries.get(key);
        if (old == null || old.seq() < entry.seq()) {
            entries.put(key, entry);
        }
    }

    /** The keys this node holds a live-or-not entry for under the prefix (eventual mode's key index), unordered. */
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
