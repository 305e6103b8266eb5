package io.s3witness.store;

/** S3 bucket versioning state. */
public enum Versioning {
    UNVERSIONED("unversioned"),
    ENABLED("enabled"),
    SUSPENDED("suspended");

    private final String historyName;

    Versioning(String historyName) {
        this.historyName = historyName;
    }

    /** The spelling used in a history's meta line (DESIGN §3). */
    public String historyName() {
        return historyName;
    }
}
