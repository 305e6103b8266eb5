package io.s3witness.recorder;

import java.util.List;

/**
 * The operations the recorder issues against one bucket. This is the seam between the workload and
 * the wire: {@link S3StoreClient} speaks S3 over HTTP, tests plug in a store of their own.
 *
 * <p>Every method returns what the store said, or throws {@link StoreException} saying whether the
 * operation certainly did not take effect ({@code fail}) or may have ({@code info}). "Not found" is a
 * definite answer, not an error: reads return {@code null} for it.
 */
public interface StoreClient extends AutoCloseable {

    /** Creates the bucket if it does not exist and puts it in the asked versioning state. */
    void prepareBucket(Versioning versioning) throws StoreException;

    /** Returns the version id the store gave the new object ({@code "null"} when unversioned). */
    String put(String key, byte[] content) throws StoreException;

    /** The newest version of the key, or {@code null} when there is none or it is a delete marker. */
    ObjectState get(String key) throws StoreException;

    /** Like {@link #get} without the body: the digest comes from the store's ETag. */
    ObjectState head(String key) throws StoreException;

    /** The given version, or {@code null} when it does not exist or is a delete marker. */
    ObjectState getVersion(String key, String version) throws StoreException;

    /** Deletes the key (adding a delete marker when versioned). */
    DeleteResult delete(String key) throws StoreException;

    /** Removes one version for good; returns the version id the store confirmed. */
    String deleteVersion(String key, String version) throws StoreException;

    /** The keys under the prefix with their current digest (every page, in key order). */
    List<ListedKey> list(String prefix) throws StoreException;

    /** Every version and delete marker of exactly this key, newest first. */
    List<VersionEntry> listVersions(String key) throws StoreException;

    @Override
    void close();

    /** A found object: the digest of its content and its version id. */
    record ObjectState(String digest, String version) { }

    /** What a DELETE created: a delete marker's version id when versioned, else nothing. */
    record DeleteResult(String version, boolean deleteMarker) { }

    /** One key of a LIST page; {@code version} is null where the listing does not say. */
    record ListedKey(String key, String digest, String version) { }

    /** One entry of ListObjectVersions; {@code digest} is null for a delete marker. */
    record VersionEntry(String version, String digest, boolean deleteMarker) { }
}
