package io.s3witness.checker.model;

/**
 * Settings models take from the command line or caller.
 *
 * @param initial initial register value (register, cas-register; kv uses it per key when
 *     non-null, else "")
 * @param nilReads meaning of a nil read
 */
public record ModelOptions(Object initial, NilReads nilReads) {
  public static ModelOptions defaults(NilReads nilReads) {
    return new ModelOptions(null, nilReads);
  }
}
