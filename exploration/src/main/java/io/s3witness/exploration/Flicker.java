package io.s3witness.exploration;

import io.s3witness.store.ObjectStore;
import io.s3witness.store.ObjectVersion;
import io.s3witness.store.Versioning;

import java.util.Random;

/**
 * Flicker (DESIGN §1 anomaly, promise 3): v1 is cached in the home node; a writer PUTs v2 with its requests going
 * around the home node (it impairs it, PUTs, restores it); one reader reads twice, another once. Once any read has
 * returned seq 2, no read that starts later (in either reader) may return seq 1.
 *
 * <p>The fault runs in the writer's thread (see {@link StaleCacheRepair} for why): three threads, and the eventual
 * flicker needs one preemption of the writer, between its PUT and the restore, for a read to see v2 at the backup.
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
        int home = Clients.home(store, KEY);
        Newest newest = new Newest();
        Violations violations = new Violations();
        Runnable readerA = new Read(store, 2, viaGet, newest, violations);
        interleaver.run(Clients.clients(
            Clients.steps(FaultStep.impair(store, home), new Writes.Put(store, 1, KEY, "v2", null),
                FaultStep.restore(store, home)),
            Clients.steps(readerA, readerA),
            Clients.steps(new Read(store, 3, !viaGet, newest, violations))));
        violations.throwIfAny(name(), target);
    }

    /** One read: not older than the newest any read had returned when it started. */
    private record Read(ObjectStore store, int client, boolean viaGet, Newest newest, Violations violations)
        implements Runnable {
        @Override
        public void run() {
            long floor = newest.get();
            ObjectVersion seen = Clients.latest(store, client, KEY, viaGet);
            violations.check(Clients.seqOf(seen) >= floor,
                "client " + client + " read " + Clients.describe(seen) + " after a read had returned seq " + floor);
            newest.saw(Clients.seqOf(seen));
        }
    }
}
