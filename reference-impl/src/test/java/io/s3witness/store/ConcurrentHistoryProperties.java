package io.s3witness.store;

import io.s3witness.checker.CheckResult;
import io.s3witness.checker.HistoryChecker;
import io.s3witness.checker.Verdict;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.ShrinkingMode;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Real threads against the real store, histories checked by history-checker: a strong store is linearizable
 * whatever the faults; an eventual store with impaired nodes is caught. Seeds are printed with every run; the
 * interleaving is the JVM's, so rerunning a seed reproduces the requests and faults, not necessarily the outcome.
 */
class ConcurrentHistoryProperties {
    private static final Duration CHECK_BUDGET = Duration.ofSeconds(30);

    @Property(tries = 60, seed = "31337", shrinking = ShrinkingMode.FULL)
    void strongStoreIsLinearizableUnderFaults(@ForAll @LongRange(min = 1, max = 1_000_000) long seed,
                                             @ForAll @IntRange(min = 2, max = 4) int clients,
                                             @ForAll @IntRange(min = 5, max = 40) int opsPerClient,
                                             @ForAll boolean versioned,
                                             @ForAll boolean oneWitnessStripe) throws InterruptedException {
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
