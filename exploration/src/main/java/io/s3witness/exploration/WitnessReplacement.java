package io.s3witness.exploration;

import io.s3witness.store.ObjectStore;
import io.s3witness.store.ObjectVersion;
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
        Runnable read = () -> {
            boolean after = putReturned.isSet();
            ObjectVersion seen = Clients.latest(store, 2, KEY, viaGet);
            violations.check(!after || Clients.seqOf(seen) == 2,
                "a read that started after PUT v2 returned saw " + Clients.describe(seen));
        };
        interleaver.run(Clients.clients(
            Clients.steps(() -> {
                store.put(1, KEY, Clients.bytes("v2"));
                putReturned.set();
            }),
            replaceFirst
                ? Clients.steps(() -> store.faults().impairNode(home), () -> store.faults().replaceWitness(),
                    () -> store.faults().restoreNode(home))
                : Clients.steps(() -> store.faults().impairNode(home), () -> store.faults().restoreNode(home),
                    () -> store.faults().replaceWitness()),
            Clients.steps(read, read)));
        violations.throwIfAny(name(), target);
    }
}
