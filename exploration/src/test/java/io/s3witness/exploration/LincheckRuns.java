package io.s3witness.exploration;

import org.jetbrains.lincheck.Lincheck;
import org.jetbrains.lincheck.LincheckSettings;

import java.util.ArrayList;
import java.util.List;

/**
 * How the scenarios run under Lincheck 3.7's model checker, and why not with its defaults.
 *
 * <p>Measured (probes, 300 invocations each): with the default settings Lincheck never finds even a one-switch race
 * between two volatile flags once any thread, the main one included, has run a loop of 10 to 49 iterations in the
 * invocation — and every PUT with versioning runs one (the zero padding of a version id, 15 iterations). At 50 or
 * more it reports a livelock instead. Its bounded loop detector asks for a thread switch every
 * {@code loopIterationsBeforeThreadSwitch} (10) iterations and declares a livelock at {@code loopBound} (50); the
 * switch request inside a loop leaves the exploration stuck (a loop of 15 before the racing write: never found; after
 * it: Lincheck reports "Non-determinism found"). Nothing in the store spins, so the switch threshold is set far above
 * any loop it runs. {@code runConcurrentTest(int, Runnable)} offers no settings; the overload that takes them is
 * Kotlin-internal (name-mangled, public in the bytecode), hence the odd name below.
 *
 * <p>{@code analyzeStdLib = false}: no switch points inside java.util collections, which the store only touches under
 * its own monitors, so no outcome is lost; it makes each invocation cheaper.
 */
final class LincheckRuns {
    /** Above the longest loop the store runs, so Lincheck never asks for a switch inside one. */
    static final int NO_LOOP_SWITCH = 1000;

    private static final LincheckSettings SETTINGS = new LincheckSettings(false, NO_LOOP_SWITCH, 2 * NO_LOOP_SWITCH, 20);

    private LincheckRuns() {
    }

    /** Explores {@code invocations} interleavings of the block's threads; throws LincheckAssertionError on a failure. */
    static void explore(int invocations, Runnable block) {
        Lincheck.runConcurrentTestInternal$lincheck(invocations, SETTINGS, block);
    }

    /**
     * Starts the clients' threads in this order (a permutation of their indices). Lincheck's search is biased by the
     * order threads start in: with a fixed budget it reaches interleavings that switch early to a thread started
     * early (measured: overwrite-race's eventual violation is found in 100 invocations when the writer or the reader
     * starts before the fault thread, never when the fault thread starts first).
     */
    static Interleaver startingInOrder(int[] order) {
        return threads -> {
            List<List<Runnable>> reordered = new ArrayList<>();
            for (int i : order) {
                reordered.add(threads.get(i));
            }
            Clients.startAndJoin(reordered);
        };
    }
}
