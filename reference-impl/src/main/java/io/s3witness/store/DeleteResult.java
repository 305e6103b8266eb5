package io.s3witness.store;

/**
 * A DELETE answer.
 *
 * @param key          the object key
 * @param versionId    the delete marker's version id (versioned DELETE), the removed version id (DELETE of a
 *                     version), or null (DELETE in an unversioned bucket)
 * @param deleteMarker whether the DELETE created a delete marker
 */
public record DeleteResult(String key, String versionId, boolean deleteMarker) {
}
