package io.s3witness.store;

/**
 * One entry of a key's version stack: an object version or a delete marker.
 *
 * @param key          the object key
 * @param versionId    the S3 version id; {@code "null"} for the null version (unversioned or suspended)
 * @param digest       content digest of the bytes ({@link ContentDigest}); null for a delete marker
 * @param size         content length in bytes; 0 for a delete marker
 * @param deleteMarker whether this entry is a delete marker
 * @param seq          the ordering-log sequence number of the mutation that created it
 */
public record ObjectVersion(String key, String versionId, String digest, long size, boolean deleteMarker, long seq) {
}
