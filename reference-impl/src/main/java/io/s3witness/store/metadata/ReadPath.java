package io.s3witness.store.metadata;

import io.s3witness.store.Mode;
import io.s3witness.store.SpecAction;

/**
 * The read path (GET, HEAD, GET-version, per-key list-versions, and each key a strong LIST observes). Strong: serve
 * the node's entry only if the witness vouches for it, else reload from the log and repair the node. Eventual: serve
 * whatever the node holds, reloading only on a miss.
 */
public final class ReadPath {
    private final Mode mode;
    private final PersistenceTier log;
    private final Witness witness;
    private final Router router;

    public ReadPath(Mode mode, PersistenceTier log, Witness witness, Router router) {
        this.mode = mode;
        this.log = log;
        this.witness = witness;
        this.router = router;
    }

    /** The key's entry as this read observes it (seq 0 and an empty stack when the key has no log). */
    public CacheEntry read(int client, String key) {
        CacheNode node = invokeRead(client, key);
        CacheEntry entry = node.readCache(key);
        if (checkWitness(key, entry)) {
            return returnRead(entry);
        }
        CacheEntry fresh = reloadFromLog(key);
        node.repairCache(key, fresh);
        return returnRead(fresh);
    }

    /** A client calls GET, HEAD or GET-version; the request is routed to the node it enters through. */
    @SpecAction("InvokeRead")
    public CacheNode invokeRead(int client, String key) {
        return router.route(key, client);
    }

    /** Whether the node's entry may be served: strong, iff the witness vouches for it; eventual, iff there is one. */
    @SpecAction("CheckWitness")
    public boolean checkWitness(String key, CacheEntry entry) {
        return mode == Mode.STRONG ? witness.vouchesFor(key, entry) : entry != null;
    }

    /**
     * Strong with the witness available: through the witness (hw[k] := Len(log[k])) and read the immutable prefix up
     * to it. Otherwise: the log's tail, directly.
     */
    @SpecAction("ReloadFromLog")
    public CacheEntry reloadFromLog(String key) {
        if (mode == Mode.STRONG) {
            long seq = witness.witnessSyncFromLog(key);
            if (seq >= 0) {
                return new CacheEntry(seq, log.stackAt(key, seq));
            }
        }
        return log.tail(key);
    }

    /** The read answers its client. */
    @SpecAction("ReturnRead")
    private CacheEntry returnRead(CacheEntry entry) {
        return entry;
    }
}
