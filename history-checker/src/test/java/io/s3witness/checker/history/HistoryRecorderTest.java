package io.s3witness.checker.history;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.s3witness.checker.CheckOptions;
import io.s3witness.checker.CheckResult;
import io.s3witness.checker.HistoryChecker;
import io.s3witness.checker.Verdict;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Histories recorded from real threads check as the object they ran against deserves. */
class HistoryRecorderTest {
  /** A versioned single-key store, atomic by a lock. */
  private static final class AtomicStore {
    private final List<String[]> versions = new ArrayList<>(); // {version, digest}
    private int next;

    synchronized Map<String, Object> put(String digest) {
      String v = "v" + next++;
      versions.add(0, new String[] {v, digest});
      return Map.of("digest", digest, "version", v);
    }

    synchronized Map<String, Object> get() {
      return latest(versions);
    }
  }

  private static Map<String, Object> latest(List<String[]> versions) {
    if (versions.isEmpty()) {
      return null;
    }
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("digest", versions.get(0)[1]);
    m.put("version", versions.get(0)[0]);
    return m;
  }

  @Test
  void concurrentClientsOfAnAtomicStoreAreLinearizable() throws InterruptedException {
    HistoryRecorder recorder = new HistoryRecorder("s3", Versioning.ENABLED);
    AtomicStore store = new AtomicStore();
    List<Thread> threads = new ArrayList<>();
    // Two threads: at most two operations are ever pending, so the search stays small however the
    // scheduler stretches them (with four, a loaded machine made dozens of PUTs overlap, and the
    // orders of a versioned stack grow factorially, so the check ran out of states).
    for (int t = 0; t < 2; t++) {
      int process = t;
      threads.add(new Thread(() -> {
        Random random = new Random(process);
        for (int i = 0; i < 300; i++) {
          if (random.nextBoolean()) {
            String digest = "d" + process + "-" + i;
            HistoryRecorder.Invocation op = recorder.invoke(process, "put", "k",
                Map.of("digest", digest));
            op.ok(store.put(digest));
          } else {
            HistoryRecorder.Invocation op = recorder.invoke(process, "get", "k", null);
            op.ok(store.get());
          }
        }
      }));
    }
    threads.forEach(Thread::start);
    for (Thread t : threads) {
      t.join();
    }
    History h = recorder.history();
    assertEquals(1200, h.events().size());
    CheckResult r = HistoryChecker.check(h, CheckOptions.of("auto", Duration.ofSeconds(60)));
    assertEquals(Verdict.LINEARIZABLE, r.verdict(), r.summary());
    // The JSON Lines text reads back to the same history.
    assertEquals(h.events(), HistoryReader.parse(recorder.jsonLines(), "r.jsonl", null).events());
  }

  @Test
  void aStaleReadIsCaught() {
    HistoryRecorder recorder = new HistoryRecorder("s3", Versioning.ENABLED);
    recorder.invoke(0, "put", "k", Map.of("digest", "d1"))
        .ok(Map.of("digest", "d1", "version", "v1"));
    recorder.invoke(0, "put", "k", Map.of("digest", "d2"))
        .ok(Map.of("digest", "d2", "version", "v2"));
    recorder.invoke(1, "get", "k", null).ok(Map.of("digest", "d1", "version", "v1"));
    CheckResult r = HistoryChecker.checkJsonLines(recorder.jsonLines(), "s3",
        Duration.ofSeconds(5));
    assertEquals(Verdict.NOT_LINEARIZABLE, r.verdict());
  }

  @Test
  void completingTwiceIsRefused() {
    HistoryRecorder recorder = new HistoryRecorder(null, null);
    HistoryRecorder.Invocation op = recorder.invoke(0, "read", null, null);
    op.ok(1L);
    assertEquals("read of process 0 completed twice",
        assertThrows(IllegalStateException.class, () -> op.info("late")).getMessage());
  }
}
