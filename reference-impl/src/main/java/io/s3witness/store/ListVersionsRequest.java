package io.s3witness.store;

/**
 * ListObjectVersions parameters.
 *
 * @param prefix          only keys starting with it ("" for all)
 * @param maxKeys         at most this many versions and delete markers (0..1000)
 * @param keyMarker       resume after this key (or, with versionIdMarker, inside it); null on the first page
 * @param versionIdMarker resume after this version of keyMarker; null to resume after the whole key
 */
public record ListVersionsRequest(String prefix, int maxKeys, String keyMarker, String versionIdMarker) {
    public ListVersionsRequest {
        if (prefix == null) {
            prefix = "";
        }
        if (maxKeys < 0 || maxKeys > ListRequest.DEFAULT_MAX_KEYS) {
            throw S3Exception.invalidArgument("max-keys must be between 0 and 1000, got " + maxKeys);
        }
        if (versionIdMarker != null && keyMarker == null) {
            throw S3Exception.invalidArgument("version-id-marker needs key-marker");
        }
    }

    public static ListVersionsRequest of(String prefix) {
        return new ListVersionsRequest(prefix, ListRequest.DEFAULT_MAX_KEYS, null, null);
    }
}
