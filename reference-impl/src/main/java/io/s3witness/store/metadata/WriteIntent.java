package io.s3witness.store.metadata;

/**
 * What a client asked to write, before the ordering log turns it into a {@link Mutation} under the bucket's
 * versioning state.
 */
public record WriteIntent(Kind kind, String digest, long size, String versionId) {
    public enum Kind { PUT, DELETE, DELETE_VERSION }

    public static WriteIntent put(String digest, long size) {
        return new WriteIntent(Kind.PUT, digest, size, null);
    }

    public static WriteIntent delete() {
        return new WriteIntent(Kind.DELETE, null, 0, null);
    }

    public static WriteIntent deleteVersion(String versionId) {
        return new WriteIntent(Kind.DELETE_VERSION, null, 0, versionId);
    }
}
