package io.s3witness.checker;

import io.s3witness.checker.history.HistoryFormat;
import io.s3witness.checker.model.NilReads;
import java.time.Duration;

/**
 * How to check a history.
 *
 * @param model register, cas-register, kv, s3, or "auto" (meta line, else inferred)
 * @param format input format, null to detect
 * @param timeout time limit per history (null: none)
 * @param maxStates memoised configurations allowed per partition (the memory limit)
 * @param initial initial register value (register/cas-register; kv per key), null for nil
 * @param nilReads meaning of a nil read; null: Knossos's (unknown) for EDN and Jepsen logs,
 *     "a nil value" for JSON Lines
 * @param allPartitions search every partition to the end even after one is not linearizable
 *     (more evidence, more time); by default the others stop, as in Porcupine
 */
public record CheckOptions(String model, HistoryFormat format, Duration timeout, long maxStates,
    Object initial, NilReads nilReads, boolean allPartitions) {

  public static final long DEFAULT_MAX_STATES = 5_000_000;

  public static CheckOptions of(String model, Duration timeout) {
    return new CheckOptions(model, null, timeout, DEFAULT_MAX_STATES, null, null, false);
  }

  public CheckOptions withFormat(HistoryFormat f) {
    return new CheckOptions(model, f, timeout, maxStates, initial, nilReads, allPartitions);
  }

  public CheckOptions withModel(String m) {
    return new CheckOptions(m, format, timeout, maxStates, initial, nilReads, allPartitions);
  }

  public CheckOptions withMaxStates(long n) {
    return new CheckOptions(model, format, timeout, n, initial, nilReads, allPartitions);
  }

  public CheckOptions withInitial(Object v) {
    return new CheckOptions(model, format, timeout, maxStates, v, nilReads, allPartitions);
  }

  public CheckOptions withAllPartitions(boolean all) {
    return new CheckOptions(model, format, timeout, maxStates, initial, nilReads, all);
  }

  public CheckOptions withNilReads(NilReads n) {
    return new CheckOptions(model, format, timeout, maxStates, initial, n, allPartitions);
  }
}
