package io.s3witness.store.history;

import io.s3witness.store.Versioning;

import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * Writes a history in the JSON Lines format of DESIGN §3: a meta line, then one line per event. Each event's time is
 * System.nanoTime() read under the same monitor that writes the line, so times never decrease down the file.
 */
public final class JsonLinesRecorder implements HistoryRecorder {
    private final Appendable out;
    private long index;

    /** Starts the history with its meta line. */
    public JsonLinesRecorder(Appendable out, Versioning versioning) {
        this.out = out;
        line("{\"type\": \"meta\", \"model\": \"s3\", \"versioning\": " + Json.str(versioning.historyName()) + "}");
    }

    @Override
    public Op invoke(int process, String f, String key, String valueJson) {
        event(process, "invoke", f, key, valueJson, null);
        return new Completion(process, f, key);
    }

    private synchronized void event(int process, String type, String f, String key, String valueJson,
                                    String error) {
        StringBuilder sb = new StringBuilder(128);
        sb.append("{\"process\": ").append(process)
            .append(", \"type\": ").append(Json.str(type))
            .append(", \"f\": ").append(Json.str(f))
            .append(", \"key\": ").append(Json.str(key))
            .append(", \"value\": ").append(valueJson == null ? "null" : valueJson);
        if (error != null) {
            sb.append(", \"error\": ").append(Json.str(error));
        }
        sb.append(", \"time\": ").append(System.nanoTime())
            .append(", \"index\": ").append(index++)
            .append('}');
        line(sb.toString());
    }

    private synchronized void line(String s) {
        try {
            out.append(s).append('\n');
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the history", e);
        }
    }

    /** Completes one operation exactly once; later completions are ignored. */
    private final class Completion implements Op {
        private final int process;
        private final String f;
        private final String key;
        private boolean done;

        Completion(int process, String f, String key) {
            this.process = process;
            this.f = f;
            this.key = key;
        }

        @Override
        public void ok(String valueJson) {
            complete("ok", valueJson, null);
        }

        @Override
        public void fail(String error) {
            complete("fail", null, error);
        }

        @Override
        public void info(String error) {
            complete("info", null, error);
        }

        private void complete(String type, String valueJson, String error) {
            synchronized (JsonLinesRecorder.this) {
                if (done) {
                    return;
                }
                done = true;
                event(process, type, f, key, valueJson, error);
            }
        }
    }
}
