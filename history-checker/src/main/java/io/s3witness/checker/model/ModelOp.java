package io.s3witness.checker.model;

import io.s3witness.checker.history.Operation;

/**
 * An operation as a model sees it: its interval and outcome come from {@code source}, the
 * decoded {@code command} is what {@link Model#step} takes. One history operation may give
 * several (a LIST projected onto each key).
 */
public record ModelOp<C>(Operation source, C command) {
  public long call() {
    return source.call();
  }

  public long ret() {
    return source.ret();
  }

  public boolean indeterminate() {
    return source.indeterminate();
  }

  @Override
  public String toString() {
    return String.valueOf(command);
  }
}
