package io.s3witness.exploration;

/**
 * "This operation has returned", published to the other threads. A reader that sees it set before it invokes its own
 * operation started after that operation completed, so linearizability obliges it to observe its effect. Volatile
 * rather than an AtomicBoolean: Java PathFinder models plain volatiles without the JDK's Unsafe paths.
 */
final class Flag {
    private volatile boolean set;

    void set() {
        set = true;
    }

    boolean isSet() {
        return set;
    }
}
