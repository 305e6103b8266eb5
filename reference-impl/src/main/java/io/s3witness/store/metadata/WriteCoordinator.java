package io.s3witness.store.metadata;

import io.s3witness.store.Mode;
import io.s3witness.store.SpecAction;

/**
 * The write path: commit to the ordering log first, then tell the witness, then write through the cache. The order
 * is the point: nothing a reader can see (cache, witness) is touched before the commit.
 */
public final class WriteCoordinator {
    private final Mode mode;
    private final PersistenceTier log;
    private final Witness witness;
    private final Router router;

    public WriteCoordinator(Mode mode, PersistenceTier log, Witness witness, Router router) {
        this.mode = mode;
        this.log = log;
        this.witness = witness;
        this.router = router;
    }

    /** PUT, DELETE or DELETE-version of one key by one client; throws InternalError when the commit fails. */
    public Commit write(int client, String key, WriteIntent intent) {
        CacheNode node = invokeWrite(client, key);
        Commit commit = log.commitToLog(key, intent);
        if (mode == Mode.STRONG) {
            witness.notifyWitness(key, commit.seq());
        }
        node.writeThroughCache(key, commit.entry());
        return returnWrite(commit);
    }

    /** A client calls PUT, DELETE or DELETE-version; the request is routed to the node it enters through. */
    @SpecAction("InvokeWrite")
    public CacheNode invokeWrite(int client, String key) {
        return router.route(key, client);
    }

    /** The write answers its client. */
    @SpecAction("ReturnWrite")
    private Commit returnWrite(Commit commit) {
        return commit;
    }
}
