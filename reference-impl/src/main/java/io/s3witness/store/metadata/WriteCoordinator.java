package io.s3witness.store.metadata;

import io.s3witness.store.ProtocolBug;
import io.s3witness.store.S3Exception;
import io.s3witness.store.SpecAction;
import io.s3witness.store.SpecTrace;

/**
 * The write path: commit to the ordering log first, then tell the witness, then write through the cache. The order
 * is the point: nothing a reader can see (cache, witness) is touched before the commit. Writes notify the witness in
 * both modes, as the spec's do; only strong readers consult it.
 */
public final class WriteCoordinator {
    private final PersistenceTier log;
    private final Witness witness;
    private final Router router;
    private final SpecTrace trace;
    private final ProtocolBug bug;

    public WriteCoordinator(PersistenceTier log, Witness witness, Router router, SpecTrace trace) {
        this(log, witness, router, trace, ProtocolBug.NONE);
    }

    /** The same, with a planted flaw (StoreConfig#bug) for model checkers to find; NONE for the real protocol. */
    public WriteCoordinator(PersistenceTier log, Witness witness, Router router, SpecTrace trace, ProtocolBug bug) {
        this.bug = bug;
        this.log = log;
        this.witness = witness;
        this.router = router;
        this.trace = trace;
    }

    /** PUT, DELETE or DELETE-version of one key by one client; throws InternalError when the commit fails. */
    public Commit write(int client, String key, WriteIntent intent) {
        CacheNode node = invokeWrite(client, key, intent);
        if (bug == ProtocolBug.PUBLISH_BEFORE_COMMIT) {
            CacheEntry expected = log.preview(key, intent);
            witness.notifyWitness(client, key, expected.seq());
            node.writeThroughCache(client, key, expected);
        }
        Commit commit;
        try {
            commit = log.commitToLog(client, key, intent);
        } catch (S3Exception failed) {
            returnWrite(client, key, null);
            throw failed;
        }
        witness.notifyWitness(client, key, commit.seq());
        node.writeThroughCache(client, key, commit.entry());
        return returnWrite(client, key, commit);
    }

    /** A client calls PUT, DELETE or DELETE-version; the request is routed to the node it enters through. */
    @SpecAction("InvokeWrite")
    public CacheNode invokeWrite(int client, String key, WriteIntent intent) {
        if (trace == SpecTrace.NONE) {
            return router.route(key);
        }
        return router.routed(key, node -> traceInvoke(client, key, intent, node));
    }

    private CacheNode traceInvoke(int client, String key, WriteIntent intent, CacheNode node) {
        String kind;
        String arg;
        switch (intent.kind()) {
            case PUT:
                kind = "put";
                arg = intent.digest();
                break;
            case DELETE:
                kind = "delete";
                arg = null;
                break;
            default:
                kind = "delver";
                arg = intent.versionId();
                break;
        }
        trace.step("InvokeWrite", client, key, node.id(), -1, kind, arg);
        return node;
    }

    /** The write answers its client: the commit, or null after CommitFails. */
    @SpecAction("ReturnWrite")
    private Commit returnWrite(int client, String key, Commit commit) {
        trace.step("ReturnWrite", client, key, -1, commit == null ? -1 : commit.seq(), commit == null ? "fail" : "ok",
            null);
        return commit;
    }
}
