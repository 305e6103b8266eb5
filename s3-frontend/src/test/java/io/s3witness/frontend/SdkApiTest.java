package io.s3witness.frontend;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.BucketVersioningStatus;
import software.amazon.awssdk.services.s3.model.DeleteObjectResponse;
import software.amazon.awssdk.services.s3.model.HeadObjectResponse;
import software.amazon.awssdk.services.s3.model.ListObjectVersionsResponse;
import software.amazon.awssdk.services.s3.model.ListObjectsV2Response;
import software.amazon.awssdk.services.s3.model.ObjectVersion;
import software.amazon.awssdk.services.s3.model.PutObjectResponse;
import software.amazon.awssdk.services.s3.model.S3Exception;
import software.amazon.awssdk.services.s3.model.S3Object;

/** Every operation of the supported API and its error cases, through the AWS SDK for Java v2. */
class SdkApiTest {
    private static LocalServer local;
    private static S3Client s3;

    @BeforeAll
    static void start() throws Exception {
        local = LocalServer.strong();
        s3 = local.client();
    }

    @AfterAll
    static void stop() {
        s3.close();
        local.close();
    }

    private static String md5(String s) {
        return HexFormat.of().formatHex(Hashing.md5(s.getBytes(StandardCharsets.UTF_8)));
    }

    private static S3Exception error(Runnable r) {
        return assertThrows(S3Exception.class, r::run);
    }

    @Test
    void unversionedBucketPutGetHeadDelete() {
        s3.createBucket(b -> b.bucket("plain"));
        PutObjectResponse put = s3.putObject(b -> b.bucket("plain").key("a/b c+ü"), RequestBody.fromString("hello"));
        assertEquals("\"" + md5("hello") + "\"", put.eTag());
        assertNull(put.versionId(), "an unversioned bucket reports no version id");
        assertEquals("hello", s3.getObjectAsBytes(b -> b.bucket("plain").key("a/b c+ü")).asUtf8String());
        HeadObjectResponse head = s3.headObject(b -> b.bucket("plain").key("a/b c+ü"));
        assertEquals(put.eTag(), head.eTag());
        assertEquals(5L, head.contentLength());
        s3.deleteObject(b -> b.bucket("plain").key("a/b c+ü"));
        assertEquals(404, error(() -> s3.getObject(b -> b.bucket("plain").key("a/b c+ü"))).statusCode());
        S3Exception e = error(() -> s3.getObjectAsBytes(b -> b.bucket("plain").key("missing")));
        assertEquals("NoSuchKey", e.awsErrorDetails().errorCode());
        assertEquals(404, error(() -> s3.headObject(b -> b.bucket("plain").key("missing"))).statusCode());
    }

    @Test
    void bucketsAreCreatedListedAndDeletedOnlyWhenEmpty() {
        s3.createBucket(b -> b.bucket("lifecycle"));
        assertEquals("BucketAlreadyOwnedByYou",
                error(() -> s3.createBucket(b -> b.bucket("lifecycle"))).awsErrorDetails().errorCode());
        assertTrue(s3.listBuckets().buckets().stream().anyMatch(b -> b.name().equals("lifecycle")));
        s3.putObject(b -> b.bucket("lifecycle").key("k"), RequestBody.fromString("x"));
        assertEquals("BucketNotEmpty", error(() -> s3.deleteBucket(b -> b.bucket("lifecycle"))).awsErrorDetails().errorCode());
        s3.deleteObject(b -> b.bucket("lifecycle").key("k"));
        s3.deleteBucket(b -> b.bucket("lifecycle"));
        assertEquals("NoSuchBucket",
                error(() -> s3.getObject(b -> b.bucket("lifecycle").key("k"))).awsErrorDetails().errorCode());
    }

    @Test
    void versioningVersionsDeleteMarkersAndVersionIds() {
        s3.createBucket(b -> b.bucket("versioned"));
        assertNull(s3.getBucketVersioning(b -> b.bucket("versioned")).status());
        s3.putBucketVersioning(b -> b.bucket("versioned").versioningConfiguration(c -> c.status(BucketVersioningStatus.ENABLED)));
        assertEquals(BucketVersioningStatus.ENABLED, s3.getBucketVersioning(b -> b.bucket("versioned")).status());

        String v1 = s3.putObject(b -> b.bucket("versioned").key("k"), RequestBody.fromString("one")).versionId();
        String v2 = s3.putObject(b -> b.bucket("versioned").key("k"), RequestBody.fromString("two")).versionId();
        assertNotEquals(v1, v2);
        assertEquals("one", s3.getObjectAsBytes(b -> b.bucket("versioned").key("k").versionId(v1)).asUtf8String());
        assertEquals(v2, s3.getObjectAsBytes(b -> b.bucket("versioned").key("k")).response().versionId());

        DeleteObjectResponse marker = s3.deleteObject(b -> b.bucket("versioned").key("k"));
        assertTrue(marker.deleteMarker());
        assertEquals(404, error(() -> s3.getObject(b -> b.bucket("versioned").key("k"))).statusCode());
        assertEquals(405, error(() -> s3.getObject(b -> b.bucket("versioned").key("k").versionId(marker.versionId())))
                .statusCode());

        ListObjectVersionsResponse versions = s3.listObjectVersions(b -> b.bucket("versioned").prefix("k"));
        assertEquals(List.of(v2, v1), versions.versions().stream().map(ObjectVersion::versionId).toList());
        assertEquals(marker.versionId(), versions.deleteMarkers().get(0).versionId());
        assertTrue(versions.deleteMarkers().get(0).isLatest());
        assertEquals("\"" + md5("two") + "\"", versions.versions().get(0).eTag());

        // Deleting the marker by id brings v2 back; deleting v2 by id leaves v1.
        s3.deleteObject(b -> b.bucket("versioned").key("k").versionId(marker.versionId()));
        assertEquals("two", s3.getObjectAsBytes(b -> b.bucket("versioned").key("k")).asUtf8String());
        assertEquals(v2, s3.deleteObject(b -> b.bucket("versioned").key("k").versionId(v2)).versionId());
        assertEquals("one", s3.getObjectAsBytes(b -> b.bucket("versioned").key("k")).asUtf8String());
        assertEquals(404, error(() -> s3.headObject(b -> b.bucket("versioned").key("k").versionId("00000000000000ff")))
                .statusCode());

        s3.putBucketVersioning(b -> b.bucket("versioned").versioningConfiguration(c -> c.status(BucketVersioningStatus.SUSPENDED)));
        assertEquals("null", s3.putObject(b -> b.bucket("versioned").key("s"), RequestBody.fromString("n")).versionId());
    }

