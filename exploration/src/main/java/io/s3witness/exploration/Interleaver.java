package io.s3witness.exploration;

import java.util.List;

/**
 * Runs a scenario's client threads, each a list of steps (one whole store operation or fault each). {@link #THREADS}
 * starts one raw thread per client, for a model checker (JPF, Lincheck) to interleave at the level of memory
 * accesses; {@link StepOrder} runs the steps one at a time in a given order on the calling thread, so a test can
 * enumerate every operation-level interleaving deterministically.
 */
public interface Interleaver {
    void run(List<List<Runnable>> threads);

    Interleaver THREADS = Clients::startAndJoin;
}
