package io.s3witness.checker.lin;

import java.util.concurrent.atomic.AtomicBoolean;

/**
 * When a search must give up with {@code unknown}.
 *
 * @param deadlineNanos {@link System#nanoTime()} after which to stop
 * @param maxStates most memoised configurations per partition (the memory limit)
 * @param cancelled set by another thread to stop the search
 */
public record SearchLimits(long deadlineNanos, long maxStates, AtomicBoolean cancelled) {
}
