package io.s3witness.store.metadata;

/**
 * One record of a key's ordering log. The versioning state at commit time is already folded in (which version id a
 * PUT got), so the version stack is a pure function of the log.
 *
 * @param kind      what the mutation does
 * @param versionId the version id it creates or removes
 * @param digest    content digest for a PUT, else null
 * @param size      content length for a PUT, else 0
 */
public record Mutation(Kind kind, String versionId, String digest, long size) {
    public enum Kind {
        /** Push a version; a {@code "null"} version first replaces the existing null version. */
        PUT,
        /** Push a delete marker; a {@code "null"} marker first replaces the existing null version. */
        DELETE_MARKER,
        /** Remove a version for good (also the unversioned DELETE, which removes the null version). */
        REMOVE_VERSION
    }
}
