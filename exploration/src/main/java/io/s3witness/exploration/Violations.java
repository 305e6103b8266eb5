package io.s3witness.exploration;

/**
 * The first violation any client thread saw. Threads only record; the main thread throws after joining them, so the
 * AssertionError always leaves {@code run} (and a scenario's main) whatever thread noticed it.
 */
final class Violations {
    private String first;

    synchronized void check(boolean holds, String message) {
        if (!holds && first == null) {
            first = message;
        }
    }

    synchronized void throwIfAny(String scenario, Target target) {
        if (first != null) {
            throw new AssertionError(scenario + " (" + target.label() + "): " + first);
        }
    }
}
