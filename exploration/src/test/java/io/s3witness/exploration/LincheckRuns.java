package io.s3witness.exploration;

import org.jetbrains.lincheck.Lincheck;
import org.jetbrains.lincheck.LincheckAssertionError;
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
 *
 * <p>Every call installs Lincheck's class transformer and uninstalls it at the end, so the first invocation of every
 * call retransforms each class the analysed threads reach, lazily, inside Lincheck's fixed 30 s invocation timeout
 * ({@code CTestConfiguration.DEFAULT_TIMEOUT_MS}, not settable through {@code LincheckSettings}). Measured
 * (versioned-delete-current, 1 invocation per call): 12-18 s for the first call in a JVM, 2-4 s for every later one,
 * 0.1-0.3 s for each further invocation; with the JVM run 20 ms in every 100 ms (a machine at load ~10) the first call
 * ends in "Concurrent test has hung" after 44-47 s with the analysed thread still inside
 * {@code LincheckInstrumentation.ensureClassHierarchyIsTransformed} while constructing the store, before any client
 * thread started. Such a bare timeout (no trace: Lincheck's own deadlock and livelock reports carry one) is retried
 * once; the retry's classes are already transformed once, which makes it cheaper.
 */
final class LincheckRuns {
    /** Above the longest loop the store runs, so Lincheck never asks for a switch inside one. */
    static final int NO_LOOP_SWITCH = 1000;

    private static final LincheckSettings SETTINGS = new LincheckSettings(false, NO_LOOP_SWITCH, 2 * NO_LOOP_SWITCH, 20);

    private LincheckRuns() {
    }

    /** Lincheck's whole message when an invocation ran past its time limit. */
    static final String TIMEOUT = "= Concurrent test has hung =";

    /**
     * Explores {@code invocations} interleavings of the block's threads; throws LincheckAssertionError on a failure. A
     * bare timeout is retried once (see above) and reported if it happens again.
     */
    static void explore(int invocations, Runnable block) {
        try {
            Lincheck.runConcurrentTestInternal$lincheck(invocations, SETTINGS, block);
        } catch (LincheckAssertionError e) {
            if (!isBareTimeout(e.getMessage())) {
                throw e;
            }
            System.out.println("lincheck: an invocation ran past Lincheck's 30 s limit without a trace (class"
                + " instrumentation on a loaded machine); exploring once more");
            Lincheck.runConcurrentTestInternal$lincheck(invocations, SETTINGS, block);
        }
    }

    /** Whether a failure is Lincheck's timeout alone, with no interleaving that leads to it. */
    static boolean isBareTimeout(String message) {
        return message != null && message.trim().equals(TIMEOUT);
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
