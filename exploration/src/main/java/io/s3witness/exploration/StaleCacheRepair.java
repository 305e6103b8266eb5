package io.s3witness.exploration;

import io.s3witness.store.ObjectStore;
import io.s3witness.store.ObjectVersion;
import io.s3witness.store.Versioning;

import java.util.Random;

/**
 * The slow reader's stale repair (DESIGN §1 hazard): v1 was written while the home node was impaired, so the home
 * node misses the key. A reader misses there, reloads seq 1 from the log and repairs the node — possibly after a
 * writer committed v2 through the backup (the writer's requests go around the home node: it impairs it, PUTs,
 * restores it). The reader then reads again: if the PUT of v2 had returned by then, serving the repaired seq 1 is a
 * stale read. Eventual serves it; strong's witness knows seq 2 and rejects the repaired entry.
 *
 * <p>The fault runs in the writer's thread rather than a thread of its own: the violation then needs one preemption
 * of the reader (between its reads, or inside the first between reload and repair) instead of three, which Lincheck's
 * search reaches, and a strong store is explored with three threads rather than four. Faults racing a write itself
 * are explored by overwrite-race, delete-race and witness-partition.
 */
public final class StaleCacheRepair implements Scenario {
    static final String KEY = "k";

    public static void main(String[] args) {
        ScenarioMain.main(new StaleCacheRepair(), args);
    }

    @Override
    public String name() {
        return "stale-cache-repair";
    }

    @Override
    public boolean violatedOn(Target target) {
        return target == Target.EVENTUAL;
    }

    @Override
    public void run(Random random, Target target, Interleaver interleaver) {
        Versioning versioning = random.nextBoolean() ? Versioning.ENABLED : Versioning.UNVERSIONED;
        boolean viaGet = random.nextBoolean();
        ObjectStore store = new ObjectStore(target.config(versioning));
        int home = Clients.home(store, KEY);
        store.faults().impairNode(home);
        store.put(0, KEY, Clients.bytes("v1"));
        store.faults().restoreNode(home);
        Flag putReturned = new Flag();
        Violations violations = new Violations();
        FirstRead first = new FirstRead(store, viaGet);
        interleaver.run(Clients.clients(
            Clients.steps(FaultStep.impair(store, home), new Writes.Put(store, 1, KEY, "v2", putReturned),
                FaultStep.restore(store, home)),
            Clients.steps(first, new SecondRead(store, viaGet, first, putReturned, violations))));
        violations.throwIfAny(name(), target);
    }

    /** The reader's first read (the one that may repair the home node), kept for the second read to compare with. */
    private static final class FirstRead implements Runnable {
        private final ObjectStore store;
        private final boolean viaGet;
        private ObjectVersion seen;

        FirstRead(ObjectStore store, boolean viaGet) {
            this.store = store;
            this.viaGet = viaGet;
        }

        @Override
        public void run() {
            seen = Clients.latest(store, 2, KEY, viaGet);
        }
    }

    /** The same client's second read: never older than its first, and v2 if it started after PUT v2 returned. */
    private record SecondRead(ObjectStore store, boolean viaGet, FirstRead first, Flag putReturned,
                              Violations violations) implements Runnable {
        @Override
        public void run() {
            boolean after = putReturned.isSet();
            ObjectVersion second = Clients.latest(store, 2, KEY, viaGet);
            violations.check(Clients.seqOf(second) >= Clients.seqOf(first.seen),
                "a reader saw " + Clients.describe(first.seen) + " and then " + Clients.describe(second));
            violations.check(!after || Clients.seqOf(second) == 2,
                "a read that started after PUT v2 returned saw " + Clients.describe(second));
        }
    }
}
