package io.s3witness.recorder;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Runs the workload: one thread per client, each issuing its share of operations one after another
 * and recording each as an invoke line and a completion line ({@code ok}, {@code fail} or
 * {@code info}).
 *
 * <p>After an {@code info} the client continues under a fresh process id (client + clients ×
 * generation), as Jepsen does: the unknown operation stays open for ever, and a process never has
 * two operations open at once.
 */
public final class Recorder {
    private final RecorderConfig config;
    private final StoreClient store;
    private final HistoryWriter history;
    private final FaultSchedule faults;
    private final KnownVersions known = new KnownVersions();
    private final Object scheduleLock = new Object();
    private final long start = System.nanoTime();
    private long started;
    private final AtomicLong ok = new AtomicLong();
    private final AtomicLong failed = new AtomicLong();
    private final AtomicLong unknown = new AtomicLong();

    /** Counts of a finished run. */
    public record Summary(long ok, long fail, long info, Duration elapsed) {
        public long operations() {
            return ok + fail + info;
        }
    }

    public Recorder(RecorderConfig config, StoreClient store, HistoryWriter history, FaultSchedule faults) {
        this.config = config;
        this.store = store;
        this.history = history;
        this.faults = faults;
    }

    /** Writes the meta line, runs every client to the end of its quota, and reports progress to {@code progress}. */
    public Summary run(PrintStream progress, Duration progressEvery) throws InterruptedException {
        history.meta(config.versioning());
        List<Thread> threads = new ArrayList<>();
        List<Throwable> crashed = new ArrayList<>();
        Thread reporter = new Thread(() -> report(progress, progressEvery), "recorder-progress");
        reporter.setDaemon(true);
        reporter.start();
        try {
            for (int c = 0; c < config.clients(); c++) {
                int client = c;
                Thread t = new Thread(() -> runClient(client), "recorder-client-" + c);
                t.setUncaughtExceptionHandler((th, e) -> {
                    synchronized (crashed) {
                        crashed.add(e);
                    }
                });
                threads.add(t);
                t.start();
            }
            for (Thread t : threads) {
                t.join();
            }
        } finally {
            reporter.interrupt();
            faults.finished();
        }
        if (!crashed.isEmpty()) {
            Throwable first = crashed.get(0);
            throw new IllegalStateException("a client stopped: " + first.getMessage(), first);
        }
        Summary s = summary();
        progress.printf("recorded %d operations in %.1f s: %d ok, %d fail, %d info%n", s.operations(),
                s.elapsed().toMillis() / 1000.0, s.ok(), s.fail(), s.info());
        return s;
    }

    public Summary summary() {
        return new Summary(ok.get(), failed.get(), unknown.get(), Duration.ofNanos(System.nanoTime() - start));
    }

