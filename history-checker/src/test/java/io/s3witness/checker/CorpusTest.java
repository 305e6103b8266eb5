package io.s3witness.checker;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import io.s3witness.checker.cli.ExpectedCorpus;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** Every history with a known verdict gets it: the shared corpus and our S3 histories. */
class CorpusTest {
  private static final Duration TIMEOUT = Duration.ofSeconds(120);

  @TestFactory
  Stream<DynamicTest> sharedCorpusGetsTheExpectedVerdicts() throws IOException {
    return verdicts(SharedHistories.dir().resolve("expected.tsv"), 108);
  }

  @TestFactory
  Stream<DynamicTest> s3AnomaliesAndTheirFixedTwins() throws IOException {
    return verdicts(SharedHistories.resource("s3/expected.tsv"), 21);
  }

  private static Stream<DynamicTest> verdicts(Path tsv, int count) throws IOException {
    List<ExpectedCorpus.Entry> entries = ExpectedCorpus.read(tsv);
    assertEquals(count, entries.size(), "entries in " + tsv);
    return entries.stream().map(e -> DynamicTest.dynamicTest(e.name(), () -> {
      CheckResult r = HistoryChecker.checkFile(e.file(), "auto", TIMEOUT);
      assertEquals(e.expected(), r.verdict(), r.summary());
      if (r.verdict() == Verdict.NOT_LINEARIZABLE) {
        // The violation was found, and it is shown.
        PartitionResult failing = r.partitions().get(0);
        assertEquals(Verdict.NOT_LINEARIZABLE, failing.verdict());
        assertNotNull(failing.evidence().cannotPlace());
        assertFalse(failing.evidence().statesBefore().isEmpty());
      }
    }));
  }
}
