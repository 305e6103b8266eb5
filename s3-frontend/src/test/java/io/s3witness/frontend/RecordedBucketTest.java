package io.s3witness.frontend;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.s3witness.checker.CheckResult;
import io.s3witness.checker.HistoryChecker;
import io.s3witness.checker.Verdict;
import io.s3witness.store.Versioning;
import io.s3witness.store.history.JsonLinesRecorder;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;

/** {@code serve --record}: the recorded bucket's store writes its own history, which the checker reads. */
class RecordedBucketTest {
    @Test
    void theServerSideHistoryIsComplete() throws Exception {
        StringBuffer history = new StringBuffer();
        try (LocalServer local = LocalServer.strong(); S3Client s3 = local.client()) {
            local.server.recordBucket("recorded", Versioning.ENABLED,
                    new JsonLinesRecorder(history, Versioning.ENABLED));
            s3.putObject(b -> b.bucket("recorded").key("k"), RequestBody.fromString("one"));
            s3.getObjectAsBytes(b -> b.bucket("recorded").key("k"));
            s3.deleteObject(b -> b.bucket("recorded").key("k"));
            s3.listObjectsV2(b -> b.bucket("recorded"));
        }
        String text = history.toString();
        assertTrue(text.startsWith("{\"type\": \"meta\", \"model\": \"s3\", \"versioning\": \"enabled\"}"), text);
        for (String f : new String[] {"put", "get", "delete", "list"}) {
            assertTrue(text.contains("\"f\": \"" + f + "\""), f + " missing in " + text);
        }
        CheckResult r = HistoryChecker.checkJsonLines(text, "s3", Duration.ofSeconds(10));
        assertEquals(Verdict.LINEARIZABLE, r.verdict(), r.summary());
        assertEquals(4, r.operations());
    }
}
