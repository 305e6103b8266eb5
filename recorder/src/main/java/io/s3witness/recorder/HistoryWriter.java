package io.s3witness.recorder;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes a history in the JSON Lines format of DESIGN.md §3, one event a line, flushed as written so
 * that a crash of the recorder loses nothing already recorded.
 *
 * <p>Each event's {@code time} is read from the monotonic clock while the writer's lock is held. So
 * an invoke is stamped before its request is sent and a completion after its response arrived: the
 * recorded interval contains the real one (sound for checking), and the file is in time order.
 */
public final class HistoryWriter implements AutoCloseable {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Writer out;
    private final NanoClock clock;
    private final long origin;
    private long index;

    /** A monotonic nanosecond clock; tests substitute their own. */
    @FunctionalInterface
    public interface NanoClock {
        long nanoTime();
    }

    public HistoryWriter(Writer out, NanoClock clock) {
        this.out = out;
        this.clock = clock;
        this.origin = clock.nanoTime();
    }

    /** Creates (or truncates) the file. */
    public static HistoryWriter create(Path file) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
        return new HistoryWriter(w, System::nanoTime);
    }

    public static ObjectNode object() {
        return JSON.createObjectNode();
    }

    public synchronized void meta(Versioning versioning) {
        ObjectNode line = object();
        line.put("type", "meta");
        line.put("model", "s3");
        line.put("versioning", versioning.metaName());
        write(line);
    }

    public synchronized void invoke(int process, OpKind f, String key, JsonNode value) {
        write(event(process, "invoke", f, key, value));
    }

    public synchronized void ok(int process, OpKind f, String key, JsonNode value) {
        write(event(process, "ok", f, key, value));
    }

    /** The operation certainly did not take effect. */
    public synchronized void fail(int process, OpKind f, String key, String error) {
        ObjectNode line = event(process, "fail", f, key, null);
        line.put("error", error);
        write(line);
    }

    /** The operation may or may not have taken effect, at any time after its invocation. */
    public synchronized void info(int process, OpKind f, String key, String error) {
        ObjectNode line = event(process, "info", f, key, null);
        line.put("error", error);
        write(line);
    }

    private ObjectNode event(int process, String type, OpKind f, String key, JsonNode value) {
        ObjectNode line = object();
        line.put("process", process);
        line.put("type", type);
        line.put("f", f.f());
        if (key == null) {
            line.putNull("key");
        } else {
            line.put("key", key);
        }
        line.set("value", value == null ? JSON.nullNode() : value);
        line.put("time", clock.nanoTime() - origin);
        line.put("index", index++);
        return line;
    }

    private void write(ObjectNode line) {
        try {
            out.write(JSON.writeValueAsString(line));
            out.write('\n');
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the history: " + e.getMessage(), e);
        }
    }

    @Override
    public synchronized void close() throws IOException {
        out.close();
    }
}
