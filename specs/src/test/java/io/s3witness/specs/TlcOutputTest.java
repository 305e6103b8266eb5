package io.s3witness.specs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Parses real TLC 2.18 -tool output captured from small specs (src/test/resources/tlc). */
class TlcOutputTest {

    private static String sample(String name) throws IOException {
        try (InputStream in = TlcOutputTest.class.getResourceAsStream("/tlc/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void invariantViolationNamesTheInvariantAndKeepsTheTrace() throws IOException {
        TlcOutput.Result r = TlcOutput.parse(sample("inv.out"), List.of());
        assertEquals(Verdict.Kind.INVARIANT, r.verdict().kind());
        assertEquals("Inv", r.verdict().name());
        assertEquals(4, r.trace().size());
        assertEquals("Initial predicate", r.trace().get(0).label());
        assertEquals("Inc", r.trace().get(1).label());
        assertEquals("<<0, 1>>", r.trace().get(2).variables().get("y"));
        assertEquals(4L, r.distinctStates().getAsLong());
    }

    @Test
    void actionPropertyViolationNamesTheProperty() throws IOException {
        TlcOutput.Result r = TlcOutput.parse(sample("action.out"), List.of("Slow"));
        assertEquals(Verdict.Kind.PROPERTY, r.verdict().kind());
        assertEquals("Slow", r.verdict().name());
        assertEquals(3, r.trace().size());
    }

    @Test
    void completedRunIsAPassWithItsStateCount() throws IOException {
        TlcOutput.Result r = TlcOutput.parse(sample("pass.out"), List.of());
        assertEquals(Verdict.Kind.PASS, r.verdict().kind());
        assertEquals(4L, r.distinctStates().getAsLong());
        assertTrue(r.trace().isEmpty());
    }

    @Test
    void deadlockIsNeitherPassNorViolation() throws IOException {
        TlcOutput.Result r = TlcOutput.parse(sample("deadlock.out"), List.of());
        assertEquals(Verdict.Kind.DEADLOCK, r.verdict().kind());
    }

    @Test
    void configErrorsAndParseErrorsAreErrorsWithTlcsWords() throws IOException {
        TlcOutput.Result bad = TlcOutput.parse(sample("error.out"), List.of());
        assertEquals(Verdict.Kind.ERROR, bad.verdict().kind());
        assertTrue(bad.verdict().detail().contains("Nope"), bad.verdict().detail());
        TlcOutput.Result parse = TlcOutput.parse(sample("parse-error.out"), List.of());
        assertEquals(Verdict.Kind.ERROR, parse.verdict().kind());
        assertTrue(parse.verdict().detail().contains("*** Errors"), parse.verdict().detail());
    }

    @Test
    void truncatedOutputIsAnErrorNotAPass() {
        TlcOutput.Result r = TlcOutput.parse("@!@!@STARTMSG 2185:0 @!@!@\nStarting...\n"
                + "@!@!@ENDMSG 2185 @!@!@\n", List.of());
        assertEquals(Verdict.Kind.ERROR, r.verdict().kind());
    }
}
