package io.s3witness.checker;

/** The answer for a history (or one partition of it). */
public enum Verdict {
  LINEARIZABLE("linearizable"),
  NOT_LINEARIZABLE("not-linearizable"),
  /** A time or memory limit was hit before the search finished; the reason says which. */
  UNKNOWN("unknown");

  private final String label;

  Verdict(String label) {
    this.label = label;
  }

  /** The spelling used in expected.tsv, the CLI and JSON results. */
  public String label() {
    return label;
  }

  /** Parses {@link #label()} (also accepts the enum name and spaces for dashes). */
  public static Verdict parse(String text) {
    String t = text.trim().toLowerCase(java.util.Locale.ROOT).replace('_', '-').replace(' ', '-');
    for (Verdict v : values()) {
      if (v.label.equals(t)) {
        return v;
      }
    }
    throw new IllegalArgumentException(
        "expected one of linearizable, not-linearizable, unknown, got \"" + text + "\"");
  }

  /** Combines partition verdicts: any violation wins, then any unknown. */
  public static Verdict combine(Verdict a, Verdict b) {
    if (a == NOT_LINEARIZABLE || b == NOT_LINEARIZABLE) {
      return NOT_LINEARIZABLE;
    }
    if (a == UNKNOWN || b == UNKNOWN) {
      return UNKNOWN;
    }
    return LINEARIZABLE;
  }
}
