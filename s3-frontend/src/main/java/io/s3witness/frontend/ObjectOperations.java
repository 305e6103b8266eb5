package io.s3witness.frontend;

import io.s3witness.store.DeleteResult;
import io.s3witness.store.ObjectVersion;
import io.s3witness.store.StoredObject;
import io.s3witness.store.Versioning;
import java.nio.charset.StandardCharsets;
import java.time.Instant;

/** PutObject, GetObject, HeadObject and DeleteObject (each with or without versionId) on one bucket's store. */
final class ObjectOperations {
    /** S3's limit on a key: 1024 bytes of UTF-8. */
    static final int MAX_KEY_BYTES = 1024;

    private ObjectOperations() {
    }

    static void validateKey(String key) {
        if (key.getBytes(StandardCharsets.UTF_8).length > MAX_KEY_BYTES) {
            throw new S3Failure(400, "KeyTooLongError", "Your key is too long: at most " + MAX_KEY_BYTES
                    + " bytes of UTF-8");
        }
    }

    static S3Response put(Bucket b, S3Request r, byte[] data) {
        if (r.header("x-amz-copy-source") != null) {
            throw S3Failure.notImplemented("CopyObject");
        }
        if (r.has("uploadId") || r.has("partNumber")) {
            throw S3Failure.notImplemented("multipart upload");
        }
        b.remember(data, Instant.now());
        ObjectVersion v = b.store().put(r.client(), r.key(), data);
        return versioned(b, S3Response.of(200), v.versionId()).header("ETag", b.info(v).etag());
    }

    static S3Response get(Bucket b, S3Request r, boolean head) {
        String versionId = r.param("versionId");
        ObjectVersion v;
        byte[] data = null;
        if (head) {
            v = versionId == null ? b.store().head(r.client(), r.key())
                    : b.store().headVersion(r.client(), r.key(), versionId);
        } else {
            StoredObject o = versionId == null ? b.store().get(r.client(), r.key())
                    : b.store().getVersion(r.client(), r.key(), versionId);
            v = o.version();
            data = o.data();
        }
        ContentInfo info = b.info(v);
        S3Response resp = versioned(b, S3Response.of(200), v.versionId())
                .header("ETag", info.etag())
                .header("Last-Modified", S3Response.httpDate(info.received()))
                .header("Content-Type", "application/octet-stream")
                .header("Accept-Ranges", "bytes");
        if (head) {
            return resp.header("Content-Length", Long.toString(v.size()));
        }
        return resp.withBody(data);
    }

    static S3Response delete(Bucket b, S3Request r) {
        String versionId = r.param("versionId");
        DeleteResult d = versionId == null ? b.store().delete(r.client(), r.key())
                : b.store().deleteVersion(r.client(), r.key(), versionId);
        S3Response resp = versioned(b, S3Response.of(204), d.versionId());
        return d.deleteMarker() ? resp.header("x-amz-delete-marker", "true") : resp;
    }

    /** x-amz-version-id on every answer of a bucket that has (or had) versioning, "null" included, as S3 does. */
    private static S3Response versioned(Bucket b, S3Response r, String versionId) {
        return b.store().getVersioning() == Versioning.UNVERSIONED ? r : r.header("x-amz-version-id", versionId);
    }
}
