package io.s3witness.exploration;

import io.s3witness.store.ObjectStore;
import io.s3witness.store.ObjectVersion;
import io.s3witness.store.Versioning;

import java.util.List;
import java.util.Random;

/**
 * Flicker (DESIGN §1 anomaly, promise 3): v1 is cached in the home node; a writer PUTs v2 while the fault thread
 * impairs and restores the home node; two readers read twice each. Once any read has returned seq 2, no read that
 * starts later (in either reader) may return seq 1.
 */
public final class Flicker implements Scenario {
    static final String KEY = "k";

    public static void main(String[] args) {
        ScenarioMain.main(new Flicker(), args);
    }

    @Override
    public String name() {
        return "flicker";
    }

    @Override
    public boolean violatedOn(Target target) {
        return target == Target.EVENTUAL;
    }

    /** The newest seq any completed read returned. */
    private static final class Newest {
        private long seq;

        synchronized long get() {
            return seq;
        }

        synchronized void saw(long s) {
            seq = Math.max(seq, s);
        }
    }

    @Override
    public void run(Random random, Target target, Interleaver interleaver) {
        Versioning versioning = random.nextBoolean() ? Versioning.ENABLED : Versioning.UNVERSIONED;
        boolean viaGet = random.nextBoolean();
        ObjectStore store = new ObjectStore(target.config(versioning));
        store.put(0, KEY, Clients.bytes("v1"));
        Newest newest = new Newest();
        Violations violations = new Violations();
        interleaver.run(Clients.clients(
            Clients.steps(() -> store.put(1, KEY, Clients.bytes("v2"))),
            Clients.impairThenRestore(store, KEY),
            reader(store, 2, viaGet, newest, violations),
            reader(store, 3, !viaGet, newest, violations)));
        violations.throwIfAny(name(), target);
    }

    /** Two reads by one client. */
    private static List<Runnable> reader(ObjectStore store, int client, boolean viaGet, Newest newest,
                                         Violations violations) {
        Runnable read = () -> {
            long floor = newest.get();
            ObjectVersion seen = Clients.latest(store, client, KEY, viaGet);
            violations.check(Clients.seqOf(seen) >= floor,
                "client " + client + " read " + Clients.describe(seen) + " after a read had returned seq " + floor);
            newest.saw(Clients.seqOf(seen));
        };
        return Clients.steps(read, read);
    }
}
