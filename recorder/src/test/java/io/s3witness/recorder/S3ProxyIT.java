package io.s3witness.recorder;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.s3witness.checker.CheckResult;
import io.s3witness.checker.Verdict;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * S3Proxy 2.6.0 with jclouds' in-memory {@code transient} provider. S3Proxy answers the versioning
 * API with NotImplemented, so the workload is unversioned. It also rejects the SDK's default
 * aws-chunked uploads with trailing checksums, hence {@code --checksum-when-required}.
 */
class S3ProxyIT {
    private static final int CLIENTS = 4;
    private static final int KEYS = 6;

    private static RecorderConfig workload(int ops, long seed) {
        return new RecorderConfig(CLIENTS, KEYS, ops, OpMix.defaultFor(Versioning.UNVERSIONED), Versioning.UNVERSIONED,
                seed, "s3proxy-" + seed + "/", 64);
    }

    @Test
    void transientStoreIsLinearizable() throws Exception {
        Path out = ItSupport.historyFile("s3proxy-transient.jsonl");
        try (LocalS3Proxy proxy = LocalS3Proxy.strong()) {
            Recorder.Summary s = RecordCommand.record(workload(1600, 1),
                    proxy.settings("strong").withChecksumWhenRequired(true), out, FaultSchedule.NONE, System.err);
            assertEquals(1600, s.ok(), "every request should succeed against a local in-memory store: " + s);
        }
        HistoryLines.assertWellFormed(out, Versioning.UNVERSIONED);
        CheckResult r = HistoryLines.assertVerdict(Verdict.LINEARIZABLE, out);
        assertEquals(0, Anomalies.staleReads(out));
        ItSupport.report("S3Proxy 2.6.0 (transient)", out, r);
    }

    @Test
    void eventualConsistencyMiddlewareIsCaughtServingStaleReads() throws Exception {
        // Writes reach the read side after 1 s with probability 0.5: a read soon after a write sees
        // the old state. A few seeded attempts bound the (already tiny) chance of missing it.
        for (long seed = 1; seed <= 3; seed++) {
            Path out = ItSupport.historyFile("s3proxy-eventual-" + seed + ".jsonl");
            try (LocalS3Proxy proxy = LocalS3Proxy.eventual(1, 0.5)) {
                RecordCommand.record(workload(800, seed), proxy.settings("eventual").withChecksumWhenRequired(true),
                        out, FaultSchedule.NONE, System.err);
            }
            HistoryLines.assertWellFormed(out, Versioning.UNVERSIONED);
            CheckResult r = HistoryLines.check(out);
            if (r.verdict() == Verdict.NOT_LINEARIZABLE) {
                int stale = Anomalies.staleReads(out);
                assertTrue(stale > 0, "the checker's violation should include plain stale reads");
                ItSupport.report("S3Proxy 2.6.0 (transient, eventual-consistency delay 1 s, p 0.5)", out, r);
                return;
            }
            System.err.println("attempt " + seed + ": " + r.verdict() + ", trying another seed");
        }
        fail("the checker did not find S3Proxy's eventual consistency in 3 seeded attempts");
    }

    /** The fat jar's {@code record} against the proxy, as a separate process writing {@code out}. */
    private static Process recordInAProcess(LocalS3Proxy proxy, Path out, int ops) throws Exception {
        Path jar = Path.of(System.getProperty("recorder.jar", "target/recorder.jar"));
        assertTrue(Files.isRegularFile(jar), "fat jar missing: " + jar.toAbsolutePath());
        List<String> cmd = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar", jar.toString(),
                "record", "--endpoint", proxy.endpoint().toString(), "--bucket", "cli",
                "--clients", "2", "--keys", "3", "--ops", Integer.toString(ops),
                "--mix", "put=50,get=30,delete=10,list=10", "--versioning", "off", "--out", out.toString(),
                "--seed", "9", "--path-style", "--checksum-when-required", "--access-key", LocalS3Proxy.ACCESS_KEY,
                "--secret-key", LocalS3Proxy.SECRET_KEY, "--timeout", "5s"));
        return new ProcessBuilder(cmd).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(new File(out + ".log"))).start();
    }

    @Test
    void theFatJarRecordsThroughTheCommandLine() throws Exception {
        Path out = ItSupport.historyFile("s3proxy-cli.jsonl");
        try (LocalS3Proxy proxy = LocalS3Proxy.strong()) {
            Process p = recordInAProcess(proxy, out, 100);
            assertTrue(p.waitFor(120, TimeUnit.SECONDS), "recorder did not finish");
            assertEquals(0, p.exitValue(), Files.readString(Path.of(out + ".log")));
        }
        HistoryLines.assertWellFormed(out, Versioning.UNVERSIONED);
        assertEquals(200, HistoryLines.events(out).size());
        HistoryLines.assertVerdict(Verdict.LINEARIZABLE, out);
    }

    @Test
    void aKilledRecorderLeavesAHistoryOfCompleteLinesThatStillChecks() throws Exception {
        Path out = ItSupport.historyFile("s3proxy-killed.jsonl");
        try (LocalS3Proxy proxy = LocalS3Proxy.strong()) {
            Process p = recordInAProcess(proxy, out, 1_000_000);
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
            while (!Files.exists(out) || Files.readAllLines(out).size() < 300) {
                assertTrue(p.isAlive(), "recorder ended early: " + Files.readString(Path.of(out + ".log")));
                assertTrue(System.nanoTime() < deadline, "recorder wrote too little in 120 s");
                Thread.sleep(100);
            }
            p.destroyForcibly(); // SIGKILL: no shutdown hook, no close, no final flush
            assertTrue(p.waitFor(30, TimeUnit.SECONDS));
        }
        String text = Files.readString(out);
        assertTrue(text.endsWith("\n"), "the last line was cut off");
        // Operations open at the kill have no completion: the checker treats them as unknown.
        HistoryLines.assertVerdict(Verdict.LINEARIZABLE, out);
    }
}
