package io.s3witness.recorder;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class DurationParserTest {
    @Test
    void readsCommonSpellings() {
        assertEquals(Duration.ofMillis(500), DurationParser.parse("--timeout", "500ms"));
        assertEquals(Duration.ofSeconds(5), DurationParser.parse("--timeout", "5s"));
        assertEquals(Duration.ofSeconds(7), DurationParser.parse("--timeout", "7"));
        assertEquals(Duration.ofMinutes(2), DurationParser.parse("--timeout", "2m"));
        assertEquals(Duration.ofSeconds(3), DurationParser.parse("--timeout", "PT3S"));
    }

    @Test
    void namesTheOptionOnBadInput() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> DurationParser.parse("--timeout", "soon"));
        assertEquals("--timeout: expected a duration such as 500ms, 5s or 2m, got 'soon'", e.getMessage());
    }
}
