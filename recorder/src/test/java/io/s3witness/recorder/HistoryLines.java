package io.s3witness.recorder;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.s3witness.checker.CheckResult;
import io.s3witness.checker.HistoryChecker;
import io.s3witness.checker.Verdict;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Reads a recorded history back and checks the properties every recorded history must have. */
final class HistoryLines {
    private static final ObjectMapper JSON = new ObjectMapper();

    private HistoryLines() { }

    static List<JsonNode> read(Path file) throws IOException {
        List<JsonNode> out = new ArrayList<>();
        for (String line : Files.readAllLines(file)) {
            out.add(JSON.readTree(line));
        }
        return out;
    }

    /** The events after the meta line. */
    static List<JsonNode> events(Path file) throws IOException {
        List<JsonNode> all = read(file);
        return all.subList(1, all.size());
    }

    /**
     * Meta line first; indexes consecutive and times non-decreasing (the file is in time order);
     * each invoke completed at most once, by the same process, same f and key; a process never has
     * two operations open; a process whose operation ended in info is never used again.
     */
    static void assertWellFormed(Path file, Versioning versioning) throws IOException {
        List<JsonNode> all = read(file);
        assertFalse(all.isEmpty(), "empty history");
        assertEquals("meta", all.get(0).path("type").asText());
        assertEquals("s3", all.get(0).path("model").asText());
        assertEquals(versioning.metaName(), all.get(0).path("versioning").asText());
        Map<Integer, JsonNode> open = new HashMap<>();
        Set<Integer> retired = new HashSet<>();
        long lastTime = Long.MIN_VALUE;
        for (int i = 1; i < all.size(); i++) {
            JsonNode e = all.get(i);
            assertEquals(i - 1, e.path("index").asLong(), "index of line " + (i + 1));
            long time = e.path("time").asLong();
            assertTrue(time >= lastTime, "time goes back at line " + (i + 1));
            lastTime = time;
            int p = e.path("process").asInt();
            assertFalse(retired.contains(p), "process " + p + " reused after info at line " + (i + 1));
            String type = e.path("type").asText();
            if (type.equals("invoke")) {
                assertFalse(open.containsKey(p), "process " + p + " has two open operations at line " + (i + 1));
                open.put(p, e);
                continue;
            }
            JsonNode inv = open.remove(p);
            assertNotNull(inv, "completion without invoke at line " + (i + 1));
            assertEquals(inv.path("f"), e.path("f"), "f at line " + (i + 1));
            assertEquals(inv.path("key"), e.path("key"), "key at line " + (i + 1));
            assertTrue(Set.of("ok", "fail", "info").contains(type), "type at line " + (i + 1));
            if (!type.equals("ok")) {
                assertTrue(e.path("error").isTextual(), "fail/info without error at line " + (i + 1));
            }
            if (type.equals("info")) {
                retired.add(p);
            }
        }
        assertTrue(open.isEmpty(), "operations never completed: " + open.values());
    }

    static CheckResult check(Path file) throws IOException {
        return HistoryChecker.checkFile(file, "s3", Duration.ofSeconds(120));
    }

    /** Checks the history and asserts the verdict, showing the checker's summary when it differs. */
    static CheckResult assertVerdict(Verdict expected, Path file) throws IOException {
        CheckResult r = check(file);
        assertEquals(expected, r.verdict(), r.summary());
        return r;
    }
}
