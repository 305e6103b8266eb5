package io.s3witness.store.history;

import io.s3witness.checker.HistoryChecker;
import io.s3witness.checker.Verdict;
import io.s3witness.store.ContentDigest;
import io.s3witness.store.ListRequest;
import io.s3witness.store.ObjectStore;
import io.s3witness.store.ObjectVersion;
import io.s3witness.store.S3Exception;
import io.s3witness.store.StoreConfig;
import io.s3witness.store.Versioning;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The recorder writes DESIGN §3's JSON Lines exactly, and history-checker reads it back. */
class JsonLinesRecorderTest {
    private static final Pattern TIME = Pattern.compile("\"time\": (\\d+)");

    @Test
    void writesTheMetaLineAndOneLinePerEventInTheDesignFormat() {
        StringBuilder out = new StringBuilder();
        ObjectStore store = new ObjectStore(StoreConfig.defaults(), new JsonLinesRecorder(out, Versioning.ENABLED));
        byte[] data = "hello".getBytes(StandardCharsets.UTF_8);
        String d = ContentDigest.of(data);
        ObjectVersion v = store.put(3, "k", data);
        store.get(4, "k");
        assertThrows(S3Exception.class, () -> store.get(4, "none"));
        store.list(5, ListRequest.of("k"));
        store.delete(3, "k");
        String[] lines = out.toString().split("\n");
        assertEquals("{\"type\": \"meta\", \"model\": \"s3\", \"versioning\": \"enabled\"}", lines[0]);
        assertEquals("{\"process\": 3, \"type\": \"invoke\", \"f\": \"put\", \"key\": \"k\", \"value\": {\"digest\": \""
            + d + "\"}", withoutTail(lines[1]));
        String okValue = "{\"digest\": \"" + d + "\", \"version\": \"" + v.versionId() + "\"}";
        assertEquals("{\"process\": 3, \"type\": \"ok\", \"f\": \"put\", \"key\": \"k\", \"value\": " + okValue,
            withoutTail(lines[2]));
        assertEquals("{\"process\": 4, \"type\": \"ok\", \"f\": \"get\", \"key\": \"k\", \"value\": " + okValue,
            withoutTail(lines[4]));
        assertEquals("{\"process\": 4, \"type\": \"ok\", \"f\": \"get\", \"key\": \"none\", \"value\": null",
            withoutTail(lines[6]));
        assertEquals("{\"process\": 5, \"type\": \"invoke\", \"f\": \"list\", \"key\": null, \"value\": "
            + "{\"prefix\": \"k\"}", withoutTail(lines[7]));
        assertEquals("{\"process\": 5, \"type\": \"ok\", \"f\": \"list\", \"key\": null, \"value\": {\"prefix\": \"k\", "
            + "\"keys\": [{\"key\": \"k\", \"version\": \"" + v.versionId() + "\", \"digest\": \"" + d + "\"}]}",
            withoutTail(lines[8]));
        assertTrue(lines[10].contains("\"value\": {\"version\": \"0000000000000002\", \"delete-marker\": true}"),
            lines[10]);
        long last = 0;
        for (int i = 1; i < lines.length; i++) {
            Matcher m = TIME.matcher(lines[i]);
            assertTrue(m.find(), lines[i]);
            long t = Long.parseLong(m.group(1));
            assertTrue(t >= last, "time goes back at line " + (i + 1));
            last = t;
            assertTrue(lines[i].endsWith(", \"index\": " + (i - 1) + "}"), lines[i]);
        }
        assertEquals(Verdict.LINEARIZABLE,
            HistoryChecker.checkJsonLines(out.toString(), "s3", Duration.ofSeconds(5)).verdict());
    }

    @Test
    void aFailedCommitIsAFailLineWithTheErrorCode() {
        StringBuilder out = new StringBuilder();
        ObjectStore store = new ObjectStore(StoreConfig.defaults(), new JsonLinesRecorder(out, Versioning.ENABLED));
        store.faults().failNextCommits("k", 1);
        assertThrows(S3Exception.class, () -> store.put(0, "k", new byte[] {1}));
        String[] lines = out.toString().split("\n");
        assertEquals("{\"process\": 0, \"type\": \"fail\", \"f\": \"put\", \"key\": \"k\", \"value\": null, "
            + "\"error\": \"InternalError\"", withoutTail(lines[2]));
    }

    @Test
    void aTruncatedListIsInfoAndAPagedOneIsNotRecorded() {
        StringBuilder out = new StringBuilder();
        ObjectStore store = new ObjectStore(StoreConfig.defaults(), new JsonLinesRecorder(out, Versioning.ENABLED));
        store.put(0, "a", new byte[] {1});
        store.put(0, "b", new byte[] {2});
        store.list(1, ListRequest.of("").withMaxKeys(1));
        store.list(1, ListRequest.of("").withDelimiter("/"));
        String[] lines = out.toString().split("\n");
        assertEquals(7, lines.length, out::toString);
        assertTrue(lines[6].contains("\"type\": \"info\", \"f\": \"list\""), lines[6]);
    }

    @Test
    void escapesStrings() {
        assertEquals("\"a\\\"b\\\\c\\n\\u0001\"", Json.str("a\"b\\c\n\u0001"));
        assertEquals("null", Json.str(null));
    }

    /** The line without its time and index (which vary). */
    private static String withoutTail(String line) {
        return line.substring(0, line.indexOf(", \"time\": "));
    }
}
