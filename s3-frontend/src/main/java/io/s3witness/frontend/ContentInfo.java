package io.s3witness.frontend;

import java.time.Instant;

/**
 * What S3 reports about content that the store does not keep: the MD5 ETag (the store's own digest is a cheap
 * FNV-1a, see reference-impl's ContentDigest) and when the front end received it.
 */
record ContentInfo(String md5Hex, Instant received) {
    String etag() {
        return "\"" + md5Hex + "\"";
    }
}
