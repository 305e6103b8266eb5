package io.s3witness.store.metadata;

/**
 * What a cache node holds for a key: the version stack as of log position {@code seq}. seq 0 with an empty stack
 * caches "no such key".
 */
public record CacheEntry(long seq, VersionStack stack) {
}
