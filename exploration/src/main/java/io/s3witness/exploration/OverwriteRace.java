package io.s3witness.exploration;

import io.s3witness.store.ObjectStore;
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
            Clients.steps(new Writes.Put(store, 1, KEY, "v2", putReturned)),
            Clients.steps(new ReadAfter(store, 2, KEY, viaGet, putReturned, "PUT v2", 2, violations))));
        violations.throwIfAny(name(), target);
    }
}
