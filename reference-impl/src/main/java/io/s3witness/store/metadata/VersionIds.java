package io.s3witness.store.metadata;

/**
 * Version ids: {@code "null"} or 16 hex digits of the key's log sequence number, unique per key because the log
 * only grows. Deterministic, so that runs with the same seed produce the same histories.
 */
public final class VersionIds {
    public static final String NULL = "null";

    private VersionIds() {
    }

    public static String forSeq(long seq) {
        return io.s3witness.store.ContentDigest.hex16(seq);
    }

    /** Whether the string could be a version id at all; S3 answers InvalidArgument otherwise. */
    public static boolean isWellFormed(String id) {
        if (id == null) {
            return false;
        }
        if (NULL.equals(id)) {
            return true;
        }
        if (id.length() != 16) {
            return false;
        }
        for (int i = 0; i < id.length(); i++) {
            char c = id.charAt(i);
            if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'))) {
                return false;
            }
        }
        return true;
    }
}
