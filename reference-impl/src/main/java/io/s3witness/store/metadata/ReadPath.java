package io.s3witness.store.metadata;

import io.s3witness.store.Mode;
import io.s3witness.store.SpecAction;
import io.s3witness.store.SpecTrace;

/**
 * The read path (GET, HEAD, GET-version, per-key list-versions). Strong: serve the node's entry only if the witness
 * vouches for it, else reload from the log and repair the node. Eventual: serve whatever the node holds, reloading
 * only on a miss.
 */
public final class ReadPath {
    /** The spec's read kinds: HEAD and list-versions are a GET at the metadata tier. */
    public static final String GET = "get";
    public static final String GET_VERSION = "getver";

    private final Mode mode;
    private final PersistenceTier log;
    private final Witness witness;
    private final Router router;
    private final SpecTrace trace;

    public ReadPath(Mode mode, PersistenceTier log, Witness witness, Router router, SpecTrace trace) {
        this.mode = mode;
        this.log = log;
        this.witness = witness;
        this.router = router;
        this.trace = trace;
    }

    /**
     * The key's entry as this read observes it (seq 0 and an empty stack when the key has no log). {@code kind} is
     * {@link #GET} or {@link #GET_VERSION}; {@code versionId} its argument (null for GET); both only for the trace.
     */
    public CacheEntry read(int client, String key, String kind, String versionId) {
        CacheNode node = invokeRead(client, key, kind, versionId);
        CacheEntry entry = node.readCache(client, key);
        if (checkWitness(client, key, node, entry)) {
            return returnRead(client, key, entry);
        }
        CacheEntry fresh = reloadFromLog(client, key, node);
        node.repairCache(client, key, fresh);
        return returnRead(client, key, fresh);
    }

    /** A client calls GET, HEAD or GET-version; the request is routed to the node it enters through. */
    @SpecAction("InvokeRead")
    public CacheNode invokeRead(int client, String key, String kind, String versionId) {
        if (trace == SpecTrace.NONE) {
            return router.route(key);
        }
        return router.routed(key, node -> {
            trace.step("InvokeRead", client, key, node.id(), -1, kind, versionId);
            return node;
        });
    }

    /** Whether the node's entry may be served: strong, iff the witness vouches for it; eventual, iff there is one. */
    @SpecAction("CheckWitness")
    public boolean checkWitness(int client, String key, CacheNode node, CacheEntry entry) {
        if (mode == Mode.STRONG) {
            return witness.checkFor(client, key, node.id(), entry);
        }
        boolean current = entry != null;
        trace.step(Steps.CHECK_WITNESS, client, key, node.id(), current ? entry.seq() : -1,
            current ? "current" : "stale", null);
        return current;
    }

    /**
     * Strong: through the witness (hw[k] := Len(log[k])) and read the immutable prefix up to it, or, while the
     * witness is not up, the log's tail under its lock (Witness#syncAndLoad). Eventual: the log's tail, directly.
     */
    @SpecAction("ReloadFromLog")
    public CacheEntry reloadFromLog(int client, String key, CacheNode node) {
        if (mode == Mode.STRONG) {
            return witness.syncAndLoad(client, key, node.id(), Steps.RELOAD_FROM_LOG);
        }
        return log.tail(client, key, node.id(), Steps.RELOAD_FROM_LOG);
    }

    /** The read answers its client. */
    @SpecAction("ReturnRead")
    private CacheEntry returnRead(int client, String key, CacheEntry entry) {
        trace.step("ReturnRead", client, key, -1, entry.seq(), null, null);
        return entry;
    }
}
