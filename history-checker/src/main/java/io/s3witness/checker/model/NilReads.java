package io.s3witness.checker.model;

/** What an {@code ok} read returning nil/null means for register-like models. */
public enum NilReads {
  /** Knossos: the read's value is unknown, it constrains nothing (default for EDN and logs). */
  UNKNOWN,
  /** Porcupine and JSON Lines: the register held nil (its initial value, or a nil write). */
  VALUE
}
