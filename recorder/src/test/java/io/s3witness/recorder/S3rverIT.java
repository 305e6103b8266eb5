package io.s3witness.recorder;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.s3witness.checker.CheckResult;
import io.s3witness.checker.Verdict;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * s3rver 3.7.1 (npm) on Node 20: no versioning API, so an unversioned workload, chunked encoding off.
 *
 * <p>s3rver writes an object in place (truncate, then write), so a GET that overlaps an overwrite of
 * the same key can read an empty or partial body: content no PUT wrote. With concurrent clients its
 * histories are therefore sometimes not linearizable, and the test asserts that every violation the
 * checker reports comes with such a torn read, found by a rule independent of the checker.
 */
class S3rverIT {
    @TempDir
    Path data;

    private static RecorderConfig workload(int clients, int ops, long seed) {
        return new RecorderConfig(clients, 6, ops, OpMix.defaultFor(Versioning.UNVERSIONED), Versioning.UNVERSIONED,
                seed, "s3rver-" + clients + "-" + seed + "/", 64);
    }

    @Test
    void oneClientAtATimeSeesALinearizableStore() throws Exception {
        Path out = ItSupport.historyFile("s3rver-sequential.jsonl");
        try (LocalS3rver s3rver = LocalS3rver.start(data)) {
            Recorder.Summary s = RecordCommand.record(workload(1, 300, 1), s3rver.settings("sequential"), out,
                    FaultSchedule.NONE, System.err);
            assertEquals(300, s.ok(), "a lone client's requests should all succeed: " + s);
        }
        HistoryLines.assertWellFormed(out, Versioning.UNVERSIONED);
        CheckResult r = HistoryLines.assertVerdict(Verdict.LINEARIZABLE, out);
        ItSupport.report("s3rver " + LocalS3rver.VERSION + ", 1 client", out, r);
    }

    @Test
    void concurrentClientsFindOnlyTornReads() throws Exception {
        Path out = ItSupport.historyFile("s3rver-concurrent.jsonl");
        Recorder.Summary s;
        try (LocalS3rver s3rver = LocalS3rver.start(data)) {
            s = RecordCommand.record(workload(4, 800, 1), s3rver.settings("concurrent"), out, FaultSchedule.NONE,
                    System.err);
        }
        assertTrue(s.ok() >= s.operations() * 9 / 10, "most requests should succeed: " + s);
        HistoryLines.assertWellFormed(out, Versioning.UNVERSIONED);
        CheckResult r = HistoryLines.check(out);
        ItSupport.report("s3rver " + LocalS3rver.VERSION + ", 4 clients", out, r);
        if (r.verdict() == Verdict.NOT_LINEARIZABLE) {
            assertTrue(Anomalies.tornReads(out) > 0,
                    "a violation without a torn read is not explained by s3rver's in-place writes:\n" + r.summary());
        } else {
            assertEquals(Verdict.LINEARIZABLE, r.verdict(), r.summary());
        }
    }
}
