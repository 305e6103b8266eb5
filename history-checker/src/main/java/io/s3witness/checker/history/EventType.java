package io.s3witness.checker.history;

/** The {@code type} of a history line (Jepsen's vocabulary). */
public enum EventType {
  INVOKE("invoke"),
  OK("ok"),
  /** Certainly did not take effect. */
  FAIL("fail"),
  /** Unknown outcome: may take effect at any time after its invocation, or never. */
  INFO("info");

  private final String wire;

  EventType(String wire) {
    this.wire = wire;
  }

  public String wire() {
    return wire;
  }

  /** The type for a wire name, or null. */
  public static EventType fromWire(String name) {
    for (EventType t : values()) {
      if (t.wire.equals(name)) {
        return t;
      }
    }
    return null;
  }
}
