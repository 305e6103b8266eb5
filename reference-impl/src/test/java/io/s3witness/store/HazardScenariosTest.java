package io.s3witness.store;

import io.s3witness.store.metadata.CacheEntry;
import io.s3witness.store.metadata.CacheNode;
import io.s3witness.store.metadata.Commit;
import io.s3witness.store.metadata.MetadataSubsystem;
import io.s3witness.store.metadata.WriteIntent;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * DESIGN §1's hazards on a strong store, driven one protocol step at a time through the components, so each
 * interleaving that matters happens for certain rather than by chance.
 */
class HazardScenariosTest {
    private static final String KEY = "k";

    private final ObjectStore store = new ObjectStore(StoreConfig.defaults());
    private final MetadataSubsystem m = store.metadata();

    @Test
    void aFailedCommitTouchesNeitherCacheNorWitness() {
        put(0, "v1");
        long hw = m.witness().highWater(KEY);
        CacheEntry cached = home().readCache(9, KEY);
        store.faults().failNextCommits(KEY, 1);
        S3Exception e = assertThrows(S3Exception.class, () -> put(0, "uncommitted"));
        assertEquals(S3Error.INTERNAL_ERROR, e.error());
        assertEquals(hw, m.witness().highWater(KEY));
        assertEquals(cached, home().readCache(9, KEY));
        assertEquals(1, m.log().length(KEY));
        assertEquals(ContentDigest.of(bytes("v1")), store.get(0, KEY).version().digest());
    }

    @Test
    void aSlowReadersRepairNeverRollsANodeBack() {
        put(0, "v1");
        CacheEntry loadedAtSeq1 = m.reads().reloadFromLog(9, KEY, home());
        ObjectVersion v2 = put(0, "v2");
        home().repairCache(9, KEY, loadedAtSeq1);
        assertEquals(2, home().readCache(9, KEY).seq());
        assertEquals(v2, store.get(1, KEY).version());
    }

    @Test
    void aStaleEntryInANodeIsNeverServed() {
        put(0, "v1");
        CacheNode other = m.router().node((m.router().home(KEY) + 1) % m.router().size());
        other.repairCache(9, KEY, m.reads().reloadFromLog(9, KEY, home()));
        ObjectVersion v2 = put(0, "v2");
        assertFalse(m.reads().checkWitness(9, KEY, other, other.readCache(9, KEY)));
        store.faults().impairNode(m.router().home(KEY));
        for (int client = 0; client < 4; client++) {
            assertEquals(v2, store.get(client, KEY).version(), "client " + client);
        }
    }

    @Test
    void aNewWitnessLearnsFromTheLogNotFromALateNotification() {
        put(0, "v1");
        Commit c2 = m.log().commitToLog(9, KEY, WriteIntent.put(ContentDigest.of(bytes("v2")), 2));
        Commit c3 = m.log().commitToLog(9, KEY, WriteIntent.put(ContentDigest.of(bytes("v3")), 2));
        store.faults().replaceWitness();
        m.witness().notifyWitness(9, KEY, c2.seq());
        assertEquals(c3.seq(), m.witness().highWater(KEY), "an Unknown key must be synced from the log");
        m.witness().notifyWitness(9, KEY, c3.seq());
        assertEquals(c3.seq(), m.witness().highWater(KEY));
    }

    @Test
    void witnessCrashAndRestartMidWriteKeepReadsCurrent() {
        put(0, "v1");
        store.faults().crashWitness();
        ObjectVersion v2 = put(1, "v2");
        assertEquals(v2, store.get(2, KEY).version(), "witness down: read the log");
        store.faults().restartWitness();
        assertEquals(-1, m.witness().highWater(KEY));
        assertFalse(m.reads().checkWitness(9, KEY, home(), home().readCache(9, KEY)), "an empty witness vouches for nothing");
        assertEquals(v2, store.get(2, KEY).version());
        assertEquals(2, m.witness().highWater(KEY));
    }

    @Test
    void aWitnessBackFromUnreachableForgets() {
        put(0, "v1");
        store.faults().witnessUnreachable();
        store.faults().impairNode(m.router().home(KEY));
        ObjectVersion v2 = put(1, "v2");
        store.faults().restoreNode(m.router().home(KEY));
        store.faults().witnessReachable();
        assertEquals(-1, m.witness().highWater(KEY));
        assertEquals(1, home().readCache(9, KEY).seq(), "the home node still holds v1");
        assertEquals(v2, store.get(0, KEY).version());
    }

    @Test
    void deletingTheCurrentVersionExposesThePreviousOne() {
        ObjectVersion v1 = put(0, "v1");
        ObjectVersion v2 = put(0, "v2");
        store.deleteVersion(0, KEY, v2.versionId());
        assertEquals(v1, store.get(1, KEY).version());
        DeleteResult marker = store.delete(0, KEY);
        assertTrue(marker.deleteMarker());
        assertEquals(S3Error.NO_SUCH_KEY, assertThrows(S3Exception.class, () -> store.get(0, KEY)).error());
        assertEquals(S3Error.METHOD_NOT_ALLOWED,
            assertThrows(S3Exception.class, () -> store.getVersion(0, KEY, marker.versionId())).error());
        store.deleteVersion(0, KEY, marker.versionId());
        assertEquals(v1, store.get(2, KEY).version());
    }

    @Test
    void anUncommittedKeyIsAbsentEverywhere() {
        store.faults().failNextCommits("fresh", 1);
        assertThrows(S3Exception.class, () -> store.put(0, "fresh", bytes("x")));
        assertTrue(store.list(0, ListRequest.of("")).contents().isEmpty());
        for (int n = 0; n < m.router().size(); n++) {
            assertNull(m.router().node(n).readCache(9, "fresh"));
        }
    }

    @Test
    void aVersioningChangeFirstPublishesEveryCommittedWrite() {
        put(0, "v1");
        store.get(0, KEY);
        Commit inFlight = m.log().commitToLog(9, KEY, WriteIntent.put(ContentDigest.of(bytes("v2")), 2));
        assertEquals(1, m.witness().highWater(KEY), "committed, not yet notified");
        store.setVersioning(Versioning.SUSPENDED);
        assertEquals(inFlight.seq(), m.witness().highWater(KEY));
        assertEquals(inFlight.mutation().versionId(), store.head(1, KEY).versionId());
    }

    @Test
    void witnessFaultsOnlyApplyFromTheStateTheSpecAllows() {
        assertFalse(store.faults().restartWitness(), "restart needs a crashed witness");
        assertFalse(store.faults().witnessReachable(), "reachable needs a cut-off witness");
        assertTrue(store.faults().witnessUnreachable());
        assertFalse(store.faults().replaceWitness(), "replace needs a running witness");
        assertTrue(store.faults().crashWitness());
        assertFalse(store.faults().crashWitness());
        long epoch = m.witness().epoch();
        assertTrue(store.faults().restartWitness());
        assertEquals(epoch + 1, m.witness().epoch());
    }

    private CacheNode home() {
        return m.router().node(m.router().home(KEY));
    }

    private ObjectVersion put(int client, String content) {
        return store.put(client, KEY, bytes(content));
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
