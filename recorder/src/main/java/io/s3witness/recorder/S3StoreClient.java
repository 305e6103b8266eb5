package io.s3witness.recorder;

import java.io.IOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.core.ResponseBytes;
import software.amazon.awssdk.core.checksums.RequestChecksumCalculation;
import software.amazon.awssdk.core.checksums.ResponseChecksumValidation;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.S3Configuration;
import software.amazon.awssdk.services.s3.model.BucketVersioningStatus;
import software.amazon.awssdk.services.s3.model.DeleteObjectResponse;
import software.amazon.awssdk.services.s3.model.GetBucketVersioningResponse;
import software.amazon.awssdk.services.s3.model.GetObjectResponse;
import software.amazon.awssdk.services.s3.model.HeadObjectResponse;
import software.amazon.awssdk.services.s3.model.ListObjectVersionsResponse;
import software.amazon.awssdk.services.s3.model.ListObjectsV2Response;
import software.amazon.awssdk.services.s3.model.S3Object;

/**
 * {@link StoreClient} over S3's REST API with the AWS SDK for Java v2.
 *
 * <p>Retries are off: a retried PUT or DELETE could take effect twice, and the history must show each
 * request the store saw as one operation. A digest is the hex MD5 of the content, because that is what
 * a single-part upload's ETag is, so LIST and HEAD (which return no body) still name the PUT they saw.
 */
public final class S3StoreClient implements StoreClient {
    /** S3's name for "no version id": unversioned objects and objects written while suspended. */
    static final String NULL_VERSION = "null";

    private final S3Client s3;
    private final String bucket;

    public S3StoreClient(S3Settings settings) {
        this.bucket = settings.bucket();
        this.s3 = S3Client.builder()
                .endpointOverride(settings.endpoint())
                .region(Region.of(settings.region()))
                .credentialsProvider(StaticCredentialsProvider.create(
                        AwsBasicCredentials.create(settings.accessKey(), settings.secretKey())))
                .serviceConfiguration(S3Configuration.builder()
                        .pathStyleAccessEnabled(settings.pathStyle())
                        .chunkedEncodingEnabled(settings.chunkedEncoding())
                        .build())
                .requestChecksumCalculation(settings.checksumWhenRequired()
                        ? RequestChecksumCalculation.WHEN_REQUIRED : RequestChecksumCalculation.WHEN_SUPPORTED)
                .responseChecksumValidation(settings.checksumWhenRequired()
                        ? ResponseChecksumValidation.WHEN_REQUIRED : ResponseChecksumValidation.WHEN_SUPPORTED)
                .overrideConfiguration(o -> o
                        .apiCallTimeout(settings.timeout())
                        .apiCallAttemptTimeout(settings.timeout())
                        .retryStrategy(AwsRetryStrategy.doNotRetry())
                        .addExecutionInterceptor(new VersionListing()))
                .build();
    }

