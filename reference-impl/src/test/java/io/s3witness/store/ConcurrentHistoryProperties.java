package io.s3witness.store;

import io.s3witness.checker.CheckResult;
import io.s3witness.checker.HistoryChecker;
import io.s3witness.checker.Verdict;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Real threads against the real store, histories checked by history-checker: a strong store is linearizable
 * whatever the faults; an eventual store with impaired nodes is caught. Seeds are printed with every run; the
 * interleaving is the JVM's, so rerunning a seed reproduces the requests and faults, not necessarily the outcome.
 */
class ConcurrentHistoryProperties {
    private static final Duration CHECK_BUDGET = Duration.ofSeconds(30);

    /** 60 runs whose parameters are drawn from one master seed; each run prints what reproduces its requests. */
    @Test
    void strongStoreIsLinearizableUnderFaults() throws InterruptedException {
        Random parameters = new Random(31337);
        for (int run = 0; run < 60; run++) {
            strongRun(1 + parameters.nextInt(1_000_000), 2 + parameters.nextInt(3), 5 + parameters.nextInt(36),
                parameters.nextBoolean(), parameters.nextBoolean());
        }
    }

    private static void strongRun(long seed, int clients, int opsPerClient, boolean versioned,
                                  boolean oneWitnessStripe) throws InterruptedException {
        StoreConfig config = StoreConfig.defaults().withSeed(seed)
            .withVersioning(versioned ? Versioning.ENABLED : Versioning.UNVERSIONED)
            .withWitnessStripes(oneWitnessStripe ? 1 : StoreConfig.DEFAULT_WITNESS_STRIPES);
        String history = new ConcurrentWorkload(config, clients, opsPerClient, ConcurrentWorkload.FaultMix.ALL).run();
        CheckResult result = HistoryChecker.checkJsonLines(history, "s3", CHECK_BUDGET);
        System.out.println("strong seed=" + seed + " clients=" + clients + " ops=" + opsPerClient + " versioning="
            + config.versioning() + " stripes=" + config.witnessStripes() + ": " + result.verdict());
        assertEquals(Verdict.LINEARIZABLE, result.verdict(),
            () -> "seed " + seed + ": " + result.summary() + "\nhistory:\n" + history);
    }

    /** The budget: this many seeded runs; at least one must be caught, and each is printed. */
    @Test
    void eventualStoreWithImpairedNodesIsCaught() throws InterruptedException {
        int tries = 30;
        int caught = 0;
        for (long seed = 1; seed <= tries; seed++) {
            StoreConfig config = StoreConfig.defaults().withMode(Mode.EVENTUAL).withSeed(seed);
            String history = new ConcurrentWorkload(config, 3, 30, ConcurrentWorkload.FaultMix.IMPAIRMENT).run();
            CheckResult result = HistoryChecker.checkJsonLines(history, "s3", CHECK_BUDGET);
            System.out.println("eventual seed=" + seed + ": " + result.verdict());
            if (result.verdict() == Verdict.NOT_LINEARIZABLE) {
                if (caught == 0) {
                    System.out.println(result.summary());
                }
                caught++;
            }
        }
        System.out.println("eventual: " + caught + " of " + tries + " runs not linearizable");
        assertTrue(caught > 0, "no anomaly found in " + tries + " eventual runs with impaired nodes");
    }
}
