package io.s3witness.recorder;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;

class HistoryWriterTest {
    /** Counts flushes, so the test can see that each line reaches the file as it is written. */
    private static final class CountingWriter extends StringWriter {
        int flushes;

        @Override
        public void flush() {
            flushes++;
            super.flush();
        }
    }

    @Test
    void writesTheExactSchemaOneFlushedLineAtATime() throws Exception {
        CountingWriter out = new CountingWriter();
        long[] now = {1_000};
        HistoryWriter w = new HistoryWriter(out, () -> now[0]);
        w.meta(Versioning.ENABLED);
        ObjectNode put = HistoryWriter.object();
        put.put("digest", "d1");
        now[0] = 1_005;
        w.invoke(3, OpKind.PUT, "k", put);
        ObjectNode done = HistoryWriter.object();
        done.put("digest", "d1");
        done.put("version", "v1");
        now[0] = 1_010;
        w.ok(3, OpKind.PUT, "k", done);
        now[0] = 1_010;
        w.invoke(4, OpKind.LIST, null, null);
        w.fail(4, OpKind.LIST, null, "HTTP 403 AccessDenied");
        w.invoke(5, OpKind.DELETE_VERSION, "k", null);
        w.info(5, OpKind.DELETE_VERSION, "k", "timeout");

        assertEquals(List.of(
                "{\"type\":\"meta\",\"model\":\"s3\",\"versioning\":\"enabled\"}",
                "{\"process\":3,\"type\":\"invoke\",\"f\":\"put\",\"key\":\"k\",\"value\":{\"digest\":\"d1\"},\"time\":5,\"index\":0}",
                "{\"process\":3,\"type\":\"ok\",\"f\":\"put\",\"key\":\"k\",\"value\":{\"digest\":\"d1\",\"version\":\"v1\"},\"time\":10,\"index\":1}",
                "{\"process\":4,\"type\":\"invoke\",\"f\":\"list\",\"key\":null,\"value\":null,\"time\":10,\"index\":2}",
                "{\"process\":4,\"type\":\"fail\",\"f\":\"list\",\"key\":null,\"value\":null,\"time\":10,\"index\":3,\"error\":\"HTTP 403 AccessDenied\"}",
                "{\"process\":5,\"type\":\"invoke\",\"f\":\"delete-version\",\"key\":\"k\",\"value\":null,\"time\":10,\"index\":4}",
                "{\"process\":5,\"type\":\"info\",\"f\":\"delete-version\",\"key\":\"k\",\"value\":null,\"time\":10,\"index\":5,\"error\":\"timeout\"}"),
                out.toString().lines().toList());
        assertEquals(7, out.flushes);
    }
}
