package io.s3witness.store;

/**
 * A deliberate flaw in the strong protocol, for model checkers to show that they find it (exploration/,
 * jpf-configs/). {@link #NONE} is the protocol as specified; each other value removes one rule of
 * specs/Witness.tla at the one step that enforces it.
 */
public enum ProtocolBug {
    NONE,
    /** The write path writes through the cache and notifies the witness with the seq the commit would get, before committing (the write coordinator's rule: nothing readers see is touched before the commit). */
    PUBLISH_BEFORE_COMMIT,
    /** CheckWitness on an Unknown key adopts the reader's entry seq as hw and vouches for it (Witness.tla: an Unknown key is never vouched for, and hw is learnt only from the log). */
    WITNESS_LEARNS_FROM_READER,
    /** WitnessReachable keeps the hw the witness had when cut off, though it missed notifications (Witness.tla: it comes back knowing nothing). */
    WITNESS_KEEPS_STATE_AFTER_PARTITION
}
