package io.s3witness.store;

import io.s3witness.store.history.HistoryRecorder;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The JSON Lines form of the spec trace: a header, then one line per step with all seven fields. */
class SpecTraceJsonLinesTest {

    @Test
    void writesTheHeaderThenOneLinePerStepInCallOrder() throws IOException {
        StringWriter text = new StringWriter();
        StoreConfig config = StoreConfig.defaults().withMode(Mode.EVENTUAL);
        ObjectStore probe = new ObjectStore(config);
        Map<String, Integer> homes = SpecTraceJsonLines.homes(probe, List.of("k0", "k1"));
        SpecTraceJsonLines trace = new SpecTraceJsonLines(text, config, homes);
        ObjectStore store = new ObjectStore(config, HistoryRecorder.NONE, trace);
        byte[] data = "v1".getBytes(StandardCharsets.UTF_8);
        store.put(0, "k0", data);
        store.faults().crashWitness();
        trace.close();

        List<String> lines = text.toString().lines().toList();
        int home = store.metadata().router().home("k0");
        assertEquals("{\"format\":\"s3-witness-spec-trace/1\",\"mode\":\"eventual\",\"cacheNodes\":3,"
            + "\"versioning\":\"enabled\",\"home\":{\"k0\":" + home + ",\"k1\":"
            + store.metadata().router().home("k1") + "}}", lines.get(0));
        assertEquals("{\"action\":\"InvokeWrite\",\"client\":0,\"key\":\"k0\",\"node\":" + home
            + ",\"seq\":-1,\"detail\":\"put\",\"arg\":\"" + ContentDigest.of(data) + "\"}", lines.get(1));
        assertEquals("{\"action\":\"CommitToLog\",\"client\":0,\"key\":\"k0\",\"node\":-1,\"seq\":1,"
            + "\"detail\":null,\"arg\":null}", lines.get(2));
        assertEquals(List.of("NotifyWitness", "WriteThroughCache", "ReturnWrite", "WitnessCrash"),
            lines.subList(3, lines.size()).stream().map(l -> l.substring(11, l.indexOf('"', 11))).toList());
    }

    @Test
    void quotesKeysThatNeedIt() throws IOException {
        StringWriter text = new StringWriter();
        SpecTraceJsonLines trace = new SpecTraceJsonLines(text, StoreConfig.defaults(), Map.of("a\"b\\c", 1));
        trace.step("ReadCache", 2, "a\"b\\c", 1, -1, null, null);
        trace.close();
        assertTrue(text.toString().contains("\"home\":{\"a\\\"b\\\\c\":1}"), text.toString());
        assertTrue(text.toString().contains("\"key\":\"a\\\"b\\\\c\""), text.toString());
    }

    /** A step cannot throw into the store; the first write failure comes out of close. */
    @Test
    void aWriteFailureSurfacesOnClose() throws IOException {
        Writer failing = new Writer() {
            private int writes;

            @Override
            public void write(char[] buf, int off, int len) throws IOException {
                if (++writes > 1) {
                    throw new IOException("disk full");
                }
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        SpecTraceJsonLines trace = new SpecTraceJsonLines(failing, StoreConfig.defaults(), Map.of());
        trace.step("WitnessCrash", -1, null, -1, -1, null, null);
        trace.step("WitnessRestart", -1, null, -1, -1, null, null);
        IOException e = assertThrows(IOException.class, trace::close);
        assertEquals("disk full", e.getMessage());
    }
}
