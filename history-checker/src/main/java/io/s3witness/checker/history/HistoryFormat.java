package io.s3witness.checker.history;

/** On-disk history formats. */
public enum HistoryFormat {
  /** Native: one JSON object a line (DESIGN §3). */
  JSONL("jsonl"),
  /** Jepsen EDN: one map a line, or one vector of maps (what Knossos reads). */
  EDN("edn"),
  /** Jepsen log lines: {@code INFO  jepsen.util - PROCESS :type :f VALUE}. */
  JEPSEN_LOG("jepsen-log");

  private final String label;

  HistoryFormat(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  /** The format for a label, or null. */
  public static HistoryFormat fromLabel(String label) {
    for (HistoryFormat f : values()) {
      if (f.label.equals(label)) {
        return f;
      }
    }
    return null;
  }
}
