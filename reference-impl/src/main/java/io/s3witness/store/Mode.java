package io.s3witness.store;

/** How a store answers reads; chosen once per store. */
public enum Mode {
    /** A read returns whatever its cache node holds (the store before the switch). */
    EVENTUAL,
    /** A read asks the witness whether its node's entry is current and reloads from the log if not. */
    STRONG
}
