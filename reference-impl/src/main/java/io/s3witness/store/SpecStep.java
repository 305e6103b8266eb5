package io.s3witness.store;

/** One recorded {@link SpecTrace} call; fields as there. */
public record SpecStep(String action, int client, String key, int node, long seq, String detail, String arg) {
}
