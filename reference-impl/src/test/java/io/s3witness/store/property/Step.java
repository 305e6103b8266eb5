package io.s3witness.store.property;

import java.util.function.Consumer;

/**
 * One action of a generated sequence, with its arguments already drawn: replaying a list of steps is deterministic,
 * which is what lets a failing sequence be shrunk by deleting steps.
 */
public record Step<S>(String description, Consumer<S> action) {
    @Override
    public String toString() {
        return description;
    }
}
