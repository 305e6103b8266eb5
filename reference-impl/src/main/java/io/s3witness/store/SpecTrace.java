package io.s3witness.store;

/**
 * Receives every spec step the store takes — CacheCoherence.tla's {@code Did(name, c, k)} plus what a trace checker
 * needs to replay it — for trace validation against the spec. Each call is made inside the step's critical section,
 * so the calls arrive in an order in which the steps could have happened one at a time. An implementation must be
 * thread-safe, quick, and must not call back into the store.
 */
public interface SpecTrace {
    /**
     * One step.
     *
     * @param action the spec action, e.g. {@code "CommitToLog"}
     * @param client the client c, or -1 for an environment step (faults, versioning)
     * @param key    the key k, or null (BeginList, ReturnList, faults)
     * @param node   the cache node the step involves, or -1
     * @param seq    the log position the step involves (committed, notified, read, installed, observed), or -1;
     *               ReadCache of a miss reports -1
     * @param detail the invoked kind ({@code put delete delver get getver}), CheckWitness's {@code current}/{@code
     *               stale}, ListObserveKey's {@code present}/{@code absent}, ReturnWrite's {@code ok}/{@code fail}, the
     *               new versioning state; else null
     * @param arg    an Invoke's argument: the content digest of a PUT, the version id of delver/getver; else null
     */
    void step(String action, int client, String key, int node, long seq, String detail, String arg);

    /** Traces nothing. */
    SpecTrace NONE = (action, client, key, node, seq, detail, arg) -> { };
}
