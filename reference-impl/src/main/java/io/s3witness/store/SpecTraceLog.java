package io.s3witness.store;

import java.util.ArrayList;
import java.util.List;

/** A {@link SpecTrace} that keeps every step in memory, in call order. */
public final class SpecTraceLog implements SpecTrace {
    private final List<SpecStep> steps = new ArrayList<>();

    @Override
    public synchronized void step(String action, int client, String key, int node, long seq, String detail,
                                  String arg) {
        steps.add(new SpecStep(action, client, key, node, seq, detail, arg));
    }

    /** A copy of the steps so far. */
    public synchronized List<SpecStep> steps() {
        return ImmutableLists.copyOf(steps);
    }
}
