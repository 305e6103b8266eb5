package io.s3witness.store;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * Each planted flaw of {@link ProtocolBug} makes a strong store answer wrongly in the one schedule it is meant for,
 * and the same schedule on the real protocol ({@code NONE}) answers right. The witness flaws: v1 cached in the home
 * node, v2 written through the backup while the home node is impaired, then the witness fault, then a GET through
 * the restored home node. Publishing before the commit: a PUT whose commit fails, then a GET.
 */
class ProtocolBugTest {
    private static final String KEY = "k";

    @Test
    void aWitnessThatLearnsFromAReaderVouchesForAStaleEntry() {
        assertEquals(1, readAfter(ProtocolBug.WITNESS_LEARNS_FROM_READER, false));
        assertEquals(2, readAfter(ProtocolBug.NONE, false));
    }

    @Test
    void aWitnessThatKeepsItsStateAfterAPartitionVouchesForAStaleEntry() {
        assertEquals(1, readAfter(ProtocolBug.WITNESS_KEEPS_STATE_AFTER_PARTITION, true));
        assertEquals(2, readAfter(ProtocolBug.NONE, true));
    }

    @Test
    void aWritePathThatPublishesBeforeCommittingServesAFailedWrite() {
        assertEquals(ContentDigest.of(bytes("v2")), readAfterFailedCommit(ProtocolBug.PUBLISH_BEFORE_COMMIT));
        assertEquals(ContentDigest.of(bytes("v1")), readAfterFailedCommit(ProtocolBug.NONE));
    }

    /** The digest a GET returns after v1 was written and the PUT of v2 failed to commit. */
    private static String readAfterFailedCommit(ProtocolBug bug) {
        ObjectStore store = new ObjectStore(new StoreConfig(Mode.STRONG, 2, Versioning.ENABLED, 1L, 1).withBug(bug));
        store.put(0, KEY, bytes("v1"));
        store.faults().failNextCommits(KEY, 1);
        S3Exception e = assertThrows(S3Exception.class, () -> store.put(1, KEY, bytes("v2")));
        assertEquals(S3Error.INTERNAL_ERROR, e.error());
        return store.get(2, KEY).version().digest();
    }

    @Test
    void theDefaultIsTheRealProtocol() {
        assertEquals(ProtocolBug.NONE, StoreConfig.defaults().bug());
        assertEquals(ProtocolBug.NONE, new StoreConfig(Mode.STRONG, 2, Versioning.ENABLED, 1L, 1).bug());
    }

    /**
     * The seq a GET through the home node returns after the schedule above; the witness fault is a partition
     * around the write ({@code partition}) or a replacement after it.
     */
    private static long readAfter(ProtocolBug bug, boolean partition) {
        ObjectStore store = new ObjectStore(new StoreConfig(Mode.STRONG, 2, Versioning.ENABLED, 1L, 1).withBug(bug));
        int home = store.metadata().router().home(KEY);
        store.put(0, KEY, bytes("v1"));
        store.faults().impairNode(home);
        if (partition) {
            store.faults().witnessUnreachable();
        }
        store.put(1, KEY, bytes("v2"));
        if (partition) {
            store.faults().witnessReachable();
        } else {
            store.faults().replaceWitness();
        }
        store.faults().restoreNode(home);
        return store.head(2, KEY).seq();
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
