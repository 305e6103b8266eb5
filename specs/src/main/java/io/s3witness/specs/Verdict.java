package io.s3witness.specs;

/**
 * What a TLC run found.
 *
 * @param kind the kind of outcome
 * @param name the violated invariant or property (empty unless {@code kind} is a violation)
 * @param detail TLC's own words for errors and property violations
 */
public record Verdict(Kind kind, String name, String detail) {

    /** The outcomes we distinguish. */
    public enum Kind {
        /** Model checking completed without finding anything. */
        PASS,
        /** A state violated an invariant. */
        INVARIANT,
        /** A behaviour violated a property (action or temporal part). */
        PROPERTY,
        /** A state has no successor and deadlock checking was on. */
        DEADLOCK,
        /** TLC could not finish: parse/semantic error, evaluation error, crash, timeout. */
        ERROR
    }

    public static Verdict pass() {
        return new Verdict(Kind.PASS, "", "");
    }

    public static Verdict error(String detail) {
        return new Verdict(Kind.ERROR, "", detail);
    }

    /** The short form used in summaries and in configs.tsv: pass, NoStaleRead, deadlock, error. */
    public String label() {
        return switch (kind) {
            case PASS -> "pass";
            case INVARIANT, PROPERTY -> name;
            case DEADLOCK -> "deadlock";
            case ERROR -> "error";
        };
    }
}
