package io.s3witness.store;

import java.util.List;

/**
 * A ListObjectsV2 page.
 *
 * @param contents              the latest version of each listed key (never a delete marker), in key order
 * @param commonPrefixes        the common prefixes the delimiter produced, in order
 * @param nextContinuationToken pass it to get the next page; null when not truncated
 * @param truncated             whether more keys follow
 */
public record ListResult(List<ObjectVersion> contents, List<String> commonPrefixes, String nextContinuationToken,
                         boolean truncated) {
    public ListResult {
        contents = ImmutableLists.copyOf(contents);
        commonPrefixes = ImmutableLists.copyOf(commonPrefixes);
    }
}
