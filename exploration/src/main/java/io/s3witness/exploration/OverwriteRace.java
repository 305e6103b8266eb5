package io.s3witness.exploration;

import io.s3witness.store.ObjectStore;
import io.s3witness.store.ObjectVersion;
import io.s3witness.store.Versioning;

import java.util.Random;

/**
 * Stale read after overwrite (DESIGN §1 anomaly): v1 is cached in the key's home node; a writer PUTs v2 while a
 * fault thread impairs and restores that node, so v2 may go through the backup; a reader that starts after the PUT
 * returned must see v2. Eventual serves the home node's v1; strong's witness knows seq 2 and sends it to the log.
 */
public final class OverwriteRace implements Scenario {
    static final String KEY = "k";

    public static void main(String[] args) {
        ScenarioMain.main(new OverwriteRace(), args);
    }

    @Override
    public String name() {
        return "overwrite-race";
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
        store.put(0, KEY, Clients.bytes("v1"));
        Flag putReturned = new Flag();
        Violations violations = new Violations();
        interleaver.run(Clients.clients(
            Clients.impairThenRestore(store, KEY),
            Clients.steps(() -> {
                store.put(1, KEY, Clients.bytes("v2"));
                putReturned.set();
            }),
            Clients.steps(() -> {
                boolean after = putReturned.isSet();
                ObjectVersion seen = Clients.latest(store, 2, KEY, viaGet);
                violations.check(!after || Clients.seqOf(seen) == 2,
                    "a read that started after PUT v2 returned saw " + Clients.describe(seen));
            })));
        violations.throwIfAny(name(), target);
    }
}
