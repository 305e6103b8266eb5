package io.s3witness.recorder;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class RecordCommandTest {
    @TempDir
    Path dir;

    private String run(int expectedExit, String... args) {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        PrintStream old = System.err;
        CommandLine cli = RecorderMain.commandLine();
        cli.setErr(new PrintWriter(err, true, StandardCharsets.UTF_8));
        try {
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            assertEquals(expectedExit, cli.execute(args), err.toString(StandardCharsets.UTF_8));
        } finally {
            System.setErr(old);
        }
        return err.toString(StandardCharsets.UTF_8);
    }

    private String[] args(String... extra) {
        String[] base = {"record", "--endpoint", "http://127.0.0.1:1", "--bucket", "bucket", "--out",
                dir.resolve("h.jsonl").toString()};
        String[] all = new String[base.length + extra.length];
        System.arraycopy(base, 0, all, 0, base.length);
        System.arraycopy(extra, 0, all, base.length, extra.length);
        return all;
    }

    @Test
    void badOptionsAreNamedWithWhatWasExpected() {
        assertTrue(run(2, args("--mix", "put=1,copy=1")).contains("record: --mix: unknown operation 'copy'"));
        assertTrue(run(2, args("--versioning", "maybe")).contains("--versioning: expected on, off or suspended"));
        assertTrue(run(2, args("--mix", "put=1,get-version=1")).contains("'get-version' needs --versioning on"));
        assertTrue(run(2, args("--timeout", "soon")).contains("--timeout: expected a duration"));
        assertTrue(run(2, args("--clients", "0")).contains("--clients: expected 1 to 1024, got 0"));
        assertTrue(run(2, "record", "--endpoint", "http://127.0.0.1:1", "--bucket", "B", "--out", "h.jsonl")
                .contains("--bucket: expected 3 to 63 lower-case letters, digits, dots or hyphens"));
        assertTrue(run(2, "record", "--bucket", "bucket").contains("Missing required options"));
    }

    @Test
    void anUnreachableEndpointIsReportedWithoutAStackTrace() {
        String err = run(1, args("--ops", "1", "--timeout", "2s"));
        assertTrue(err.contains("record: "), err);
        assertTrue(!err.contains("\tat "), err);
    }
}
