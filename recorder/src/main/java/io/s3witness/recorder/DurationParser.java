package io.s3witness.recorder;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Parses durations as people write them on a command line: {@code 500ms}, {@code 5s}, {@code 2m}, or ISO {@code PT5S}. */
final class DurationParser {
    private static final Pattern SIMPLE = Pattern.compile("(\\d+)\\s*(ms|s|m)?");

    private DurationParser() { }

    static Duration parse(String option, String text) {
        String t = text.trim();
        Matcher m = SIMPLE.matcher(t);
        if (m.matches()) {
            long n = Long.parseLong(m.group(1));
            String unit = m.group(2) == null ? "s" : m.group(2);
            switch (unit) {
                case "ms": return Duration.ofMillis(n);
                case "m": return Duration.ofMinutes(n);
                default: return Duration.ofSeconds(n);
            }
        }
        try {
            return Duration.parse(t);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(option + ": expected a duration such as 500ms, 5s or 2m, got '"
                    + text + "'");
        }
    }
}
