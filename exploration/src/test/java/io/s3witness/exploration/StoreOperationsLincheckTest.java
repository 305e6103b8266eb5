package io.s3witness.exploration;

import org.jetbrains.kotlinx.lincheck.Actor;
import org.jetbrains.kotlinx.lincheck.execution.ExecutionScenario;
import org.jetbrains.lincheck.LincheckAssertionError;
import org.jetbrains.lincheck.datastructures.ModelCheckingOptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The store's operations (PUT, GET, HEAD, GET-version, DELETE, DELETE-version, LIST, list-versions, and node faults)
 * under Lincheck's model checker against the sequential semantics {@link SequentialS3}: a strong store is
 * linearizable in every explored scenario and interleaving; an eventual store is caught.
 */
class StoreOperationsLincheckTest {
    /** Random scenarios (-Dexploration.operation.iterations to change). */
    static final int ITERATIONS = Integer.getInteger("exploration.operation.iterations", 3);
    static final int INVOCATIONS = Integer.getInteger("exploration.operation.invocations", 30);

    /**
     * Random scenarios (2 threads of 3 operations, 2 before, 1 after) plus the fixed one, {@code iterations} of them
     * random, {@code invocations} interleavings each.
     */
    static ModelCheckingOptions options(int iterations, int invocations) throws NoSuchMethodException {
        return new ModelCheckingOptions()
            .iterations(iterations)
            .invocationsPerIteration(invocations)
            .threads(2)
            .actorsPerThread(3)
            .actorsBefore(2)
            .actorsAfter(1)
            .sequentialSpecification(SequentialS3.class)
            // Lincheck 3.7 stops exploring once a loop has run 10..49 times (LincheckRuns says why); no operation
            // here spins, so a switch is never needed inside a loop.
            .loopIterationsBeforeThreadSwitch(LincheckRuns.NO_LOOP_SWITCH)
            .loopBound(2 * LincheckRuns.NO_LOOP_SWITCH)
            .addCustomScenario(staleReadAfterOverwrite());
    }

    /**
     * The eventual anomaly "stale read after overwrite" as a fixed scenario: v1 is in the key's home node; one thread
     * impairs that node, PUTs v2 (through the backup) and restores it; after both threads, a GET. Every linearization
     * orders that GET after the PUT, so it must return v2; eventual serves the home node's v1.
     */
    static ExecutionScenario staleReadAfterOverwrite() throws NoSuchMethodException {
        int home = StoreOperations.home(0);
        return new ExecutionScenario(
            List.of(actor("put", 0, 1)),
            List.of(List.of(actor("impair", home), actor("put", 0, 2), actor("restore", home)),
                List.of(actor("head", 1))),
            List.of(actor("get", 0)),
            null);
    }

    private static Actor actor(String name, Object... args) throws NoSuchMethodException {
        Class<?>[] types = new Class<?>[args.length];
        Arrays.fill(types, int.class);
        Method m = StoreOperations.class.getMethod(name, types);
        return new Actor(m, Arrays.asList(args), false, false, false, false, false);
    }

    /**
     * Every operation once on plain stores, outside Lincheck, then one throwaway Lincheck run. Measured: without it,
     * the first GET under Lincheck failed with NoClassDefFoundError for io.s3witness.store.StoredObject (a class first
     * loaded inside an analysed thread), and the first eventual run reported a hang while Lincheck retransformed the
     * S3Exception path on a loaded machine.
     */
    @BeforeAll
    static void warmUp() {
        for (StoreOperations ops : List.of(new StoreOperations.Strong(), new StoreOperations.Eventual())) {
            ops.put(0, 1);
            ops.get(0);
            ops.get(1);
            ops.head(0);
            ops.head(1);
            ops.getVersion(0, 1);
            ops.getVersion(0, 3);
            ops.listHas(0);
            ops.listVersions(0);
            ops.impair(0);
            ops.delete(0);
            ops.restore(0);
            ops.getVersion(0, 2);
            ops.deleteVersion(0, 2);
        }
        try {
            options(0, 1).check(StoreOperations.Eventual.class);
        } catch (LincheckAssertionError | NoSuchMethodException e) {
            System.out.println("lincheck operations warm-up: " + String.valueOf(e.getMessage()).trim().split("\n")[0]);
        }
    }

    @Test
    void strongStoreIsLinearizable() throws NoSuchMethodException {
        long start = System.nanoTime();
        options(ITERATIONS, INVOCATIONS).check(StoreOperations.Strong.class);
        System.out.printf("lincheck operations strong linearizable iterations=%d invocations=%d seconds=%.1f%n",
            ITERATIONS + 1, INVOCATIONS, (System.nanoTime() - start) / 1e9);
    }

    @Test
    void eventualStoreIsCaught() throws NoSuchMethodException {
        long start = System.nanoTime();
        ModelCheckingOptions options = options(0, INVOCATIONS);
        LincheckAssertionError e = assertThrows(LincheckAssertionError.class,
            () -> options.check(StoreOperations.Eventual.class));
        assertTrue(e.getMessage().contains("Invalid execution results"), e.getMessage());
        assertTrue(e.getMessage().contains("get(0): d1"), e.getMessage());
        System.out.printf("lincheck operations eventual caught seconds=%.1f%n", (System.nanoTime() - start) / 1e9);
    }
}
