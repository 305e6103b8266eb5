package io.s3witness.checker;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The evidence names the operation that cannot be placed, the state, and the prefix. */
class S3EvidenceTest {
  private static CheckResult check(String name) throws IOException {
    return HistoryChecker.checkFile(SharedHistories.resource("s3/" + name), "s3",
        Duration.ofSeconds(10));
  }

  @Test
  void flickerShowsTheOlderReadAfterTheNewerOne() throws IOException {
    CheckResult r = check("flicker.jsonl");
    assertEquals(Verdict.NOT_LINEARIZABLE, r.verdict());
    Evidence e = r.partitions().get(0).evidence();
    assertEquals("key a", r.partitions().get(0).name());
    assertEquals(7, e.cannotPlace().operation().invokeLine());
    assertEquals("get saw v1:d1", e.cannotPlace().command());
    assertEquals(List.of("[v2:d2, v1:d1]"), e.statesBefore());
    assertEquals(List.of("put v1:d1", "put v2:d2", "get saw v2:d2"),
        e.linearizedPrefix().stream().map(Step::command).toList());
    assertTrue(r.summary().contains("line 7-8: process 2 get a -> {\"digest\": \"d1\","
        + " \"version\": \"v1\"}  [get saw v1:d1]"), r.summary());
  }

  @Test
  void listMissIsProjectedOntoTheKeyItMissed() throws IOException {
    CheckResult r = check("list-after-put-miss.jsonl");
    Evidence e = r.partitions().get(0).evidence();
    assertEquals("key photos/b", r.partitions().get(0).name());
    assertEquals("list", e.cannotPlace().operation().f());
    assertEquals("list saw absent", e.cannotPlace().command());
    assertEquals(List.of("[v1:d1]"), e.statesBefore());
  }

  @Test
  void jsonLinesInMemoryWithoutMetaLineIsInferredAsS3() {
    String h = String.join("\n",
        "{\"process\": 0, \"type\": \"invoke\", \"f\": \"put\", \"key\": \"k\","
            + " \"value\": {\"digest\": \"d1\"}, \"time\": 1}",
        "{\"process\": 0, \"type\": \"ok\", \"f\": \"put\", \"key\": \"k\","
            + " \"value\": {\"digest\": \"d1\", \"version\": \"v1\"}, \"time\": 2}",
        "{\"process\": 1, \"type\": \"invoke\", \"f\": \"get\", \"key\": \"k\", \"value\": null,"
            + " \"time\": 3}",
        "{\"process\": 1, \"type\": \"ok\", \"f\": \"get\", \"key\": \"k\", \"value\": null,"
            + " \"time\": 4}");
    CheckResult r = HistoryChecker.checkJsonLines(h, "auto", Duration.ofSeconds(5));
    assertEquals("s3", r.model());
    assertEquals(Verdict.NOT_LINEARIZABLE, r.verdict(), r.summary());
    assertEquals("get saw absent", r.partitions().get(0).evidence().cannotPlace().command());
  }
}
