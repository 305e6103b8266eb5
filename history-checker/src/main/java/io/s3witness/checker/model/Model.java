package io.s3witness.checker.model;

import io.s3witness.checker.history.Operation;
import java.util.List;

/**
 * A sequential specification the checker linearizes against. Implement it to check your own
 * data type: decode operations into commands, split them into independent partitions, and
 * give the sequential step.
 *
 * @param <S> model state: immutable, with value-based {@code equals}/{@code hashCode} (the
 *     search memoises on it)
 * @param <C> a decoded operation (its invocation and, when known, its observed result)
 */
public interface Model<S, C> {
  /** Name used in results ("register", "s3", ...). */
  String name();

  /**
   * Decodes the operations (already without {@code fail}ed ones, which did not happen) and
   * splits them into partitions that can be checked independently — by linearizability's
   * locality (Herlihy &amp; Wing 1990) and P-compositionality (Horn &amp; Kroening 2015), e.g.
   * one per key. An operation that tells nothing (an indeterminate read) may be left out.
   *
   * @param source file name for error messages
   * @throws io.s3witness.checker.HistoryFormatException when a value has the wrong shape
   */
  List<Partition<C>> partition(List<Operation> operations, String source);

  /** The state before any operation. */
  S initialState();

  /**
   * The state after {@code command} takes effect in {@code state}, or {@code null} when it
   * cannot (its observed result contradicts the state). For an indeterminate command the
   * result is unknown and only its effect counts.
   */
  S step(S state, C command);

  /**
   * True when the command never changes any state (a read). The search then places it as soon
   * as it fits instead of branching over where to place it, which is a large saving and
   * exact; answering false is always safe.
   */
  default boolean readOnly(C command) {
    return false;
  }

  /**
   * Why {@code command} cannot take effect in {@code state} (when {@link #step} returned
   * null), for people reading the evidence. Models may say more than this default.
   */
  default String whyIllegal(S state, C command) {
    return command + " is not possible in state " + describeState(state);
  }

  /** Human-readable state for evidence. */
  default String describeState(S state) {
    return String.valueOf(state);
  }
}
