package io.s3witness.store.property;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ActionSequencesTest {
    /** A counter that breaks once it has been incremented three times after a reset. */
    private static final class Counter {
        int n;
    }

    private static Step<Counter> draw(Random r) {
        return r.nextInt(4) == 0
            ? new Step<>("reset", c -> c.n = 0)
            : new Step<>("inc", c -> {
                c.n++;
                if (c.n == 3) {
                    throw new AssertionError("reached 3");
                }
            });
    }

    @Test
    void shrinksAFailureToTheMinimalSequenceAndNamesItsSeed() {
        ActionSequences<Counter> property = new ActionSequences<>(Counter::new, ActionSequencesTest::draw, 50, 30, 99);
        AssertionError e = assertThrows(AssertionError.class, property::check);
        assertTrue(e.getMessage().contains("property failed for seed "), e.getMessage());
        assertTrue(e.getMessage().contains("shrunk to 3:\n  inc\n  inc\n  inc\n"), e.getMessage());
    }

    @Test
    void passesWhenNoSequenceFails() {
        ActionSequences<Counter> property = new ActionSequences<>(Counter::new,
            r -> new Step<>("reset", c -> c.n = 0), 20, 10, 1);
        property.check();
    }

    @Test
    void theSameSeedDrawsTheSameSequence() {
        ActionSequences<Counter> property = new ActionSequences<>(Counter::new, ActionSequencesTest::draw, 1, 30, 5);
        List<String> first = new ArrayList<>();
        List<String> second = new ArrayList<>();
        property.draw(new Random(5)).forEach(s -> first.add(s.description()));
        property.draw(new Random(5)).forEach(s -> second.add(s.description()));
        assertEquals(first, second);
    }
}
