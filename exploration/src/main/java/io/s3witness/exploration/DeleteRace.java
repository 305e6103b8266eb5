package io.s3witness.exploration;

import io.s3witness.store.ObjectStore;
import io.s3witness.store.Versioning;

import java.util.Random;

/**
 * Read after DELETE (DESIGN §1 anomaly): the object is cached in its home node; a DELETE (a delete marker when
 * versioned, a removal when not) races a fault thread that impairs and restores that node; a read that starts after
 * the DELETE returned must get 404.
 */
public final class DeleteRace implements Scenario {
    static final String KEY = "k";

    public static void main(String[] args) {
        ScenarioMain.main(new DeleteRace(), args);
    }

    @Override
    public String name() {
        return "delete-race";
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
        Flag deleteReturned = new Flag();
        Violations violations = new Violations();
        interleaver.run(Clients.clients(
            Clients.steps(new Writes.Delete(store, 1, KEY, deleteReturned)),
            Clients.impairThenRestore(store, KEY),
            Clients.steps(new ReadAfter(store, 2, KEY, viaGet, deleteReturned, "DELETE", 0, violations))));
        violations.throwIfAny(name(), target);
    }
}
