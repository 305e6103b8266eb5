package io.s3witness.exploration;

import io.s3witness.store.Mode;
import io.s3witness.store.ProtocolBug;
import io.s3witness.store.StoreConfig;
import io.s3witness.store.Versioning;

/**
 * The store a scenario runs against: strong, eventual, or strong with one planted protocol flaw. Two cache nodes are enough for every hazard (a key's home node and its backup)
 * and one witness stripe keeps a model checker's state space small; the seed only drives probabilistic commit
 * failures, which no scenario uses.
 */
public enum Target {
    STRONG(Mode.STRONG, ProtocolBug.NONE, "strong"),
    EVENTUAL(Mode.EVENTUAL, ProtocolBug.NONE, "eventual"),
    /** Strong with the planted flaw: the write path fills the cache and notifies the witness before committing. */
    PUBLISH_BEFORE_COMMIT(Mode.STRONG, ProtocolBug.PUBLISH_BEFORE_COMMIT, "bug-publish-before-commit"),
    /** Strong with the planted flaw: an Unknown key's witness adopts a reader's seq. */
    WITNESS_LEARNS_FROM_READER(Mode.STRONG, ProtocolBug.WITNESS_LEARNS_FROM_READER, "bug-witness-learns"),
    /** Strong with the planted flaw: a witness back from a partition keeps its old hw. */
    WITNESS_KEEPS_STATE(Mode.STRONG, ProtocolBug.WITNESS_KEEPS_STATE_AFTER_PARTITION, "bug-witness-keeps-state");

    static final int CACHE_NODES = 2;

    private final Mode mode;
    private final ProtocolBug bug;
    private final String label;

    Target(Mode mode, ProtocolBug bug, String label) {
        this.mode = mode;
        this.bug = bug;
        this.label = label;
    }

    public StoreConfig config(Versioning versioning) {
        return new StoreConfig(mode, CACHE_NODES, versioning, 1L, 1, bug);
    }

    /** The spelling used on command lines and in .jpf files: strong, eventual, bug-.... */
    public String label() {
        return label;
    }

    /** Parses a label; the error names every accepted one. */
    public static Target parse(String label) {
        for (Target t : values()) {
            if (t.label().equals(label)) {
                return t;
            }
        }
        StringBuilder known = new StringBuilder();
        for (Target t : values()) {
            known.append(known.length() == 0 ? "" : ", ").append(t.label());
        }
        throw new IllegalArgumentException("unknown target '" + label + "': expected one of " + known);
    }
}
