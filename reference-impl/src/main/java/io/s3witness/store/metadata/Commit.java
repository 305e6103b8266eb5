package io.s3witness.store.metadata;

/** The outcome of a commit: the mutation's log position, the mutation as logged, and the stack it produced. */
public record Commit(long seq, Mutation mutation, VersionStack stack) {
    public CacheEntry entry() {
        return new CacheEntry(seq, stack);
    }
}
