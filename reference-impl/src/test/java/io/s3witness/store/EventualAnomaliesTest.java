package io.s3witness.store;

import io.s3witness.checker.CheckResult;
import io.s3witness.checker.HistoryChecker;
import io.s3witness.checker.Verdict;
import io.s3witness.store.history.JsonLinesRecorder;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.nio.charset.StandardCharsets;
import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The four anomalies of DESIGN §1, each as a fixed script of requests and node impairments: an eventual store shows
 * it and history-checker says not linearizable; the same script on a strong store answers correctly and is
 * linearizable.
 */
class EventualAnomaliesTest {
    private static final String KEY = "photos/cat";

    enum Anomaly { STALE_READ_AFTER_OVERWRITE, LIST_AFTER_PUT_MISS, READ_AFTER_DELETE, FLICKER }

    @ParameterizedTest
    @EnumSource(Anomaly.class)
    void eventualShowsItAndTheCheckerCatchesIt(Anomaly anomaly) {
        Script s = new Script(Mode.EVENTUAL);
        s.run(anomaly);
        assertTrue(s.sawAnomaly, anomaly + ": the eventual store answered correctly");
        assertEquals(Verdict.NOT_LINEARIZABLE, s.check().verdict(), s.history::toString);
    }

    @ParameterizedTest
    @EnumSource(Anomaly.class)
    void strongNeverShowsIt(Anomaly anomaly) {
        Script s = new Script(Mode.STRONG);
        s.run(anomaly);
        assertTrue(!s.sawAnomaly, anomaly + ": the strong store showed it");
        CheckResult r = s.check();
        assertEquals(Verdict.LINEARIZABLE, r.verdict(), r::summary);
    }

    /** Drives one store; requests go through the key's home node, or its backup while the home is impaired. */
    private static final class Script {
        final StringBuilder history = new StringBuilder();
        final ObjectStore store;
        final int home;
        boolean sawAnomaly;

        Script(Mode mode) {
            store = new ObjectStore(StoreConfig.defaults().withMode(mode), new JsonLinesRecorder(history,
                Versioning.ENABLED));
            home = store.metadata().router().home(KEY);
            store.faults().impairNode(home);
            int backup = store.metadata().router().route(KEY).id();
            store.faults().restoreNode(home);
            assertEquals((home + 1) % store.faults().cacheNodes(), backup, "the backup is the next node on the ring");
        }

        void run(Anomaly anomaly) {
            switch (anomaly) {
                case STALE_READ_AFTER_OVERWRITE -> {
                    ObjectVersion v1 = put(0, "v1");
                    store.faults().impairNode(home);
                    ObjectVersion v2 = put(1, "v2");
                    store.faults().restoreNode(home);
                    sawAnomaly = store.get(2, KEY).version().versionId().equals(v1.versionId());
                    assertTrue(sawAnomaly || store.get(2, KEY).version().equals(v2));
                }
                case LIST_AFTER_PUT_MISS -> {
                    store.faults().impairNode(home);
                    put(1, "new");
                    store.faults().restoreNode(home);
                    sawAnomaly = store.list(2, ListRequest.of("photos/")).contents().isEmpty();
                }
                case READ_AFTER_DELETE -> {
                    put(0, "v1");
                    store.get(0, KEY);
                    store.faults().impairNode(home);
                    store.delete(1, KEY);
                    store.faults().restoreNode(home);
                    try {
                        store.get(0, KEY);
                        sawAnomaly = true;
                    } catch (S3Exception e) {
                        assertEquals(S3Error.NO_SUCH_KEY, e.error());
                    }
                }
                case FLICKER -> {
                    ObjectVersion v1 = put(2, "v1");
                    store.faults().impairNode(home);
                    ObjectVersion v2 = put(0, "v2");
                    String first = store.get(0, KEY).version().versionId();
                    store.faults().restoreNode(home);
                    String second = store.get(2, KEY).version().versionId();
                    store.faults().impairNode(home);
                    String third = store.get(0, KEY).version().versionId();
                    sawAnomaly = first.equals(v2.versionId()) && second.equals(v1.versionId())
                        && third.equals(v2.versionId());
                }
                default -> throw new IllegalArgumentException(anomaly.name());
            }
        }

        ObjectVersion put(int client, String content) {
            return store.put(client, KEY, (content + " of " + KEY).getBytes(StandardCharsets.UTF_8));
        }

        CheckResult check() {
            return HistoryChecker.checkJsonLines(history.toString(), "s3", Duration.ofSeconds(10));
        }
    }
}
