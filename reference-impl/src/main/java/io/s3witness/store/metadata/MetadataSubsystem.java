package io.s3witness.store.metadata;

import io.s3witness.store.Faults;
import io.s3witness.store.SpecTrace;
import io.s3witness.store.StoreConfig;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** The components of DESIGN §1 wired together, and the faults that act on them. */
public final class MetadataSubsystem implements Faults {
    private final PersistenceTier log;
    private final Witness witness;
    private final Router router;
    private final WriteCoordinator writes;
    private final ReadPath reads;
    private final ListPath lists;
    private final io.s3witness.store.Mode mode;

    /** Every step is reported to {@code trace} ({@link SpecTrace#NONE} for none). */
    public MetadataSubsystem(StoreConfig config, SpecTrace trace) {
        this.mode = config.mode();
        this.log = new PersistenceTier(config.versioning(), new Random(config.seed()), trace);
        this.witness = new Witness(log, config.witnessStripes(), trace, config.bug());
        List<CacheNode> nodes = new ArrayList<>(config.cacheNodes());
        for (int i = 0; i < config.cacheNodes(); i++) {
            nodes.add(new CacheNode(i, trace));
        }
        this.router = new Router(nodes, trace);
        this.writes = new WriteCoordinator(log, witness, router, trace, config.bug());
        this.reads = new ReadPath(config.mode(), log, witness, router, trace);
        this.lists = new ListPath(config.mode(), log, witness, router, trace);
    }

    public PersistenceTier log() {
        return log;
    }

    public Witness witness() {
        return witness;
    }

    public Router router() {
        return router;
    }

    public WriteCoordinator writes() {
        return writes;
    }

    public ReadPath reads() {
        return reads;
    }

    public ListPath lists() {
        return lists;
    }

    @Override
    public void impairNode(int node) {
        router.impairNode(node);
    }

    @Override
    public void restoreNode(int node) {
        router.restoreNode(node);
    }

    @Override
    public boolean crashWitness() {
        return witness.witnessCrash();
    }

    @Override
    public boolean restartWitness() {
        return witness.witnessRestart();
    }

    @Override
    public boolean replaceWitness() {
        return witness.witnessReplace();
    }

    @Override
    public boolean witnessUnreachable() {
        return witness.witnessUnreachable();
    }

    @Override
    public boolean witnessReachable() {
        return witness.witnessReachable();
    }

    /**
     * PutBucketVersioning. Strong: through the witness, so that every committed mutation takes effect before the
     * change (the spec's PublishCommitted, then SetVersioning, whose strong-mode guard it meets). Eventual promises
     * nothing and changes it directly (the spec's SetVersioning has no guard in eventual mode).
     */
    public void setVersioning(io.s3witness.store.Versioning next) {
        if (mode == io.s3witness.store.Mode.STRONG) {
            witness.changeVersioning(next);
        } else {
            log.setVersioning(next);
        }
    }

    @Override
    public void failNextCommits(String key, int count) {
        log.failNextCommits(key, count);
    }

    @Override
    public void failCommitsWithProbability(double p) {
        log.failCommitsWithProbability(p);
    }

    @Override
    public int cacheNodes() {
        return router.size();
    }
}