    @Test
    void listObjectsV2PrefixDelimiterPagesAndStartAfter() {
        s3.createBucket(b -> b.bucket("listing"));
        for (String k : List.of("a/1", "a/2", "a/3", "b/1", "c", "d&<x>")) {
            s3.putObject(b -> b.bucket("listing").key(k), RequestBody.fromString(k));
        }
        ListObjectsV2Response all = s3.listObjectsV2(b -> b.bucket("listing"));
        assertEquals(List.of("a/1", "a/2", "a/3", "b/1", "c", "d&<x>"), keys(all));
        assertEquals("\"" + md5("c") + "\"", all.contents().get(4).eTag());

        ListObjectsV2Response grouped = s3.listObjectsV2(b -> b.bucket("listing").delimiter("/"));
        assertEquals(List.of("c", "d&<x>"), keys(grouped));
        assertEquals(List.of("a/", "b/"), grouped.commonPrefixes().stream().map(p -> p.prefix()).toList());

        assertEquals(List.of("a/1", "a/2", "a/3"), keys(s3.listObjectsV2(b -> b.bucket("listing").prefix("a/"))));
        assertEquals(List.of("b/1", "c", "d&<x>"), keys(s3.listObjectsV2(b -> b.bucket("listing").startAfter("a/3"))));

        ListObjectsV2Response page1 = s3.listObjectsV2(b -> b.bucket("listing").maxKeys(4));
        assertTrue(page1.isTruncated());
        assertEquals(4, page1.keyCount());
        ListObjectsV2Response page2 = s3.listObjectsV2(b -> b.bucket("listing").maxKeys(4)
                .continuationToken(page1.nextContinuationToken()));
        assertFalse(page2.isTruncated());
        assertEquals(List.of("c", "d&<x>"), keys(page2));
        // The paginator uses the same tokens.
        assertEquals(6, s3.listObjectsV2Paginator(b -> b.bucket("listing").maxKeys(2)).contents().stream().count());

        assertEquals("InvalidArgument", error(() -> s3.listObjectsV2(b -> b.bucket("listing").continuationToken("bogus")))
                .awsErrorDetails().errorCode());
    }

    @Test
    void keysAreLimitedTo1024BytesOfUtf8() {
        s3.createBucket(b -> b.bucket("keys"));
        String longest = "é".repeat(512);
        s3.putObject(b -> b.bucket("keys").key(longest), RequestBody.fromString("ok"));
        assertEquals("ok", s3.getObjectAsBytes(b -> b.bucket("keys").key(longest)).asUtf8String());
        S3Exception e = error(() -> s3.putObject(b -> b.bucket("keys").key(longest + "x"), RequestBody.fromString("no")));
        assertEquals(400, e.statusCode());
        assertEquals("KeyTooLongError", e.awsErrorDetails().errorCode());
        // Path tricks are just key bytes: nothing is read from or written to a file system.
        s3.putObject(b -> b.bucket("keys").key("../../etc/passwd"), RequestBody.fromString("just a key"));
        assertEquals("just a key", s3.getObjectAsBytes(b -> b.bucket("keys").key("../../etc/passwd")).asUtf8String());
    }

    @Test
    void unchunkedAndEmptyBodiesWork() {
        try (S3Client plain = local.client(LocalServer.CREDENTIALS.accessKey(), LocalServer.CREDENTIALS.secretKey(), false)) {
            plain.createBucket(b -> b.bucket("unchunked"));
            plain.putObject(b -> b.bucket("unchunked").key("e"), RequestBody.empty());
            assertEquals(0, plain.getObjectAsBytes(b -> b.bucket("unchunked").key("e")).asByteArray().length);
            plain.putObject(b -> b.bucket("unchunked").key("big"), RequestBody.fromBytes(new byte[300_000]));
            assertEquals(300_000, s3.getObjectAsBytes(b -> b.bucket("unchunked").key("big")).asByteArray().length);
        }
    }

    @Test
    void unsupportedOperationsAnswerNotImplemented() {
        s3.createBucket(b -> b.bucket("unsupported"));
        S3Exception e = error(() -> s3.getBucketAcl(b -> b.bucket("unsupported")));
        assertEquals(501, e.statusCode());
        assertEquals("NotImplemented", e.awsErrorDetails().errorCode());
    }

    private static List<String> keys(ListObjectsV2Response r) {
        return r.contents().stream().map(S3Object::key).collect(Collectors.toList());
    }
}
