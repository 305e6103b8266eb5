package io.s3witness.recorder;

import java.net.URI;
import java.time.Duration;

/**
 * How to reach an S3 endpoint, including the switches real servers need: path-style addressing
 * (no bucket DNS names), chunked encoding off (servers that do not speak aws-chunked uploads), and
 * checksums only when the operation requires them (servers that reject the newer checksum headers).
 */
public record S3Settings(URI endpoint, String bucket, String region, String accessKey, String secretKey,
                         boolean pathStyle, boolean chunkedEncoding, boolean checksumWhenRequired,
                         Duration timeout) {

    /** S3's bucket naming rules (the SDK would refuse others with a less helpful message). */
    private static final java.util.regex.Pattern BUCKET_NAME =
            java.util.regex.Pattern.compile("[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]");

    public S3Settings {
        if (endpoint.getScheme() == null || endpoint.getHost() == null) {
            throw new IllegalArgumentException("--endpoint: expected a URL such as http://127.0.0.1:9000, got '"
                    + endpoint + "'");
        }
        if (bucket == null || !BUCKET_NAME.matcher(bucket).matches()) {
            throw new IllegalArgumentException("--bucket: expected 3 to 63 lower-case letters, digits, dots or "
                    + "hyphens, starting and ending with a letter or digit, got '" + bucket + "'");
        }
        if (timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("--timeout: must be positive, got " + timeout);
        }
    }

    /** Settings for a local test server: path style, the given credentials, us-east-1, 5 s timeout. */
    public static S3Settings local(URI endpoint, String bucket, String accessKey, String secretKey) {
        return new S3Settings(endpoint, bucket, "us-east-1", accessKey, secretKey, true, true, false,
                Duration.ofSeconds(5));
    }

    public S3Settings withChunkedEncoding(boolean on) {
        return new S3Settings(endpoint, bucket, region, accessKey, secretKey, pathStyle, on,
                checksumWhenRequired, timeout);
    }

    public S3Settings withChecksumWhenRequired(boolean on) {
        return new S3Settings(endpoint, bucket, region, accessKey, secretKey, pathStyle, chunkedEncoding, on,
                timeout);
    }
}
