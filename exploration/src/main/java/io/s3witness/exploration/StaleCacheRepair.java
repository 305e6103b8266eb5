package io.s3witness.exploration;

import io.s3witness.store.ObjectStore;
import io.s3witness.store.ObjectVersion;
import io.s3witness.store.Versioning;

import java.util.Random;

/**
 * The slow reader's stale repair (DESIGN §1 hazard): v1 was written while the home node was impaired, so the home
 * node misses the key. A reader misses there, reloads seq 1 from the log and repairs the node — possibly after a
 * writer committed v2 through the backup (the fault thread impairs and restores the home node again). The reader
 * then reads again: if the PUT of v2 had returned by then, serving the repaired seq 1 is a stale read. Eventual
 * serves it; strong's witness knows seq 2 and rejects the repaired entry.
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
        ObjectVersion[] first = new ObjectVersion[1];
        interleaver.run(Clients.clients(
            Clients.steps(() -> {
                store.put(1, KEY, Clients.bytes("v2"));
                putReturned.set();
            }),
            Clients.impairThenRestore(store, KEY),
            Clients.steps(
                () -> first[0] = Clients.latest(store, 2, KEY, viaGet),
                () -> {
                    boolean after = putReturned.isSet();
                    ObjectVersion second = Clients.latest(store, 2, KEY, viaGet);
                    violations.check(Clients.seqOf(second) >= Clients.seqOf(first[0]),
                        "a reader saw " + Clients.describe(first[0]) + " and then " + Clients.describe(second));
                    violations.check(!after || Clients.seqOf(second) == 2,
                        "a read that started after PUT v2 returned saw " + Clients.describe(second));
                })));
        violations.throwIfAny(name(), target);
    }
}