    private void report(PrintStream out, Duration every) {
        try {
            while (true) {
                Thread.sleep(every.toMillis());
                Summary s = summary();
                double secs = Math.max(s.elapsed().toMillis(), 1) / 1000.0;
                out.printf("  %d/%d operations (%d ok, %d fail, %d info), %.0f ops/s%n", s.operations(),
                        config.ops(), s.ok(), s.fail(), s.info(), s.operations() / secs);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void runClient(int client) {
        // One stream per client, split off the run's seed, so a client's choices do not depend on timing.
        SplittableRandom random = new SplittableRandom(config.seed() * 0x9E3779B97F4A7C15L + client);
        int process = client;
        int generation = 0;
        for (int n = 0; n < config.quota(client); n++) {
            OpKind kind = config.mix().choose(random);
            String key = config.key(random.nextInt(config.keys()));
            if (!issue(process, client, n, kind, key, random)) {
                generation++;
                process = client + config.clients() * generation;
            }
        }
    }

    /** Issues one operation and records it; returns false when its outcome is unknown. */
    private boolean issue(int process, int client, int n, OpKind kind, String key, SplittableRandom random) {
        // A version to read or delete comes from those seen so far; without one, fall back to the plain op.
        String version = null;
        if (kind == OpKind.GET_VERSION) {
            version = known.anyObjectVersion(key, random);
            kind = version == null ? OpKind.GET : kind;
        } else if (kind == OpKind.DELETE_VERSION) {
            version = known.anyVersion(key, random);
            kind = version == null ? OpKind.DELETE : kind;
        }
        byte[] content = kind == OpKind.PUT ? content(client, n, random) : null;
        String digest = content == null ? null : S3StoreClient.digest(content);
        String opKey = kind == OpKind.LIST ? null : key;

        // One lock over the schedule call and the invoke line: operation n is the n-th invoke in the history.
        synchronized (scheduleLock) {
            faults.beforeOperation(++started, Duration.ofNanos(System.nanoTime() - start));
            history.invoke(process, kind, opKey, invokeValue(kind, digest, version));
        }
        try {
            JsonNode result = execute(kind, key, content, digest, version);
            history.ok(process, kind, opKey, result);
            ok.incrementAndGet();
            return true;
        } catch (StoreException e) {
            if (e.definite()) {
                history.fail(process, kind, opKey, e.getMessage());
                failed.incrementAndGet();
                return true;
            }
            history.info(process, kind, opKey, e.getMessage());
            unknown.incrementAndGet();
            return false;
        }
    }

    /** Unique content: the run's prefix, the client and its operation number name the PUT; the rest pads. */
    private byte[] content(int client, int n, SplittableRandom random) {
        StringBuilder sb = new StringBuilder(config.keyPrefix()).append(" client ").append(client)
                .append(" put ").append(n).append(' ');
        while (sb.length() < config.valueSize()) {
            sb.append((char) ('a' + random.nextInt(26)));
        }
        return sb.toString().getBytes(StandardCharsets.UTF_8);
    }

    private JsonNode invokeValue(OpKind kind, String digest, String version) {
        switch (kind) {
            case PUT: {
                ObjectNode v = HistoryWriter.object();
                v.put("digest", digest);
                return v;
            }
            case GET_VERSION:
            case DELETE_VERSION: {
                ObjectNode v = HistoryWriter.object();
                v.put("version", version);
                return v;
            }
            case LIST: {
                ObjectNode v = HistoryWriter.object();
                v.put("prefix", config.keyPrefix());
                return v;
            }
            default:
                return null;
        }
    }

    private JsonNode execute(OpKind kind, String key, byte[] content, String digest, String version)
            throws StoreException {
        switch (kind) {
            case PUT: {
                String v = store.put(key, content);
                known.object(key, digest, v);
                return state(new StoreClient.ObjectState(digest, v));
            }
            case GET:
                return state(store.get(key));
            case HEAD:
                return state(store.head(key));
            case GET_VERSION:
                return state(store.getVersion(key, version));
            case DELETE: {
                StoreClient.DeleteResult r = store.delete(key);
                if (!config.versioning().hasVersions()) {
                    return null;
                }
                known.marker(key, r.version());
                ObjectNode v = HistoryWriter.object();
                v.put("version", r.version());
                v.put("delete-marker", r.deleteMarker());
                return v;
            }
            case DELETE_VERSION: {
                ObjectNode v = HistoryWriter.object();
                v.put("version", store.deleteVersion(key, version));
                return v;
            }
            case LIST:
                return listValue(store.list(config.keyPrefix()));
            case LIST_VERSIONS:
                return versionsValue(key, store.listVersions(key));
            default:
                throw new AssertionError(kind);
        }
    }

    private static JsonNode state(StoreClient.ObjectState s) {
        if (s == null) {
            return null;
        }
        ObjectNode v = HistoryWriter.object();
        v.put("digest", s.digest());
        v.put("version", s.version());
        return v;
    }

    private JsonNode listValue(List<StoreClient.ListedKey> keys) {
        ObjectNode v = HistoryWriter.object();
        v.put("prefix", config.keyPrefix());
        ArrayNode arr = v.putArray("keys");
        for (StoreClient.ListedKey k : keys) {
            ObjectNode e = arr.addObject();
            e.put("key", k.key());
            e.put("version", k.version() != null ? k.version() : listedVersion(k.digest()));
            e.put("digest", k.digest());
        }
        return v;
    }

    /**
     * ListObjectsV2 reports no version ids. Unversioned, every version is "null"; versioned, the digest
     * names the PUT, whose version is known once that PUT's response has arrived (else null).
     */
    private String listedVersion(String digest) {
        return config.versioning() == Versioning.UNVERSIONED ? S3StoreClient.NULL_VERSION : known.versionOf(digest);
    }

    private JsonNode versionsValue(String key, List<StoreClient.VersionEntry> entries) {
        ObjectNode v = HistoryWriter.object();
        ArrayNode arr = v.putArray("versions");
        for (StoreClient.VersionEntry e : entries) {
            ObjectNode o = arr.addObject();
            o.put("version", e.version());
            o.put("digest", e.digest());
            o.put("delete-marker", e.deleteMarker());
            if (e.deleteMarker()) {
                known.marker(key, e.version());
            } else {
                known.object(key, e.digest(), e.version());
            }
        }
        return v;
    }
}
