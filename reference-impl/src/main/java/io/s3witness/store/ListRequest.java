package io.s3witness.store;

/**
 * ListObjectsV2 parameters.
 *
 * @param prefix            only keys starting with it ("" for all)
 * @param delimiter         groups keys that contain it after the prefix into common prefixes; null for none
 * @param maxKeys           at most this many keys plus common prefixes (0..1000)
 * @param continuationToken the previous page's {@link ListResult#nextContinuationToken()}; null on the first page
 * @param startAfter        only keys after it; null for none
 */
public record ListRequest(String prefix, String delimiter, int maxKeys, String continuationToken, String startAfter) {
    public static final int DEFAULT_MAX_KEYS = 1000;

    public ListRequest {
        if (prefix == null) {
            prefix = "";
        }
        if (delimiter != null && delimiter.isEmpty()) {
            delimiter = null;
        }
        if (maxKeys < 0 || maxKeys > DEFAULT_MAX_KEYS) {
            throw S3Exception.invalidArgument("max-keys must be between 0 and 1000, got " + maxKeys);
        }
    }

    /** All keys under a prefix, no delimiter, one page of up to 1000. */
    public static ListRequest of(String prefix) {
        return new ListRequest(prefix, null, DEFAULT_MAX_KEYS, null, null);
    }

    public ListRequest withDelimiter(String d) {
        return new ListRequest(prefix, d, maxKeys, continuationToken, startAfter);
    }

    public ListRequest withMaxKeys(int n) {
        return new ListRequest(prefix, delimiter, n, continuationToken, startAfter);
    }

    public ListRequest withContinuationToken(String token) {
        return new ListRequest(prefix, delimiter, maxKeys, token, startAfter);
    }

    public ListRequest withStartAfter(String key) {
        return new ListRequest(prefix, delimiter, maxKeys, continuationToken, key);
    }

    /** A plain listing of the whole prefix: the only kind a history records, since it says which keys are absent. */
    public boolean isWholePrefix() {
        return delimiter == null && continuationToken == null && startAfter == null;
    }
}
