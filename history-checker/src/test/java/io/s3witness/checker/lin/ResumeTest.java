package io.s3witness.checker.lin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.s3witness.checker.PartitionResult;
import io.s3witness.checker.SharedHistories;
import io.s3witness.checker.Verdict;
import io.s3witness.checker.history.History;
import io.s3witness.checker.history.HistoryReader;
import io.s3witness.checker.history.Operations;
import io.s3witness.checker.history.Outcome;
import io.s3witness.checker.model.Model;
import io.s3witness.checker.model.ModelOptions;
import io.s3witness.checker.model.Models;
import io.s3witness.checker.model.NilReads;
import io.s3witness.checker.model.Partition;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A search run in slices does exactly the work of one run, and reaches the same verdict. */
class ResumeTest {
  private static final long FAR = System.nanoTime() + 600_000_000_000L;

  @Test
  void slicedSearchEqualsOneRun() throws IOException {
    for (String name : new String[] {"etcd_002.log", "etcd_099.log"}) {
      History h = HistoryReader.read(SharedHistories.dir().resolve("porcupine-etcd/" + name),
          null);
      Model<?, ?> model = Models.create("cas-register", h, ModelOptions.defaults(NilReads.UNKNOWN));
      check(model, h, name);
    }
  }

  private static <S, C> void check(Model<S, C> model, History h, String name) {
    List<Partition<C>> parts = model.partition(Operations.pair(h).stream()
        .filter(op -> op.outcome() != Outcome.FAIL).toList(), name);
    PartitionResult whole = WglSearch.check(model, parts.get(0),
        new SearchLimits(FAR, Long.MAX_VALUE, null));
    WglSearch<S, C> sliced = WglSearch.prepare(model, parts.get(0));
    PartitionResult r = sliced.resume(new SearchLimits(FAR, 2000, null));
    assertEquals(Verdict.UNKNOWN, r.verdict(), name);
    r = sliced.resume(new SearchLimits(FAR, 9000, null));
    assertTrue(r.statesCached() >= 9000 || r.verdict() != Verdict.UNKNOWN, name);
    r = sliced.resume(new SearchLimits(FAR, Long.MAX_VALUE, null));
    assertEquals(whole.verdict(), r.verdict(), name);
    assertEquals(whole.statesCached(), r.statesCached(), name);
    if (r.verdict() == Verdict.NOT_LINEARIZABLE) {
      assertEquals(whole.evidence(), r.evidence(), name);
    }
  }
}
