package io.s3witness.store.property;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Stateful property testing without a framework: for each try, a seeded {@link Random} draws a sequence of steps,
 * which run against a fresh state; the first failure is shrunk and reported with the seed that reproduces it.
 *
 * <p>Shrinking is delta debugging over the step list (Zeller &amp; Hildebrandt, "Simplifying and Isolating
 * Failure-Inducing Input", TSE 2002): remove chunks of halving size while the sequence still fails, ending with
 * single steps, so the report is 1-minimal — removing any one step makes it pass.
 *
 * <p>We write this instead of using a property-testing library because jqwik, from 1.10 on, asks AI agents not to
 * use it, and this project is written with them.
 */
public final class ActionSequences<S> {
    private final Supplier<S> initial;
    private final Function<Random, Step<S>> generator;
    private final int tries;
    private final int maxSteps;
    private final long seed;

    /**
     * @param initial   a fresh state for every run
     * @param generator draws one step (its kind and arguments) from the random stream
     * @param tries     how many sequences to run
     * @param maxSteps  each sequence has between 1 and this many steps
     * @param seed      the master seed; try i uses {@code seed + i}, printed on failure
     */
    public ActionSequences(Supplier<S> initial, Function<Random, Step<S>> generator, int tries, int maxSteps,
                           long seed) {
        this.initial = initial;
        this.generator = generator;
        this.tries = tries;
        this.maxSteps = maxSteps;
        this.seed = seed;
    }

    /** Runs every try; throws an AssertionError naming the seed and the shrunk sequence on the first failure. */
    public void check() {
        for (int i = 0; i < tries; i++) {
            long trySeed = seed + i;
            List<Step<S>> steps = draw(new Random(trySeed));
            Throwable failure = failureOf(steps);
            if (failure != null) {
                List<Step<S>> minimal = shrink(steps);
                Throwable minimalFailure = failureOf(minimal);
                throw new AssertionError("property failed for seed " + trySeed + " (try " + (i + 1) + " of " + tries
                    + "); " + steps.size() + " steps shrunk to " + minimal.size() + ":\n  "
                    + String.join("\n  ", minimal.stream().map(Step::description).toList())
                    + "\nfailure: " + minimalFailure, minimalFailure);
            }
        }
        System.out.println("passed " + tries + " sequences of up to " + maxSteps + " steps (seeds " + seed + ".."
            + (seed + tries - 1) + ")");
    }

    List<Step<S>> draw(Random random) {
        int length = 1 + random.nextInt(maxSteps);
        List<Step<S>> steps = new ArrayList<>(length);
        for (int i = 0; i < length; i++) {
            steps.add(generator.apply(random));
        }
        return steps;
    }

    /** The failure of one replay from a fresh state, or null when every step passes. */
    Throwable failureOf(List<Step<S>> steps) {
        S state = initial.get();
        try {
            for (Step<S> step : steps) {
                step.action().accept(state);
            }
            return null;
        } catch (AssertionError | RuntimeException e) {
            return e;
        }
    }

    List<Step<S>> shrink(List<Step<S>> failing) {
        List<Step<S>> current = failing;
        for (int chunk = Math.max(1, current.size() / 2); chunk >= 1; chunk = chunk == 1 ? 0 : chunk / 2) {
            boolean removedAny = true;
            while (removedAny) {
                removedAny = false;
                for (int from = 0; from < current.size(); from += chunk) {
                    List<Step<S>> candidate = new ArrayList<>(current.subList(0, from));
                    candidate.addAll(current.subList(Math.min(current.size(), from + chunk), current.size()));
                    if (!candidate.isEmpty() && failureOf(candidate) != null) {
                        current = candidate;
                        removedAny = true;
                        from -= chunk;
                    }
                }
            }
        }
        return current;
    }
}
