package io.s3witness.checker.lin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.s3witness.checker.CheckOptions;
import io.s3witness.checker.CheckResult;
import io.s3witness.checker.HistoryChecker;
import io.s3witness.checker.PartitionResult;
import io.s3witness.checker.SharedHistories;
import io.s3witness.checker.Verdict;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Limits give unknown with the reason, and the search really stops. */
class LimitsTest {
  private static final Path HARD = SharedHistories.dir().resolve("porcupine-kv/c50-ok.txt");

  @Test
  void timeLimitGivesUnknown() throws IOException {
    CheckResult r = HistoryChecker.checkFile(HARD, "kv", Duration.ofMillis(1));
    assertEquals(Verdict.UNKNOWN, r.verdict());
    assertTrue(r.partitions(Verdict.UNKNOWN).stream()
        .anyMatch(p -> p.reason().equals("time limit reached")), r.summary());
  }

  @Test
  void stateLimitGivesUnknownAndStopsNearIt() throws IOException {
    CheckResult r = HistoryChecker.check(HARD,
        CheckOptions.of("kv", Duration.ofSeconds(60)).withMaxStates(2000));
    assertEquals(Verdict.UNKNOWN, r.verdict(), r.summary());
    for (PartitionResult p : r.partitions(Verdict.UNKNOWN)) {
      assertEquals("state limit reached (2000 memoised configurations)", p.reason());
      // Limits are checked every 1024 steps, each adding at most one configuration.
      assertTrue(p.statesCached() < 2000 + 1024, p.name() + ": " + p.statesCached());
    }
    assertTrue(r.summary().contains("unknown: state limit reached"), r.summary());
  }

  @Test
  void noOrHugeTimeoutMeansNoPracticalLimit() throws IOException {
    Path small = SharedHistories.dir().resolve("porcupine-kv/c01-ok.txt");
    assertEquals(Verdict.LINEARIZABLE, HistoryChecker.checkFile(small, "kv", null).verdict());
    assertEquals(Verdict.LINEARIZABLE,
        HistoryChecker.checkFile(small, "kv", Duration.ofDays(365_000_000)).verdict());
  }

  @Test
  void aViolationStopsTheOtherPartitionsUnlessAllAreAsked() throws IOException {
    Path bad = SharedHistories.dir().resolve("porcupine-kv/c10-bad.txt");
    CheckResult all = HistoryChecker.check(bad,
        CheckOptions.of("kv", Duration.ofSeconds(60)).withAllPartitions(true));
    assertEquals(Verdict.NOT_LINEARIZABLE, all.verdict());
    assertTrue(all.partitions(Verdict.UNKNOWN).isEmpty(), all.summary());
    assertEquals(all.partitions().size(), all.partitions(Verdict.NOT_LINEARIZABLE).size()
        + all.partitions(Verdict.LINEARIZABLE).size());
  }
}
