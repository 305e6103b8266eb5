package io.s3witness.exploration;

import io.s3witness.store.ObjectStore;
import io.s3witness.store.ObjectVersion;
import io.s3witness.store.Versioning;

import java.util.Random;

/**
 * DELETE of the version that is the current one, racing a DELETE that puts a delete marker on top (DESIGN §1
 * hazards: versioning on, a deep version stack, concurrent deletes of one key). The stack holds 2 or 3 versions;
 * one writer deletes the newest by id with its requests going around the home node (it impairs it, deletes,
 * restores it), another adds a delete marker. A read that starts after the versioned DELETE returned must not see
 * that version; one that starts after both returned must get 404, whichever order they took effect in.
 *
 * <p>The fault runs in the first writer's thread (see {@link StaleCacheRepair} for why): three threads.
 */
public final class VersionedDeleteCurrent implements Scenario {
    static final String KEY = "k";

    public static void main(String[] args) {
        ScenarioMain.main(new VersionedDeleteCurrent(), args);
    }

    @Override
    public String name() {
        return "versioned-delete-current";
    }

    @Override
    public boolean violatedOn(Target target) {
        return target == Target.EVENTUAL;
    }

    @Override
    public void run(Random random, Target target, Interleaver interleaver) {
        int depth = 2 + random.nextInt(2);
        boolean viaGet = random.nextBoolean();
        ObjectStore store = new ObjectStore(target.config(Versioning.ENABLED));
        ObjectVersion current = null;
        for (int i = 1; i <= depth; i++) {
            current = store.put(0, KEY, Clients.bytes("v" + i));
        }
        int home = Clients.home(store, KEY);
        Flag versionDeleted = new Flag();
        Flag markerAdded = new Flag();
        Violations violations = new Violations();
        interleaver.run(Clients.clients(
            Clients.steps(FaultStep.impair(store, home),
                new Writes.DeleteVersion(store, 1, KEY, current.versionId(), versionDeleted),
                FaultStep.restore(store, home)),
            Clients.steps(new Writes.Delete(store, 2, KEY, markerAdded)),
            Clients.steps(new ReadAfterDeletes(store, viaGet, current.versionId(), versionDeleted, markerAdded,
                violations))));
        violations.throwIfAny(name(), target);
    }

    /** The read and what it may see given which DELETEs had returned before it started. */
    private record ReadAfterDeletes(ObjectStore store, boolean viaGet, String currentId, Flag versionDeleted,
                                    Flag markerAdded, Violations violations) implements Runnable {
        @Override
        public void run() {
            boolean afterVersion = versionDeleted.isSet();
            boolean afterBoth = afterVersion && markerAdded.isSet();
            ObjectVersion seen = Clients.latest(store, 3, KEY, viaGet);
            violations.check(!afterVersion || seen == null || !seen.versionId().equals(currentId),
                "a read that started after DELETE of version " + currentId + " returned saw it");
            violations.check(!afterBoth || seen == null,
                "a read that started after both DELETEs returned saw " + Clients.describe(seen));
        }
    }
}
