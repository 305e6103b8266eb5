package io.s3witness.checker.history;

/** How an operation completed. */
public enum Outcome {
  OK,
  /** Did not take effect. */
  FAIL,
  /** Indeterminate: an {@code info} completion, or an invoke that never completed. */
  INFO
}