    /** The digest the recorder writes for content: hex MD5, which S3 reports as a single-part ETag. */
    public static String digest(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("MD5").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK must provide MD5", e);
        }
    }

    /**
     * An ETag as a digest: without quotes, lower case. A missing or empty ETag (s3rver lists an object
     * whose metadata it is still writing that way) says nothing about the content, so it becomes null,
     * "not reported", rather than a digest no PUT wrote.
     */
    static String etagDigest(String etag) {
        if (etag == null) {
            return null;
        }
        String t = etag.strip();
        if (t.length() >= 2 && t.startsWith("\"") && t.endsWith("\"")) {
            t = t.substring(1, t.length() - 1);
        }
        return t.isEmpty() ? null : t.toLowerCase(java.util.Locale.ROOT);
    }

    private static String version(String v) {
        return v == null || v.isEmpty() ? NULL_VERSION : v;
    }

    @Override
    public void prepareBucket(Versioning versioning) throws StoreException {
        try {
            s3.createBucket(b -> b.bucket(bucket));
        } catch (RuntimeException e) {
            // 409 BucketAlreadyOwnedByYou / BucketAlreadyExists: reuse it; keys are unique per run.
            if (S3Errors.status(e) != 409) {
                StoreException c = S3Errors.classify(e);
                throw new StoreException(c.outcome(), "cannot create bucket '" + bucket + "': " + c.getMessage(), e);
            }
        }
        try {
            if (versioning == Versioning.UNVERSIONED) {
                GetBucketVersioningResponse r = s3.getBucketVersioning(b -> b.bucket(bucket));
                if (r.status() != null && r.status() != BucketVersioningStatus.UNKNOWN_TO_SDK_VERSION) {
                    throw StoreException.definite("bucket '" + bucket + "' has versioning " + r.statusAsString()
                            + "; it can never be unversioned again: use a fresh bucket or --versioning on|suspended");
                }
            } else {
                BucketVersioningStatus status = versioning == Versioning.ENABLED
                        ? BucketVersioningStatus.ENABLED : BucketVersioningStatus.SUSPENDED;
                s3.putBucketVersioning(b -> b.bucket(bucket).versioningConfiguration(c -> c.status(status)));
            }
        } catch (RuntimeException e) {
            int status = S3Errors.status(e);
            // A server without the versioning API (501 NotImplemented) has unversioned buckets only.
            if (versioning == Versioning.UNVERSIONED && (status == 501 || status == 400 || status == 404)) {
                return;
            }
            StoreException c = S3Errors.classify(e);
            throw new StoreException(c.outcome(), "cannot set versioning " + versioning.metaName() + " on bucket '"
                    + bucket + "': " + c.getMessage(), e);
        }
    }

    @Override
    public String put(String key, byte[] content) throws StoreException {
        try {
            return version(s3.putObject(b -> b.bucket(bucket).key(key), RequestBody.fromBytes(content)).versionId());
        } catch (RuntimeException e) {
            throw S3Errors.classify(e);
        }
    }

    @Override
    public ObjectState get(String key) throws StoreException {
        return read(key, null);
    }

    @Override
    public ObjectState getVersion(String key, String version) throws StoreException {
        return read(key, version);
    }

    private ObjectState read(String key, String version) throws StoreException {
        try {
            ResponseBytes<GetObjectResponse> r = s3.getObjectAsBytes(b -> b.bucket(bucket).key(key).versionId(version));
            return new ObjectState(digest(r.asByteArray()), version(r.response().versionId()));
        } catch (RuntimeException e) {
            int status = S3Errors.status(e);
            // 404: no such key / version, or the newest is a delete marker; 405: that version is one.
            if (status == 404 || (version != null && status == 405)) {
                return null;
            }
            throw S3Errors.classify(e);
        }
    }

    @Override
    public ObjectState head(String key) throws StoreException {
        try {
            HeadObjectResponse r = s3.headObject(b -> b.bucket(bucket).key(key));
            return new ObjectState(etagDigest(r.eTag()), version(r.versionId()));
        } catch (RuntimeException e) {
            if (S3Errors.status(e) == 404) {
                return null;
            }
            throw S3Errors.classify(e);
        }
    }

    @Override
    public DeleteResult delete(String key) throws StoreException {
        try {
            DeleteObjectResponse r = s3.deleteObject(b -> b.bucket(bucket).key(key));
            return new DeleteResult(r.versionId(), Boolean.TRUE.equals(r.deleteMarker()));
        } catch (RuntimeException e) {
            throw S3Errors.classify(e);
        }
    }

    @Override
    public String deleteVersion(String key, String version) throws StoreException {
        try {
            DeleteObjectResponse r = s3.deleteObject(b -> b.bucket(bucket).key(key).versionId(version));
            return r.versionId() == null ? version : r.versionId();
        } catch (RuntimeException e) {
            throw S3Errors.classify(e);
        }
    }

    @Override
    public List<ListedKey> list(String prefix) throws StoreException {
        List<ListedKey> keys = new ArrayList<>();
        String token = null;
        try {
            do {
                String t = token;
                ListObjectsV2Response r = s3.listObjectsV2(b -> b.bucket(bucket).prefix(prefix).continuationToken(t));
                for (S3Object o : r.contents()) {
                    keys.add(new ListedKey(o.key(), etagDigest(o.eTag()), null));
                }
                token = Boolean.TRUE.equals(r.isTruncated()) ? r.nextContinuationToken() : null;
            } while (token != null);
            return keys;
        } catch (RuntimeException e) {
            throw S3Errors.classify(e);
        }
    }

    @Override
    public List<VersionEntry> listVersions(String key) throws StoreException {
        List<VersionEntry> out = new ArrayList<>();
        String keyMarker = null;
        String versionMarker = null;
        try {
            do {
                String km = keyMarker;
                String vm = versionMarker;
                VersionListing.forget();
                ListObjectVersionsResponse r = s3.listObjectVersions(b -> b.bucket(bucket).prefix(key)
                        .keyMarker(km).versionIdMarker(vm));
                byte[] body = VersionListing.takeLastBody();
                if (body == null) {
                    throw StoreException.indeterminate("the ListObjectVersions body was not captured");
                }
                for (VersionListing.Entry e : VersionListing.parse(body)) {
                    // A prefix also matches longer keys ("k1" matches "k10"); keep only this key.
                    if (key.equals(e.key())) {
                        out.add(new VersionEntry(version(e.version()),
                                e.deleteMarker() ? null : etagDigest(e.etag()), e.deleteMarker()));
                    }
                }
                // Keys come in order, so once the next page starts past this key there is no more of it.
                boolean more = Boolean.TRUE.equals(r.isTruncated()) && key.equals(r.nextKeyMarker());
                keyMarker = more ? r.nextKeyMarker() : null;
                versionMarker = more ? r.nextVersionIdMarker() : null;
            } while (keyMarker != null);
            return out;
        } catch (RuntimeException e) {
            throw S3Errors.classify(e);
        } catch (IOException e) {
            throw S3Errors.classify(e);
        }
    }

    @Override
    public void close() {
        s3.close();
    }
}
