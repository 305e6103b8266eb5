package io.s3witness.exploration;

import io.s3witness.exploration.FaultStep.Fault;
import io.s3witness.store.ContentDigest;
import io.s3witness.store.ObjectStore;
import io.s3witness.store.ObjectVersion;
import io.s3witness.store.S3Error;
import io.s3witness.store.S3Exception;
import io.s3witness.store.Versioning;

import java.util.List;
import java.util.Random;

/**
 * A write whose commit to the ordering log fails (DESIGN §1 hazard "a reader must never return an uncommitted
 * write"): the PUT of v2 is made to fail while a reader reads twice and a fault thread impairs the home node or
 * replaces or crashes and restarts the witness. No read may ever return v2. The write path touches nothing readers
 * see before the commit, so this holds in eventual mode too; only a write path that fills the cache or notifies the
 * witness before committing breaks it.
 */
public final class UncommittedWrite implements Scenario {
    static final String KEY = "k";

    public static void main(String[] args) {
        ScenarioMain.main(new UncommittedWrite(), args);
    }

    @Override
    public String name() {
        return "uncommitted-write";
    }

    @Override
    public boolean violatedOn(Target target) {
        return target == Target.PUBLISH_BEFORE_COMMIT;
    }

    @Override
    public void run(Random random, Target target, Interleaver interleaver) {
        Versioning versioning = random.nextBoolean() ? Versioning.ENABLED : Versioning.UNVERSIONED;
        boolean viaGet = random.nextBoolean();
        int fault = random.nextInt(3);
        ObjectStore store = new ObjectStore(target.config(versioning));
        store.put(0, KEY, Clients.bytes("v1"));
        store.faults().failNextCommits(KEY, 1);
        String uncommitted = ContentDigest.of(Clients.bytes("v2"));
        Violations violations = new Violations();
        List<Runnable> faults;
        if (fault == 0) {
            faults = Clients.impairThenRestore(store, KEY);
        } else if (fault == 1) {
            faults = Clients.steps(FaultStep.of(store, Fault.REPLACE_WITNESS));
        } else {
            faults = Clients.steps(FaultStep.of(store, Fault.CRASH_WITNESS), FaultStep.of(store, Fault.RESTART_WITNESS));
        }
        Runnable read = new ReadNotUncommitted(store, viaGet, uncommitted, violations);
        interleaver.run(Clients.clients(
            Clients.steps(new FailingPut(store, violations)),
            faults,
            Clients.steps(read, read)));
        violations.throwIfAny(name(), target);
    }

    /** The PUT whose commit the store was told to fail: it must answer InternalError. */
    private record FailingPut(ObjectStore store, Violations violations) implements Runnable {
        @Override
        public void run() {
            try {
                store.put(1, KEY, Clients.bytes("v2"));
                violations.check(false, "the PUT whose commit was made to fail succeeded");
            } catch (S3Exception e) {
                violations.check(e.error() == S3Error.INTERNAL_ERROR, "the failed PUT answered " + e.error());
            }
        }
    }

    /** A read: v1, never the uncommitted v2 (and never a 404: v1 was committed). */
    private record ReadNotUncommitted(ObjectStore store, boolean viaGet, String uncommitted, Violations violations)
        implements Runnable {
        @Override
        public void run() {
            ObjectVersion seen = Clients.latest(store, 2, KEY, viaGet);
            violations.check(seen != null && !uncommitted.equals(seen.digest()),
                "a read returned the uncommitted write (or lost v1): " + Clients.describe(seen));
        }
    }
}
