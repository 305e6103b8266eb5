package io.s3witness.checker.history;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.s3witness.checker.CheckOptions;
import io.s3witness.checker.HistoryChecker;
import io.s3witness.checker.SharedHistories;
import io.s3witness.checker.Verdict;
import io.s3witness.checker.model.NilReads;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class HistoryReaderTest {
  private static final CheckOptions OPTIONS = CheckOptions.of("auto", Duration.ofSeconds(10));

  @Test
  void detectsFormatsByExtensionThenContent() {
    assertEquals(HistoryFormat.JSONL, HistoryReader.detect("h.jsonl", ""));
    assertEquals(HistoryFormat.EDN, HistoryReader.detect("h.edn", ""));
    assertEquals(HistoryFormat.JEPSEN_LOG, HistoryReader.detect("h.log", ""));
    assertEquals(HistoryFormat.EDN, HistoryReader.detect("h.txt", "{:process 0}"));
    assertEquals(HistoryFormat.EDN, HistoryReader.detect("h.txt", "[{:process 0}]"));
    assertEquals(HistoryFormat.JSONL, HistoryReader.detect("h.txt", "{\"process\": 0}"));
    assertEquals(HistoryFormat.JEPSEN_LOG,
        HistoryReader.detect("h.txt", "INFO  jepsen.util - 0 :invoke :read nil"));
  }

  @Test
  void jepsenLogKeepsValuesSkipsOtherLinesAndNemesis() {
    History h = HistoryReader.parse(String.join("\n",
        "INFO  jepsen.core - starting",
        "INFO  jepsen.util - 2\t:invoke\t:cas\t[3 0]",
        "INFO  jepsen.util - :nemesis :info :start nil",
        "INFO  jepsen.util - 2    :info   :cas    :timed-out",
        ""), "h.log", null);
    assertEquals(2, h.events().size());
    assertEquals(List.of(3L, 0L), h.events().get(0).value());
    assertEquals(2, h.events().get(0).line());
    assertEquals(EventType.INFO, h.events().get(1).type());
    assertEquals("timed-out", h.events().get(1).value());
    assertFalse(h.timed());
  }

  @Test
  void ednVectorOfMapsKeepsEachMapsLine() {
    History h = HistoryReader.parse("[{:process 0, :type :invoke, :f :read, :value nil}\n"
        + " {:process 0, :type :ok, :f :read, :value 3}]", "h.edn", null);
    assertEquals(2, h.events().get(1).line());
    assertEquals(3L, h.events().get(1).value());
  }

  @Test
  void ednWithTimesUsesThem() {
    History h = HistoryReader.parse("{:process 0, :type :invoke, :f :read, :value nil, :time 5}\n"
        + "{:process 0, :type :ok, :f :read, :value 3, :time 9}", "h.edn", null);
    assertTrue(h.timed());
    assertEquals(9L, h.events().get(1).time());
  }

  @Test
  void invokeNeverCompletedIsIndeterminate() {
    History h = HistoryReader.parse(
        "{\"process\": 7, \"type\": \"invoke\", \"f\": \"write\", \"value\": 1, \"time\": 3}",
        "h.jsonl", null);
    Operation op = Operations.pair(h).get(0);
    assertEquals(Outcome.INFO, op.outcome());
    assertEquals(Long.MAX_VALUE, op.ret());
    assertNull(op.output());
    assertEquals(0, op.completeLine());
  }

  @Test
  void jsonLinesRoundTrip() throws IOException {
    History h = HistoryReader.read(SharedHistories.resource("s3/versions.jsonl"), null);
    History again = HistoryReader.parse(HistoryWriter.jsonLines(h), "again.jsonl", null);
    assertEquals(h.events(), again.events());
    assertEquals("s3", again.model());
    assertEquals(Versioning.ENABLED, again.versioning());
  }

  @Test
  void ednRoundTrip() throws IOException {
    History h = HistoryReader.read(SharedHistories.dir().resolve("porcupine-kv/c01-ok.txt"),
        null);
    History again = HistoryReader.parse(HistoryWriter.edn(h), "again.edn", null);
    assertEquals(h.events(), again.events());
  }

  @Test
  void nilReadsFollowKnossosForLogsAndPorcupineOnRequest() {
    String log = String.join("\n",
        "INFO  jepsen.util - 0\t:invoke\t:write\t1",
        "INFO  jepsen.util - 0\t:ok\t:write\t1",
        "INFO  jepsen.util - 1\t:invoke\t:read\tnil",
        "INFO  jepsen.util - 1\t:ok\t:read\tnil");
    History h = HistoryReader.parse(log, "h.log", null);
    assertEquals(Verdict.LINEARIZABLE, HistoryChecker.check(h, OPTIONS).verdict());
    assertEquals(Verdict.NOT_LINEARIZABLE,
        HistoryChecker.check(h, OPTIONS.withNilReads(NilReads.VALUE)).verdict());
  }

  @Test
  void failedOperationsDidNotHappenAndFailedReadsTellNothing() {
    String log = String.join("\n",
        "INFO  jepsen.util - 0\t:invoke\t:write\t1",
        "INFO  jepsen.util - 0\t:fail\t:write\t1",
        "INFO  jepsen.util - 1\t:invoke\t:read\tnil",
        "INFO  jepsen.util - 1\t:fail\t:read\t:timed-out",
        "INFO  jepsen.util - 2\t:invoke\t:read\tnil",
        "INFO  jepsen.util - 2\t:ok\t:read\t1");
    History h = HistoryReader.parse(log, "h.log", null);
    assertEquals(Verdict.NOT_LINEARIZABLE, HistoryChecker.check(h, OPTIONS).verdict());
  }

  @Test
  void initialValueIsConfigurable() {
    String log = String.join("\n",
        "INFO  jepsen.util - 0\t:invoke\t:cas\t[0 1]",
        "INFO  jepsen.util - 0\t:ok\t:cas\t[0 1]");
    History h = HistoryReader.parse(log, "h.log", null);
    assertEquals(Verdict.NOT_LINEARIZABLE, HistoryChecker.check(h, OPTIONS).verdict());
    assertEquals(Verdict.LINEARIZABLE,
        HistoryChecker.check(h, OPTIONS.withInitial(0L)).verdict());
  }

  @Test
  void indeterminateWriteMayTakeEffectLateOrNever() {
    String took = String.join("\n",
        "INFO  jepsen.util - 0\t:invoke\t:write\t1",
        "INFO  jepsen.util - 0\t:info\t:write\t:timed-out",
        "INFO  jepsen.util - 1\t:invoke\t:read\tnil",
        "INFO  jepsen.util - 1\t:ok\t:read\t1");
    assertEquals(Verdict.LINEARIZABLE,
        HistoryChecker.check(HistoryReader.parse(took, "h.log", null), OPTIONS).verdict());
    String never = took.replace(":ok\t:read\t1", ":ok\t:read\tnil");
    assertEquals(Verdict.LINEARIZABLE, HistoryChecker.check(
        HistoryReader.parse(never, "h.log", null), OPTIONS.withNilReads(NilReads.VALUE))
        .verdict());
  }
}
