package io.s3witness.specs;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Reading spec traces: the format is checked field by field, and each problem names file, line and field. */
class TraceFileTest {
    static final String HEADER = "{\"format\":\"s3-witness-spec-trace/1\",\"mode\":\"strong\",\"cacheNodes\":3,"
            + "\"versioning\":\"enabled\",\"home\":{\"k0\":2,\"k1\":0}}";
    static final String PUT = "{\"action\":\"InvokeWrite\",\"client\":0,\"key\":\"k0\",\"node\":2,\"seq\":-1,"
            + "\"detail\":\"put\",\"arg\":\"abc\"}";
    static final String COMMIT = "{\"action\":\"CommitToLog\",\"client\":0,\"key\":\"k0\",\"node\":-1,\"seq\":1,"
            + "\"detail\":null,\"arg\":null}";

    @TempDir
    Path dir;

    private Path file(String... lines) throws IOException {
        return Files.write(dir.resolve("t.jsonl"), List.of(lines));
    }

    @Test
    void readsTheHeaderAndTheSteps() throws Exception {
        TraceFile t = TraceFile.read(file(HEADER, PUT, COMMIT, ""));
        assertEquals(new TraceFile.Header("strong", 3, "enabled", java.util.Map.of("k0", 2, "k1", 0)), t.header());
        assertEquals(List.of(new TraceFile.Step(2, "InvokeWrite", 0, "k0", 2, -1, "put", "abc"),
                new TraceFile.Step(3, "CommitToLog", 0, "k0", -1, 1, null, null)), t.steps());
    }

    private String problem(String... lines) throws IOException {
        Path f = file(lines);
        TraceInputException e = assertThrows(TraceInputException.class, () -> TraceFile.read(f));
        assertTrue(e.getMessage().startsWith(f.toString()), e.getMessage());
        return e.getMessage().substring(f.toString().length());
    }

    @Test
    void eachProblemNamesLineFieldAndWhatWasExpected() throws IOException {
        assertEquals(":1: expected the header line {\"format\":\"s3-witness-spec-trace/1\",...}, found an empty file",
                problem());
        assertEquals(":1: field \"format\": expected \"s3-witness-spec-trace/1\", found \"other\"",
                problem(HEADER.replace("s3-witness-spec-trace/1", "other")));
        assertEquals(":1: field \"mode\": expected one of [eventual, strong], found \"fast\"",
                problem(HEADER.replace("\"strong\"", "\"fast\"")));
        assertEquals(":2: not a JSON object: column 11: expected a string, a whole number, null, true, false or an"
                + " object, found 'I'", problem(HEADER, "{\"action\":InvokeWrite}"));
        assertEquals(":3: field \"seq\": missing", problem(HEADER, PUT, COMMIT.replace(",\"seq\":1", "")));
        assertEquals(":2: field \"action\": expected a CacheCoherence action (InvokeWrite, CommitToLog, ...,"
                + " WitnessCrash, ImpairNode, SetVersioning), found \"Teleport\"",
                problem(HEADER, PUT.replace("InvokeWrite", "Teleport")));
        assertEquals(":2: field \"key\": expected a key the header's \"home\" declares [k0, k1], found \"zz\"",
                problem(HEADER, PUT.replace("\"k0\"", "\"zz\"")));
        assertEquals(":2: field \"node\": expected -1 or a node 0..2, found 5",
                problem(HEADER, PUT.replace("\"node\":2", "\"node\":5")));
        assertEquals(":2: field \"detail\": expected one of [delete, delver, put] for InvokeWrite, found \"get\"",
                problem(HEADER, PUT.replace("\"put\"", "\"get\"")));
        assertEquals(":2: field \"client\": expected -1 (an environment step has no client), found 0",
                problem(HEADER, PUT.replace("InvokeWrite", "WitnessCrash")));
        assertEquals(":2: field \"seq\": expected a whole number, found \"1\"",
                problem(HEADER, COMMIT.replace("\"seq\":1", "\"seq\":\"1\"")));
        assertEquals(":3: field \"arg\": expected a version id (\"null\" or 16 hex digits), found \"v1\"",
                problem(HEADER, PUT, PUT.replace("\"put\"", "\"delver\"").replace("\"abc\"", "\"v1\"")));
        assertEquals(":2: field \"arg\": expected the prefix \"\" (the spec's LIST covers the whole bucket), found"
                + " \"a/\"", problem(HEADER, "{\"action\":\"BeginList\",\"client\":1,\"key\":null,\"node\":-1,"
                + "\"seq\":-1,\"detail\":null,\"arg\":\"a/\"}"));
        assertEquals(":3: expected a step, found a blank line", problem(HEADER, PUT, "", COMMIT));
        assertEquals(":2: field \"extra\": not a field of this line (expected [action, arg, client, detail, key,"
                + " node, seq])", problem(HEADER, PUT.replace("}", ",\"extra\":1}")));
    }

    @Test
    void aMissingFileIsAnInputProblemToo() {
        TraceInputException e = assertThrows(TraceInputException.class,
                () -> TraceFile.read(dir.resolve("absent.jsonl")));
        assertEquals(0, e.line());
        assertTrue(e.getMessage().contains("cannot read it"), e.getMessage());
    }
}
