package io.s3witness.recorder;

/** The bucket's versioning state, as the history's meta line names it. */
public enum Versioning {
    ENABLED("enabled"),
    UNVERSIONED("unversioned"),
    SUSPENDED("suspended");

    private final String metaName;

    Versioning(String metaName) {
        this.metaName = metaName;
    }

    public String metaName() {
        return metaName;
    }

    /** Whether operations on version ids are meaningful (a suspended bucket keeps its old versions). */
    public boolean hasVersions() {
        return this != UNVERSIONED;
    }

    /** Parses the CLI's {@code --versioning on|off|suspended}. */
    public static Versioning parse(String text) {
        switch (text.toLowerCase(java.util.Locale.ROOT)) {
            case "on": case "enabled": return ENABLED;
            case "off": case "unversioned": return UNVERSIONED;
            case "suspended": return SUSPENDED;
            default:
                throw new IllegalArgumentException("--versioning: expected on, off or suspended, got '" + text + "'");
        }
    }
}
