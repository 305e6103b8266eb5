package io.s3witness.checker;

import io.s3witness.checker.history.Operation;
import java.util.List;

/**
 * The outcome of checking one history: the verdict, a human-readable summary with the
 * evidence, and the structured parts a report renderer consumes.
 *
 * @param source the history's file name (or {@code <memory>})
 * @param model model used
 * @param engine "wgl" (this checker), "knossos", or "both"
 * @param operations operations in the history (completed, failed and indeterminate)
 * @param partitions per-part results, failing ones first
 * @param history every operation of the history, in invocation order
 */
public record CheckResult(String source, String model, String engine, Verdict verdict,
    String summary, int operations, List<PartitionResult> partitions, long elapsedNanos,
    List<Operation> history) {

  /** CPU time of the searches (all partitions, whichever threads ran them). */
  public long searchCpuNanos() {
    return partitions.stream().mapToLong(PartitionResult::cpuNanos).sum();
  }

  /** The partitions with the given verdict. */
  public List<PartitionResult> partitions(Verdict v) {
    return partitions.stream().filter(p -> p.verdict() == v).toList();
  }
}
