package io.s3witness.tracevalidation;

import io.s3witness.store.Faults;
import io.s3witness.store.ListRequest;
import io.s3witness.store.Mode;
import io.s3witness.store.ObjectStore;
import io.s3witness.store.S3Exception;
import io.s3witness.store.StoreConfig;
import io.s3witness.store.Versioning;
import io.s3witness.store.metadata.VersionIds;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CountDownLatch;

/**
 * One seeded concurrent run of the real store with its spec trace written as JSON Lines: every key is first PUT
 * by client 0 (so that every LIST observes every key, as the spec's LIST does), then {@code clients} threads do
 * {@code opsPerClient} random operations each (PUT, DELETE, DELETE-version, GET, GET-version, HEAD, LIST) while a
 * fault thread injects {@code faults} events: impair / restore a home node (one at a time, as the spec's
 * environment does), witness crash / restart / replace / unreachable / reachable, a failed commit. The seed fixes
 * every choice; the interleaving is the scheduler's, which is why the trace, not a replay, is what gets checked.
 *
 * @param seed         fixes the operations and faults
 * @param mode         strong or eventual
 * @param versioning   the bucket's state (fixed during the run)
 * @param clients      threads
 * @param opsPerClient operations per thread
 * @param faults       fault events
 * @param versioningChanges whether the fault thread also switches the bucket's versioning (enabled ↔ suspended)
 */
record RandomRun(long seed, Mode mode, Versioning versioning, int clients, int opsPerClient, int faults,
                 boolean versioningChanges) {
    static final List<String> KEYS = List.of("k0", "k1");

    /** Runs it and writes the trace to {@code file}. */
    Path record(Path file) throws Exception {
        return TracedStore.record(file, new StoreConfig(mode, 3, versioning, seed), store -> {
            for (String k : KEYS) {
                store.put(0, k, ("init-" + k).getBytes(StandardCharsets.UTF_8));
            }
            CountDownLatch go = new CountDownLatch(1);
            List<Thread> threads = new ArrayList<>();
            for (int c = 1; c <= clients; c++) {
                int client = c;
                Random random = new Random(seed * 1_000 + c);
                threads.add(new Thread(() -> clientOps(store, client, random, go), "client-" + c));
            }
            Random faultRandom = new Random(seed * 1_000);
            threads.add(new Thread(() -> faultEvents(store, faultRandom, go), "faults"));
            for (Thread t : threads) {
                t.start();
            }
            go.countDown();
            for (Thread t : threads) {
                t.join();
            }
        });
    }

    private void clientOps(ObjectStore store, int client, Random random, CountDownLatch go) {
        await(go);
        for (int i = 0; i < opsPerClient; i++) {
            String key = KEYS.get(random.nextInt(KEYS.size()));
            String vid = random.nextInt(4) == 0 ? VersionIds.NULL : VersionIds.forSeq(1 + random.nextInt(4));
            try {
                int pick = random.nextInt(20);
                if (pick < 6) {
                    store.put(client, key, ("s" + seed + "-c" + client + "-" + i).getBytes(StandardCharsets.UTF_8));
                } else if (pick < 8) {
                    store.delete(client, key);
                } else if (pick < 10) {
                    store.deleteVersion(client, key, vid);
                } else if (pick < 14) {
                    store.get(client, key);
                } else if (pick < 16) {
                    store.getVersion(client, key, vid);
                } else if (pick < 17) {
                    store.head(client, key);
                } else {
                    store.list(client, ListRequest.of(""));
                }
            } catch (S3Exception answered) {
                // 404, MethodNotAllowed on a marker, a failed commit: all still traced steps
            }
            spin(random);
        }
    }

    private void faultEvents(ObjectStore store, Random random, CountDownLatch go) {
        await(go);
        Faults f = store.faults();
        List<Integer> homes = KEYS.stream().map(k -> store.metadata().router().home(k)).distinct().toList();
        int impaired = -1;
        for (int i = 0; i < faults; i++) {
            spin(random);
            if (versioningChanges && random.nextInt(4) == 0) {
                boolean enabled = store.getVersioning() == Versioning.ENABLED;
                store.setVersioning(enabled ? Versioning.SUSPENDED : Versioning.ENABLED);
                continue;
            }
            switch (random.nextInt(7)) {
                case 0 -> {
                    if (impaired < 0) {
                        impaired = homes.get(random.nextInt(homes.size()));
                        f.impairNode(impaired);
                    } else {
                        f.restoreNode(impaired);
                        impaired = -1;
                    }
                }
                case 1 -> f.crashWitness();
                case 2 -> f.restartWitness();
                case 3 -> f.replaceWitness();
                case 4 -> f.witnessUnreachable();
                case 5 -> f.witnessReachable();
                default -> f.failNextCommits(KEYS.get(random.nextInt(KEYS.size())), 1);
            }
        }
    }

    /** A seeded pause, so threads drift against each other differently per seed. */
    private static void spin(Random random) {
        int n = random.nextInt(2_000);
        for (int i = 0; i < n; i++) {
            Thread.onSpinWait();
        }
        if (random.nextBoolean()) {
            Thread.yield();
        }
    }

    private static void await(CountDownLatch go) {
        try {
            go.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
