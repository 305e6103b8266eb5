package io.s3witness.exploration;

import io.s3witness.store.ObjectStore;
import io.s3witness.store.ObjectVersion;
import io.s3witness.store.Versioning;

import java.util.Random;

/**
 * The witness is cut off and comes back (DESIGN §1 promise 4): v1 is cached in the home node; while the witness is
 * unreachable a writer's PUT of v2 may go through the backup node without the witness hearing of it. When reachable
 * again the witness must forget what it knew, or it would vouch for the home node's seq 1 to a reader that started
 * after the PUT returned.
 */
public final class WitnessPartition implements Scenario {
    static final String KEY = "k";

    public static void main(String[] args) {
        ScenarioMain.main(new WitnessPartition(), args);
    }

    @Override
    public String name() {
        return "witness-partition";
    }

    @Override
    public boolean violatedOn(Target target) {
        // A witness back from a partition is Unknown for every key, so one that learns from readers fails here too.
        return target == Target.EVENTUAL || target == Target.WITNESS_LEARNS_FROM_READER
            || target == Target.WITNESS_KEEPS_STATE;
    }

    @Override
    public void run(Random random, Target target, Interleaver interleaver) {
        Versioning versioning = random.nextBoolean() ? Versioning.ENABLED : Versioning.UNVERSIONED;
        boolean viaGet = random.nextBoolean();
        ObjectStore store = new ObjectStore(target.config(versioning));
        store.put(0, KEY, Clients.bytes("v1"));
        int home = Clients.home(store, KEY);
        Flag putReturned = new Flag();
        Violations violations = new Violations();
        interleaver.run(Clients.clients(
            Clients.steps(() -> {
                store.put(1, KEY, Clients.bytes("v2"));
                putReturned.set();
            }),
            Clients.steps(() -> store.faults().impairNode(home), () -> store.faults().witnessUnreachable(),
                () -> store.faults().witnessReachable(), () -> store.faults().restoreNode(home)),
            Clients.steps(() -> {
                boolean after = putReturned.isSet();
                ObjectVersion seen = Clients.latest(store, 2, KEY, viaGet);
                violations.check(!after || Clients.seqOf(seen) == 2,
                    "a read that started after PUT v2 returned saw " + Clients.describe(seen));
            })));
        violations.throwIfAny(name(), target);
    }
}
