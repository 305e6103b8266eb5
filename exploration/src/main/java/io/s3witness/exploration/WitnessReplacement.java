package io.s3witness.exploration;

import io.s3witness.exploration.FaultStep.Fault;
import io.s3witness.store.ObjectStore;
import io.s3witness.store.Versioning;

import java.util.Random;

/**
 * A new, empty witness takes over while a write and a read are in flight (DESIGN §1 hazard): v1 is cached in the
 * home node; a writer PUTs v2 while the fault thread impairs and restores the home node and replaces the witness
 * (before or after the restore); a reader that started after the PUT returned reports the home node's seq 1 to the
 * new witness, which must learn the key from the log and reject it.
 */
public final class WitnessReplacement implements Scenario {
    static final String KEY = "k";

    public static void main(String[] args) {
        ScenarioMain.main(new WitnessReplacement(), args);
    }

    @Override
    public String name() {
        return "witness-replacement";
    }

    @Override
    public boolean violatedOn(Target target) {
        return target == Target.EVENTUAL || target == Target.WITNESS_LEARNS_FROM_READER;
    }

    @Override
    public void run(Random random, Target target, Interleaver interleaver) {
        Versioning versioning = random.nextBoolean() ? Versioning.ENABLED : Versioning.UNVERSIONED;
        boolean viaGet = random.nextBoolean();
        boolean replaceFirst = random.nextBoolean();
        ObjectStore store = new ObjectStore(target.config(versioning));
        store.put(0, KEY, Clients.bytes("v1"));
        int home = Clients.home(store, KEY);
        Flag putReturned = new Flag();
        Violations violations = new Violations();
        Runnable read = new ReadAfter(store, 2, KEY, viaGet, putReturned, "PUT v2", 2, violations);
        FaultStep replace = FaultStep.of(store, Fault.REPLACE_WITNESS);
        interleaver.run(Clients.clients(
            Clients.steps(new Writes.Put(store, 1, KEY, "v2", putReturned)),
            replaceFirst
                ? Clients.steps(FaultStep.impair(store, home), replace, FaultStep.restore(store, home))
                : Clients.steps(FaultStep.impair(store, home), FaultStep.restore(store, home), replace),
            Clients.steps(read, read)));
        violations.throwIfAny(name(), target);
    }
}
