package io.s3witness.store;

import io.s3witness.store.history.HistoryRecorder;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The spec-step trace: the steps of each request in the spec's order, and a concurrent trace that replays. */
class SpecTraceTest {
    private static final String KEY = "k";

    @Test
    void aWriteAndReadsTakeTheSpecsSteps() {
        SpecTraceLog trace = new SpecTraceLog();
        ObjectStore store = new ObjectStore(StoreConfig.defaults(), HistoryRecorder.NONE, trace);
        int home = store.metadata().router().home(KEY);
        byte[] data = "v1".getBytes(StandardCharsets.UTF_8);
        store.put(0, KEY, data);
        store.get(1, KEY);
        store.faults().replaceWitness();
        store.get(1, KEY);
        store.faults().failNextCommits(KEY, 1);
        assertThrows(S3Exception.class, () -> store.delete(2, KEY));
        store.list(3, ListRequest.of(""));
        String d = ContentDigest.of(data);
        List<SpecStep> expected = List.of(
            new SpecStep("InvokeWrite", 0, KEY, home, -1, "put", d),
            new SpecStep("CommitToLog", 0, KEY, -1, 1, null, null),
            new SpecStep("NotifyWitness", 0, KEY, -1, 1, null, null),
            new SpecStep("WriteThroughCache", 0, KEY, home, 1, null, null),
            new SpecStep("ReturnWrite", 0, KEY, -1, 1, "ok", null),
            new SpecStep("InvokeRead", 1, KEY, home, -1, "get", null),
            new SpecStep("ReadCache", 1, KEY, home, 1, null, null),
            new SpecStep("CheckWitness", 1, KEY, home, 1, "current", null),
            new SpecStep("ReturnRead", 1, KEY, -1, 1, null, null),
            new SpecStep("WitnessReplace", -1, null, -1, -1, null, null),
            new SpecStep("InvokeRead", 1, KEY, home, -1, "get", null),
            new SpecStep("ReadCache", 1, KEY, home, 1, null, null),
            new SpecStep("CheckWitness", 1, KEY, home, 1, "stale", null),
            new SpecStep("ReloadFromLog", 1, KEY, home, 1, null, null),
            new SpecStep("RepairCache", 1, KEY, home, 1, null, null),
            new SpecStep("ReturnRead", 1, KEY, -1, 1, null, null),
            new SpecStep("InvokeWrite", 2, KEY, home, -1, "delete", null),
            new SpecStep("CommitFails", 2, KEY, -1, -1, null, null),
            new SpecStep("ReturnWrite", 2, KEY, -1, -1, "fail", null),
            new SpecStep("BeginList", 3, null, -1, -1, null, ""),
            new SpecStep("ListObserveKey", 3, KEY, home, 1, "present", null),
            new SpecStep("ReturnList", 3, null, -1, -1, null, null));
        assertEquals(expected, trace.steps());
    }

    /**
     * With the witness down a strong reload reads the log's tail inside the witness's critical section (so it cannot
     * come back up in between, which the spec's ReloadFromLog rules out too) and is traced as that one step.
     */
    @Test
    void aReloadWhileTheWitnessIsDownReadsTheTailAsOneStep() {
        SpecTraceLog trace = new SpecTraceLog();
        ObjectStore store = new ObjectStore(StoreConfig.defaults(), HistoryRecorder.NONE, trace);
        store.put(0, KEY, "v1".getBytes(StandardCharsets.UTF_8));
        store.put(0, KEY, "v2".getBytes(StandardCharsets.UTF_8));
        assertTrue(store.faults().crashWitness());
        var entry = store.metadata().witness().syncAndLoad(4, KEY, 1, "ReloadFromLog");
        assertEquals(2, entry.seq());
        assertEquals(new SpecStep("ReloadFromLog", 4, KEY, 1, 2, null, null),
            trace.steps().get(trace.steps().size() - 1));
        assertEquals(-1, store.metadata().witness().highWater(KEY), "a down witness learns nothing");
    }

