package io.s3witness.specs;

import java.util.Map;

/**
 * One state of a TLC counterexample: its position (1 = initial state), the label TLC gives the
 * step that led to it (e.g. {@code Initial predicate}, {@code Next}), and each variable's value
 * as TLC printed it.
 */
public record TraceStep(int index, String label, Map<String, String> variables) {
    public TraceStep {
        variables = Map.copyOf(variables);
    }
}
