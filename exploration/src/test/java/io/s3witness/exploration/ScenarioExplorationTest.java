package io.s3witness.exploration;

import org.jetbrains.lincheck.LincheckAssertionError;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every scenario under Lincheck's model checker (raw threads, switches at shared memory accesses and monitors), with
 * the settings of {@link LincheckRuns}: on a strong store no explored interleaving may violate the scenario's promise;
 * where a violation is expected (eventual, a planted flaw) Lincheck must find it, and it must be the scenario's own
 * AssertionError. Prints budgets and times.
 */
class ScenarioExplorationTest {
    /** Invocations per strong scenario (-Dexploration.invocations to change). */
    static final int INVOCATIONS = Integer.getInteger("exploration.invocations", 20);
    /** Invocations within which an expected violation must be found (-Dexploration.violation.invocations). */
    static final int BUDGET = Integer.getInteger("exploration.violation.invocations", 100);

    /**
     * Thread start orders other than the written one, where the written one is not reached within the budget
     * (measured; see {@link LincheckRuns#startingInOrder}).
     */
    static final Map<String, int[]> START_ORDER = Map.of("overwrite-race eventual", new int[] {1, 0, 2});

    static String label(Scenario s, Target t) {
        return s.name() + " " + t.label();
    }

    static List<Named<Scenario>> scenarios() {
        List<Named<Scenario>> named = new ArrayList<>();
        for (Scenario s : Scenarios.all()) {
            named.add(Named.of(s.name(), s));
        }
        return named;
    }

    static List<Arguments> violatingCaught() {
        List<Arguments> cases = new ArrayList<>();
        for (Scenario s : Scenarios.all()) {
            for (Target t : Target.values()) {
                if (s.violatedOn(t)) {
                    cases.add(Arguments.of(Named.of(s.name(), s), t));
                }
            }
        }
        return cases;
    }

    /**
     * The first Lincheck call in a JVM costs several times what later ones do (attaching the agent, loading and first
     * transforming the classes: 12-18 s against 2-4 s for versioned-delete-current, see {@link LincheckRuns}); calls
     * after it cost about the same whether or not their scenario ran before, since every call transforms the classes
     * it reaches again. So one throwaway invocation of one scenario comes first, and the measured calls start warm.
     */
    @BeforeAll
    static void warmUp() {
        long start = System.nanoTime();
        Scenario s = new VersionedDeleteCurrent();
        try {
            LincheckRuns.explore(1, () -> s.run(new Random(1), Target.STRONG));
        } catch (LincheckAssertionError e) {
            System.out.println("lincheck warm-up " + s.name() + ": " + e.getMessage().trim().split("\n")[0]);
        }
        System.out.printf("lincheck warm-up seconds=%.1f%n", (System.nanoTime() - start) / 1e9);
    }

    @ParameterizedTest(name = "{0} strong")
    @MethodSource("scenarios")
    void strongPassesEveryExploredInterleaving(Scenario scenario) {
        long start = System.nanoTime();
        LincheckRuns.explore(INVOCATIONS, () -> scenario.run(new Random(1), Target.STRONG));
        System.out.printf("lincheck %-26s strong    no violation   invocations=%d seconds=%.1f%n", scenario.name(),
            INVOCATIONS, (System.nanoTime() - start) / 1e9);
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("violatingCaught")
    void expectedViolationIsFound(Scenario scenario, Target target) {
        int[] order = START_ORDER.get(label(scenario, target));
        Interleaver interleaver = order == null ? Interleaver.THREADS : LincheckRuns.startingInOrder(order);
        long start = System.nanoTime();
        LincheckAssertionError e = assertThrows(LincheckAssertionError.class,
            () -> LincheckRuns.explore(BUDGET, () -> scenario.run(new Random(1), target, interleaver)),
            () -> "Lincheck did not find the expected violation of " + label(scenario, target) + " in " + BUDGET
                + " invocations");
        String own = scenario.name() + " (" + target.label() + "): ";
        assertTrue(e.getMessage().contains(own), () -> "not the scenario's own violation: " + e.getMessage());
        String message = e.getMessage().substring(e.getMessage().indexOf(own));
        System.out.printf("lincheck %-26s %-9s violation found (budget %d, start order %s) seconds=%.1f: %s%n",
            scenario.name(), target.label(), BUDGET, order == null ? "as written" : Arrays.toString(order),
            (System.nanoTime() - start) / 1e9, message.split("\n")[0]);
    }
}