    /**
     * Threads and faults, then the trace replayed against the log and witness rules: a commit takes the next seq; a
     * reload reads exactly what was committed so far; the witness learns only from notifies and syncs; a current
     * CheckWitness is for the hw. If a step were reported outside its critical section, some seed would break this.
     */
    @Test
    void aConcurrentTraceReplaysAgainstTheLogAndWitnessRules() throws InterruptedException {
        for (long seed = 1; seed <= 5; seed++) {
            SpecTraceLog trace = new SpecTraceLog();
            ObjectStore store = new ObjectStore(StoreConfig.defaults().withSeed(seed), HistoryRecorder.NONE, trace);
            List<Thread> threads = new ArrayList<>();
            for (int c = 0; c < 3; c++) {
                int client = c;
                Random random = new Random(seed * 31 + c);
                threads.add(new Thread(() -> {
                    for (int i = 0; i < 300; i++) {
                        String key = "k" + random.nextInt(2);
                        try {
                            switch (random.nextInt(4)) {
                                case 0 -> store.put(client, key, ("w" + client + "-" + i).getBytes(StandardCharsets.UTF_8));
                                case 1 -> store.delete(client, key);
                                case 2 -> store.list(client, ListRequest.of(""));
                                default -> store.get(client, key);
                            }
                        } catch (S3Exception answered) {
                            // a 404 or a failed commit: still steps in the trace
                        }
                    }
                }));
            }
            Random faults = new Random(seed);
            threads.add(new Thread(() -> {
                for (int i = 0; i < 200; i++) {
                    switch (faults.nextInt(6)) {
                        case 0 -> store.faults().crashWitness();
                        case 1 -> store.faults().restartWitness();
                        case 2 -> store.faults().replaceWitness();
                        case 3 -> store.faults().witnessUnreachable();
                        case 4 -> store.faults().witnessReachable();
                        default -> store.faults().failNextCommits("k" + faults.nextInt(2), 1);
                    }
                    Thread.yield();
                }
            }));
            for (Thread t : threads) {
                t.start();
            }
            for (Thread t : threads) {
                t.join();
            }
            replay(seed, trace.steps());
        }
    }

    private static void replay(long seed, List<SpecStep> steps) {
        Map<String, Long> committed = new HashMap<>();
        Map<String, Long> hw = new HashMap<>();
        boolean up = true;
        int checks = 0;
        for (int i = 0; i < steps.size(); i++) {
            SpecStep s = steps.get(i);
            String where = "seed " + seed + " step " + i + " " + s;
            long len = s.key() == null ? 0 : committed.getOrDefault(s.key(), 0L);
            switch (s.action()) {
                case "CommitToLog" -> {
                    assertEquals(len + 1, s.seq(), where);
                    committed.put(s.key(), s.seq());
                }
                case "NotifyWitness" -> {
                    if (up) {
                        Long known = hw.get(s.key());
                        hw.put(s.key(), known == null ? len : Math.max(known, s.seq()));
                    }
                }
                case "ReloadFromLog" -> {
                    assertEquals(len, s.seq(), where);
                    if (up) {
                        hw.put(s.key(), len);
                    }
                }
                case "ListObserveKey" -> {
                    if (hw.containsKey(s.key()) && up && hw.get(s.key()) == s.seq()) {
                        break;
                    }
                    assertEquals(len, s.seq(), where);
                    if (up) {
                        hw.put(s.key(), len);
                    }
                }
                case "CheckWitness" -> {
                    boolean current = up && hw.containsKey(s.key()) && hw.get(s.key()) == s.seq();
                    assertEquals(current ? "current" : "stale", s.detail(), where);
                    checks++;
                }
                case "WitnessCrash", "WitnessUnreachable" -> {
                    up = false;
                    hw.clear();
                }
                case "WitnessRestart", "WitnessReplace", "WitnessReachable" -> {
                    up = true;
                    hw.clear();
                }
                default -> {
                }
            }
        }
        assertTrue(checks > 0, "seed " + seed + ": no reads traced");
    }
}
