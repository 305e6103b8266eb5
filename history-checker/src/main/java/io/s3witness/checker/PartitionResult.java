package io.s3witness.checker;

import java.util.List;

/**
 * The verdict for one independent part of a history (one key, or the whole history for an
 * unpartitioned model).
 *
 * @param name e.g. "key photos/a.jpg"; "" when the model does not partition
 * @param operations number of model operations searched
 * @param reason why the verdict is {@link Verdict#UNKNOWN}, else null
 * @param evidence for {@link Verdict#NOT_LINEARIZABLE}, else null
 * @param statesCached distinct (linearized set, state) configurations memoised
 * @param cpuNanos CPU time of the search thread (wall time misleads on a loaded machine)
 * @param operationIds the {@link io.s3witness.checker.history.Operation#id()}s in this part
 * @param linearization for {@link Verdict#LINEARIZABLE}: the witness the search found, as
 *     operation ids in linearization order (indeterminate operations it left out are absent);
 *     else empty
 */
public record PartitionResult(String name, Verdict verdict, int operations, String reason,
    Evidence evidence, long statesCached, long elapsedNanos, long cpuNanos,
    List<Integer> operationIds, List<Integer> linearization) {
  public PartitionResult {
    linearization = linearization == null ? List.of() : List.copyOf(linearization);
  }

  public PartitionResult(String name, Verdict verdict, int operations, String reason,
      Evidence evidence, long statesCached, long elapsedNanos, long cpuNanos,
      List<Integer> operationIds) {
    this(name, verdict, operations, reason, evidence, statesCached, elapsedNanos, cpuNanos,
        operationIds, List.of());
  }
}
