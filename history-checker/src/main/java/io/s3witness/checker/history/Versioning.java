package io.s3witness.checker.history;

/** S3 bucket versioning state (DESIGN §1). */
public enum Versioning {
  ENABLED("enabled"), UNVERSIONED("unversioned"), SUSPENDED("suspended");

  private final String wire;

  Versioning(String wire) {
    this.wire = wire;
  }

  public String wire() {
    return wire;
  }

  public static Versioning fromWire(String name) {
    for (Versioning v : values()) {
      if (v.wire.equals(name)) {
        return v;
      }
    }
    return null;
  }
}
