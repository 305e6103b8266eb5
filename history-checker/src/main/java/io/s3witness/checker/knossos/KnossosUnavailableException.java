package io.s3witness.checker.knossos;

/** Knossos cannot run here (not on the classpath, or no Knossos model for this one). */
public final class KnossosUnavailableException extends Exception {
  public KnossosUnavailableException(String message) {
    super(message);
  }
}
