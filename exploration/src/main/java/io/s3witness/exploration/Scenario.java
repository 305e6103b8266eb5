package io.s3witness.exploration;

import java.util.Random;

/**
 * One hazard or anomaly of DESIGN §1 as a small concurrent program over the real store: 2–4 raw threads of 1–3
 * operations (one of them may inject faults), then a direct check of what the clients saw. Every choice that is not
 * the scheduler's comes from {@code random}, so Java PathFinder enumerates it (cg.enumerate_random) and Lincheck
 * replays it from a fixed seed.
 */
public interface Scenario {
    /** The name used in .jpf files and reports, e.g. overwrite-race. */
    String name();

    /**
     * Runs once, the clients interleaved by {@code interleaver}; throws {@link AssertionError} with a readable message
     * when the clients saw a violation.
     */
    void run(Random random, Target target, Interleaver interleaver);

    /** Runs once on raw threads (what JPF and Lincheck explore). */
    default void run(Random random, Target target) {
        run(random, target, Interleaver.THREADS);
    }

    /** Whether some interleaving violates the promise on this target (true means the explorer must find it). */
    boolean violatedOn(Target target);
}
