package io.s3witness.store;

import java.util.List;

/**
 * A ListObjectVersions page.
 *
 * @param versions            versions and delete markers, by key, newest first within a key; the first of a key
 *                            on the page is its latest iff {@code latest} says so
 * @param latest              parallel to {@code versions}: whether that entry is its key's current version
 * @param truncated           whether more follow
 * @param nextKeyMarker       with nextVersionIdMarker, where the next page starts; null when not truncated
 * @param nextVersionIdMarker see nextKeyMarker
 */
public record ListVersionsResult(List<ObjectVersion> versions, List<Boolean> latest, boolean truncated,
                                 String nextKeyMarker, String nextVersionIdMarker) {
    public ListVersionsResult {
        versions = ImmutableLists.copyOf(versions);
        latest = ImmutableLists.copyOf(latest);
    }
}
