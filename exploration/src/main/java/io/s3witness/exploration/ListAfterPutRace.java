package io.s3witness.exploration;

import io.s3witness.store.ListRequest;
import io.s3witness.store.ListResult;
import io.s3witness.store.ObjectStore;
import io.s3witness.store.ObjectVersion;
import io.s3witness.store.Versioning;

import java.util.Random;

/**
 * List-after-PUT miss (DESIGN §1 anomaly and hazard "a LIST racing with a PUT of a new key and a DELETE of an old
 * one"): one writer PUTs a new key with its requests going around the key's home node (it impairs the node, PUTs,
 * restores it), another DELETEs an old key, and a LIST of the prefix runs alongside. A LIST that starts after the PUT
 * returned must show the new key; one that starts after the DELETE returned must not show the old one (promise 2).
 *
 * <p>The fault runs in the writer's thread (see {@link StaleCacheRepair} for why): three threads, and the eventual
 * miss needs no preemption inside an operation (PUT through the backup, restore, then the LIST asks the home node).
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
        int home = Clients.home(store, NEW_KEY);
        Flag putReturned = new Flag();
        Flag deleteReturned = new Flag();
        Violations violations = new Violations();
        interleaver.run(Clients.clients(
            Clients.steps(FaultStep.impair(store, home), new Writes.Put(store, 1, NEW_KEY, "new", putReturned),
                FaultStep.restore(store, home)),
            Clients.steps(new Writes.Delete(store, 2, OLD_KEY, deleteReturned)),
            Clients.steps(new ListAfter(store, putReturned, deleteReturned, violations))));
        violations.throwIfAny(name(), target);
    }

    /** The LIST of the prefix and what it must show given which writes had returned before it started. */
    private record ListAfter(ObjectStore store, Flag putReturned, Flag deleteReturned, Violations violations)
        implements Runnable {
        @Override
        public void run() {
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
        }
    }
}
