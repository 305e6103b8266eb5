package io.s3witness.exploration;

import io.s3witness.exploration.FaultStep.Fault;
import io.s3witness.store.ObjectStore;
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
            Clients.steps(new Writes.Put(store, 1, KEY, "v2", putReturned)),
            Clients.steps(FaultStep.impair(store, home), FaultStep.of(store, Fault.WITNESS_UNREACHABLE),
                FaultStep.of(store, Fault.WITNESS_REACHABLE), FaultStep.restore(store, home)),
            Clients.steps(new ReadAfter(store, 2, KEY, viaGet, putReturned, "PUT v2", 2, violations))));
        violations.throwIfAny(name(), target);
    }
}
