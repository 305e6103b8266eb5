package io.s3witness.store;

import io.s3witness.store.history.JsonLinesRecorder;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CountDownLatch;

/**
 * N client threads issuing random requests on a few keys while a fault thread fires faults, every operation recorded
 * as a JSON Lines history. All randomness comes from the seed (one java.util.Random per thread); the interleaving is
 * the JVM's, so a seed fixes the requests and the faults, not the outcome.
 */
final class ConcurrentWorkload {
    /** Which faults the fault thread may fire. */
    enum FaultMix {
        /** Everything, witness faults included: for strong stores, which must stay linearizable. */
        ALL,
        /** Node impairment only, and often: what makes an eventual store's anomalies show. */
        IMPAIRMENT
    }

    private static final String[] KEYS = {"k/0", "k/1", "k/2"};

    private final StoreConfig config;
    private final int clients;
    private final int opsPerClient;
    private final FaultMix faults;

    ConcurrentWorkload(StoreConfig config, int clients, int opsPerClient, FaultMix faults) {
        this.config = config;
        this.clients = clients;
        this.opsPerClient = opsPerClient;
        this.faults = faults;
    }

    /** Runs it once and returns the recorded history. */
    String run() throws InterruptedException {
        StringBuilder history = new StringBuilder();
        ObjectStore store = new ObjectStore(config, new JsonLinesRecorder(history, config.versioning()));
        List<Thread> threads = new ArrayList<>();
        boolean[] stop = new boolean[1];
        // Every thread waits at the gate so that requests overlap instead of running one thread after another.
        CountDownLatch gate = new CountDownLatch(1);
        for (int c = 0; c < clients; c++) {
            int client = c;
            Random random = new Random(config.seed() * 1_000_003L + c);
            threads.add(new Thread(() -> {
                awaitQuietly(gate);
                for (int i = 0; i < opsPerClient; i++) {
                    request(store, client, i, random);
                }
            }, "client-" + c));
        }
        Random faultRandom = new Random(config.seed() * 1_000_003L - 1);
        Thread faultThread = new Thread(() -> {
            awaitQuietly(gate);
            for (int i = 0; i < 200 && !stopped(stop); i++) {
                fault(store.faults(), faultRandom);
                Thread.yield();
            }
        }, "faults");
        faultThread.start();
        for (Thread t : threads) {
            t.start();
        }
        gate.countDown();
        for (Thread t : threads) {
            t.join();
        }
        synchronized (stop) {
            stop[0] = true;
        }
        faultThread.join();
        return history.toString();
    }

    private static void awaitQuietly(CountDownLatch gate) {
        try {
            gate.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static boolean stopped(boolean[] stop) {
        synchronized (stop) {
            return stop[0];
        }
    }

    private void request(ObjectStore store, int client, int i, Random random) {
        String key = KEYS[random.nextInt(KEYS.length)];
        try {
            switch (random.nextInt(10)) {
                case 0, 1, 2 -> store.put(client, key,
                    ("client " + client + " write " + i + " seed " + config.seed()).getBytes(StandardCharsets.UTF_8));
                case 3, 4 -> store.get(client, key);
                case 5 -> store.head(client, key);
                case 6 -> store.getVersion(client, key, ContentDigest.hex16(1 + random.nextInt(8)));
                case 7 -> store.delete(client, key);
                case 8 -> store.list(client, ListRequest.of("k/"));
                default -> {
                    if (random.nextBoolean()) {
                        store.listVersions(client, key);
                    } else {
                        store.deleteVersion(client, key, ContentDigest.hex16(1 + random.nextInt(8)));
                    }
                }
            }
        } catch (S3Exception expected) {
            // 404s, delete markers fetched by id and failed commits are answers; the history has them.
        }
    }

    private void fault(Faults f, Random random) {
        int node = random.nextInt(f.cacheNodes());
        if (faults == FaultMix.IMPAIRMENT) {
            if (random.nextBoolean()) {
                f.impairNode(node);
            } else {
                f.restoreNode(node);
            }
            return;
        }
        switch (random.nextInt(10)) {
            case 0, 1 -> f.impairNode(node);
            case 2, 3 -> f.restoreNode(node);
            case 4 -> f.crashWitness();
            case 5 -> f.restartWitness();
            case 6 -> f.replaceWitness();
            case 7 -> f.witnessUnreachable();
            case 8 -> f.witnessReachable();
            default -> f.failNextCommits(KEYS[random.nextInt(KEYS.length)], 1);
        }
    }
}
