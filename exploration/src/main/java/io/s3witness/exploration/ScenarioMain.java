package io.s3witness.exploration;

import java.util.Random;

/**
 * The shared {@code main} of every scenario: {@code <Scenario> [strong|eventual|bug-...]}, or the system property
 * {@code target} (the .jpf files pass target.args). One run with a fixed seed; under JPF every
 * {@code Random} call becomes a choice point and every thread switch a scheduling choice, so this single run is the
 * whole exploration. A violation escapes main as an AssertionError, which JPF reports as a property violation.
 */
final class ScenarioMain {
    private ScenarioMain() {
    }

    static void main(Scenario scenario, String[] args) {
        String label = args.length > 0 ? args[0] : System.getProperty("target", "strong");
        Target target;
        try {
            target = Target.parse(label);
        } catch (IllegalArgumentException e) {
            System.err.println(scenario.name() + ": " + e.getMessage());
            System.exit(2);
            return;
        }
        scenario.run(new Random(1), target);
        System.out.println(scenario.name() + " " + target.label() + ": no violation in this run");
    }
}
