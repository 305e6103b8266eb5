package io.s3witness.checker.cli;

/** A command line that cannot be run; the message says what was expected. */
final class UsageException extends Exception {
  UsageException(String message) {
    super(message);
  }
}
