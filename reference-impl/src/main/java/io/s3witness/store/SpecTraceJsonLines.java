package io.s3witness.store;

import io.s3witness.store.history.Json;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.Map;
import java.util.TreeMap;

/**
 * A {@link SpecTrace} that writes JSON Lines for trace validation (specs/TraceCacheCoherence.tla, {@code ci/tlc
 * --trace}). Line 1 is a header saying what the spec's constants are; every other line is one step, in call order:
 *
 * <pre>
 * {"format":"s3-witness-spec-trace/1","mode":"strong","cacheNodes":3,"versioning":"enabled","home":{"k0":2,"k1":0}}
 * {"action":"InvokeWrite","client":0,"key":"k0","node":2,"seq":-1,"detail":"put","arg":"3f1a…"}
 * {"action":"CommitToLog","client":0,"key":"k0","node":-1,"seq":1,"detail":null,"arg":null}
 * </pre>
 *
 * Step fields are {@link SpecTrace#step}'s, always all seven (null / -1 where a step has none). Values stay in the
 * Java world (client and node numbers, content digests, version ids); the trace checker maps them to the spec's.
 * The header names each key's home node because the checker must not re-derive the store's routing.
 *
 * <p>Writing happens under this object's monitor, inside the store's critical sections (that is what makes the call
 * order a valid serialization), so the writer should be buffered. An I/O failure cannot be thrown from a step; it
 * is kept, later steps are dropped, and {@link #close()} throws it.
 */
public final class SpecTraceJsonLines implements SpecTrace, Closeable {
    public static final String FORMAT = "s3-witness-spec-trace/1";

    private final Writer out;
    private IOException failure;

    /**
     * Writes the header at once.
     *
     * @param out        where the lines go (closed by {@link #close()})
     * @param config     the store's configuration (mode, cache nodes, initial versioning)
     * @param homeOfKey  every key the run will touch and its home node ({@code Router#home})
     */
    public SpecTraceJsonLines(Writer out, StoreConfig config, Map<String, Integer> homeOfKey) throws IOException {
        this.out = out;
        StringBuilder sb = new StringBuilder(128);
        sb.append("{\"format\":").append(Json.str(FORMAT))
            .append(",\"mode\":").append(Json.str(config.mode().name().toLowerCase(java.util.Locale.ROOT)))
            .append(",\"cacheNodes\":").append(config.cacheNodes())
            .append(",\"versioning\":").append(Json.str(config.versioning().historyName()))
            .append(",\"home\":{");
        String sep = "";
        for (Map.Entry<String, Integer> e : new TreeMap<>(homeOfKey).entrySet()) {
            sb.append(sep).append(Json.str(e.getKey())).append(':').append(e.getValue());
            sep = ",";
        }
        out.write(sb.append("}}\n").toString());
    }

    /** The header's home map for a store: each key's home node as the store routes it. */
    public static Map<String, Integer> homes(ObjectStore store, Iterable<String> keys) {
        Map<String, Integer> home = new TreeMap<>();
        for (String k : keys) {
            home.put(k, store.metadata().router().home(k));
        }
        return home;
    }

    @Override
    public synchronized void step(String action, int client, String key, int node, long seq, String detail,
                                  String arg) {
        if (failure != null) {
            return;
        }
        String line = "{\"action\":" + Json.str(action) + ",\"client\":" + client + ",\"key\":" + Json.str(key)
            + ",\"node\":" + node + ",\"seq\":" + seq + ",\"detail\":" + Json.str(detail) + ",\"arg\":"
            + Json.str(arg) + "}\n";
        try {
            out.write(line);
        } catch (IOException e) {
            failure = e;
        }
    }

    /** Flushes and closes the writer; throws the first failure of any step. */
    @Override
    public synchronized void close() throws IOException {
        try {
            out.close();
        } catch (IOException e) {
            if (failure == null) {
                failure = e;
            }
        }
        if (failure != null) {
            throw failure;
        }
    }

    /** For callers that cannot throw: {@link #close()} with the failure unchecked. */
    public void closeUnchecked() {
        try {
            close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
