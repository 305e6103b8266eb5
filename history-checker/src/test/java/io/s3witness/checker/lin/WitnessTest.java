package io.s3witness.checker.lin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.s3witness.checker.CheckResult;
import io.s3witness.checker.HistoryChecker;
import io.s3witness.checker.PartitionResult;
import io.s3witness.checker.SharedHistories;
import io.s3witness.checker.Verdict;
import io.s3witness.checker.history.Operation;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * A linearizable partition comes with the linearization the search found: every determinate
 * operation once, in an order that respects real time.
 */
class WitnessTest {
  @Test
  void witnessesRespectRealTimeAndPlaceEveryDeterminateOperation() throws Exception {
    List<Path> files;
    try (Stream<Path> s = Files.list(SharedHistories.resource("s3/flicker.jsonl").getParent())) {
      files = s.filter(p -> p.toString().endsWith(".jsonl")).sorted().toList();
    }
    int checked = 0;
    for (Path file : files) {
      CheckResult r = HistoryChecker.checkFile(file, "s3", Duration.ofSeconds(10));
      for (PartitionResult p : r.partitions()) {
        if (p.verdict() != Verdict.LINEARIZABLE) {
          assertTrue(p.linearization().isEmpty());
          continue;
        }
        checked++;
        Map<Integer, Integer> position = new HashMap<>();
        for (int id : p.linearization()) {
          assertEquals(null, position.put(id, position.size()), file + ": " + id + " twice");
        }
        for (int id : p.operationIds()) {
          Operation op = r.history().get(id);
          assertTrue(op.indeterminate() || position.containsKey(id),
              file + " " + p.name() + ": operation " + id + " not placed");
        }
        for (int a : position.keySet()) {
          for (int b : position.keySet()) {
            if (r.history().get(a).ret() < r.history().get(b).call()) {
              assertTrue(position.get(a) < position.get(b),
                  file + ": " + a + " returned before " + b + " was invoked, yet follows it");
            }
          }
        }
      }
    }
    assertTrue(checked >= 8, "only " + checked + " linearizable partitions");
  }
}
