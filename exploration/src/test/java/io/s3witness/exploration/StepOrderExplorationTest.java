package io.s3witness.exploration;

import org.junit.jupiter.api.Named;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every operation-level interleaving of every scenario, on every target, for several seeds of the scenario's own
 * choices: a strong store passes all of them; where a scenario's promise is expected to break, at least one
 * interleaving must break it with the scenario's own message. Exhaustive at this granularity (whole operations and
 * faults as steps), which complements the memory-access-level exploration of Lincheck and JPF.
 */
class StepOrderExplorationTest {
    static final int SEEDS = 4;

    /** Every scenario on every target. */
    static List<Arguments> cases() {
        List<Arguments> cases = new ArrayList<>();
        for (Scenario s : Scenarios.all()) {
            for (Target t : Target.values()) {
                cases.add(Arguments.of(Named.of(s.name(), s), t));
            }
        }
        return cases;
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("cases")
    void everyOrder(Scenario scenario, Target target) {
        long start = System.nanoTime();
        int orders = 0;
        int violating = 0;
        String example = null;
        for (long seed = 0; seed < SEEDS; seed++) {
            StepOrder.Counting counting = new StepOrder.Counting();
            try {
                scenario.run(new Random(seed), target, counting);
            } catch (AssertionError ignored) {
                // The client-after-client order is one of those enumerated below; its verdict is counted there.
            }
            for (int[] order : StepOrder.allOrders(counting.steps())) {
                orders++;
                try {
                    scenario.run(new Random(seed), target, new StepOrder(order));
                } catch (AssertionError e) {
                    violating++;
                    if (example == null) {
                        example = e.getMessage() + " (seed " + seed + ", order " + java.util.Arrays.toString(order)
                            + ")";
                    }
                    assertTrue(e.getMessage().startsWith(scenario.name() + " (" + target.label() + "): "),
                        "not the scenario's own check: " + e.getMessage());
                }
            }
        }
        System.out.printf("step-orders %-26s %-9s orders=%d violating=%d seconds=%.2f%s%n", scenario.name(),
            target.label(), orders, violating, (System.nanoTime() - start) / 1e9,
            example == null ? "" : " e.g. " + example);
        if (scenario.violatedOn(target)) {
            assertTrue(violating > 0, scenario.name() + " on " + target.label() + ": no order out of " + orders
                + " shows the expected violation");
        } else {
            assertEquals(0, violating, example);
        }
    }
}
