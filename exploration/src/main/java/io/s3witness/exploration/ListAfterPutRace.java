package io.s3witness.exploration;

import io.s3witness.store.ListRequest;
import io.s3witness.store.ListResult;
import io.s3witness.store.ObjectStore;
import io.s3witness.store.ObjectVersion;
import io.s3witness.store.Versioning;

import java.util.Random;

/**
 * List-after-PUT miss (DESIGN §1 anomaly and hazard "a LIST racing with a PUT of a new key and a DELETE of an old
 * one"): one writer PUTs a new key, another DELETEs an old one, a fault thread impairs and restores the new key's
 * home node, and a LIST of the prefix runs alongside. A LIST that starts after the PUT returned must show the new
 * key; one that starts after the DELETE returned must not show the old one (promise 2).
 */
public final class ListAfterPutRace implements Scenario {
    static final String PREFIX = "p/";
    static final String NEW_KEY = "p/new";
    static final String OLD_KEY = "p/old";

    public static void main(String[] args) {
        ScenarioMain.main(new ListAfterPutRace(), args);
    }

    @Override
    public String name() {
        return "list-after-put-race";
    }

    @Override
    public boolean violatedOn(Target target) {
        return target == Target.EVENTUAL;
    }

    @Override
    public void run(Random random, Target target, Interleaver interleaver) {
        Versioning versioning = random.nextBoolean() ? Versioning.ENABLED : Versioning.UNVERSIONED;
        ObjectStore store = new ObjectStore(target.config(versioning));
        store.put(0, OLD_KEY, Clients.bytes("old"));
        Flag putReturned = new Flag();
        Flag deleteReturned = new Flag();
        Violations violations = new Violations();
        interleaver.run(Clients.clients(
            Clients.steps(() -> {
                store.put(1, NEW_KEY, Clients.bytes("new"));
                putReturned.set();
            }),
            Clients.steps(() -> {
                store.delete(2, OLD_KEY);
                deleteReturned.set();
            }),
            Clients.impairThenRestore(store, NEW_KEY),
            Clients.steps(() -> {
                boolean afterPut = putReturned.isSet();
                boolean afterDelete = deleteReturned.isSet();
                ListResult listed = store.list(3, ListRequest.of(PREFIX));
                boolean hasNew = false;
                boolean hasOld = false;
                for (ObjectVersion v : listed.contents()) {
                    hasNew |= v.key().equals(NEW_KEY);
                    hasOld |= v.key().equals(OLD_KEY);
                }
                violations.check(!afterPut || hasNew,
                    "a LIST that started after PUT " + NEW_KEY + " returned does not show it");
                violations.check(!afterDelete || !hasOld,
                    "a LIST that started after DELETE " + OLD_KEY + " returned still shows it");
            })));
        violations.throwIfAny(name(), target);
    }
}
