package io.s3witness.store.metadata;

import io.s3witness.store.SpecTrace;
import io.s3witness.store.Versioning;
import org.junit.jupiter.api.Test;

import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The witness's own table: many keys in one stripe, growth, raises only, forgetting. */
class WitnessTest {
    private final PersistenceTier log = new PersistenceTier(Versioning.ENABLED, new Random(1), SpecTrace.NONE);

    @Test
    void keepsEveryKeysHighWaterAcrossGrowth() {
        Witness w = new Witness(log, 1, SpecTrace.NONE);
        for (int i = 0; i < 300; i++) {
            String key = "key-" + i;
            for (int j = 0; j <= i % 3; j++) {
                log.commitToLog(0, key, WriteIntent.put("d" + j, 1));
            }
            w.notifyWitness(0, key, 1);
        }
        for (int i = 0; i < 300; i++) {
            String key = "key-" + i;
            assertEquals(1 + i % 3, w.highWater(key), key + ": an Unknown key syncs from the log");
            CacheEntry current = new CacheEntry(1 + i % 3, VersionStack.EMPTY);
            assertTrue(w.vouchesFor(key, current), key);
            assertFalse(w.vouchesFor(key, new CacheEntry(i % 3, VersionStack.EMPTY)), key);
        }
        assertEquals(-1, w.highWater("never-seen"));
    }

    @Test
    void aNotifyOnlyRaisesAndAFaultForgetsEverything() {
        Witness w = new Witness(log, 4, SpecTrace.NONE);
        log.commitToLog(0, "k", WriteIntent.put("a", 1));
        log.commitToLog(0, "k", WriteIntent.put("b", 1));
        w.witnessSyncFromLog("k");
        w.notifyWitness(0, "k", 1);
        assertEquals(2, w.highWater("k"));
        assertTrue(w.witnessReplace());
        assertEquals(-1, w.highWater("k"));
        assertFalse(w.vouchesFor("k", new CacheEntry(2, VersionStack.EMPTY)));
    }
}
