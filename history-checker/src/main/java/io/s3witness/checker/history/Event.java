package io.s3witness.checker.history;

/**
 * One line of a history.
 *
 * @param line 1-based line in the source (for error messages and evidence)
 * @param process client id (Jepsen's integer process ids are kept as their decimal text)
 * @param value JSON-like value: null, Boolean, Long, Double, String, List, Map
 * @param time monotonic nanoseconds; formats without time use the line number (the order of
 *     lines then is the real-time order)
 * @param index optional {@code index} field, or null
 * @param error optional {@code error} of a {@code fail} line, or null
 */
public record Event(int line, String process, EventType type, String f, String key, Object value,
    long time, Long index, String error) {
}
