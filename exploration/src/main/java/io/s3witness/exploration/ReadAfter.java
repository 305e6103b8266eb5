package io.s3witness.exploration;

import io.s3witness.store.ObjectStore;
import io.s3witness.store.ObjectVersion;

/**
 * A read that checks the real-time rule after one write: if the write had returned (its flag set) before this read
 * was invoked, the read must observe it, i.e. return seq {@code expectedSeq} (0: a 404, as after a DELETE). A record
 * step, for the reason given on {@link FaultStep}.
 */
record ReadAfter(ObjectStore store, int client, String key, boolean viaGet, Flag writeReturned, String write,
                 long expectedSeq, Violations violations) implements Runnable {
    @Override
    public void run() {
        boolean after = writeReturned.isSet();
        ObjectVersion seen = Clients.latest(store, client, key, viaGet);
        violations.check(!after || Clients.seqOf(seen) == expectedSeq,
            "a read that started after " + write + " returned saw " + Clients.describe(seen));
    }
}
