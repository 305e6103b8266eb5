package io.s3witness.recorder;

/** An operation that did not complete normally, with whether it may still have taken effect. */
public final class StoreException extends Exception {
    private static final long serialVersionUID = 1L;

    /** {@code DEFINITE}: certainly not applied ({@code fail}); {@code INDETERMINATE}: unknown ({@code info}). */
    public enum Outcome { DEFINITE, INDETERMINATE }

    private final Outcome outcome;

    public StoreException(Outcome outcome, String message, Throwable cause) {
        super(message, cause);
        this.outcome = outcome;
    }

    public static StoreException definite(String message) {
        return new StoreException(Outcome.DEFINITE, message, null);
    }

    public static StoreException indeterminate(String message) {
        return new StoreException(Outcome.INDETERMINATE, message, null);
    }

    public Outcome outcome() {
        return outcome;
    }

    public boolean definite() {
        return outcome == Outcome.DEFINITE;
    }
}
