package io.s3witness.recorder;

import java.time.Duration;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;

/**
 * Faults injected into the store under test while the recorder runs, e.g. through the fault API of
 * an in-process reference store (impair a cache node, crash or replace the witness).
 *
 * <p>The recorder calls {@link #beforeOperation} once per operation, just before that operation's
 * invoke line is written, with the operation's 1-based number across all clients and the time since
 * the run started. Calls are serialised and their numbers strictly increase, so an implementation
 * needs no locking of its own; it should return quickly, because the calling client waits. A fault
 * applied in operation n's call is in force before operation n is invoked, and operation n is the
 * n-th invoke line of the history, so every operation from there on can observe it. {@link #finished} is called once after the last operation
 * completed (also after an aborted run), e.g. to heal the store.
 */
public interface FaultSchedule {

    /** Injects nothing. */
    FaultSchedule NONE = (operation, sinceStart) -> { };

    void beforeOperation(long operation, Duration sinceStart);

    default void finished() { }

    /**
     * Runs each action once, when the given operation number is reached; numbers past the end of the
     * run never fire.
     */
    static FaultSchedule atOperations(Map<Long, Runnable> actions) {
        NavigableMap<Long, Runnable> pending = new TreeMap<>(actions);
        return (operation, sinceStart) -> {
            while (!pending.isEmpty() && pending.firstKey() <= operation) {
                pending.pollFirstEntry().getValue().run();
            }
        };
    }
}
