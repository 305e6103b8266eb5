package io.s3witness.frontend;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HexFormat;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.S3Exception;

/** Unsigned, mis-signed and tampered requests are refused; well-signed ones of every body kind pass. */
class SignatureTest {
    private static LocalServer local;
    private static RawRequests raw;

    @BeforeAll
    static void start() throws Exception {
        local = new LocalServer(io.s3witness.frontend.ServerConfig.local(io.s3witness.store.Mode.STRONG,
                LocalServer.CREDENTIALS).withMaxObjectBytes(1000));
        raw = new RawRequests(local.server.endpoint());
        assertEquals(200, raw.send(raw.sign("PUT", "/sig", new byte[0], LocalServer.CREDENTIALS, false)).statusCode());
    }

    @AfterAll
    static void stop() {
        local.close();
    }

    private static void assertError(HttpResponse<String> r, int status, String code) {
        assertEquals(status, r.statusCode(), r.body());
        assertTrue(r.body().contains("<Code>" + code + "</Code>"), r.body());
    }

    @Test
    void signingKeyMatchesTheAwsDocumentationExample() {
        // "Examples of how to derive a signing key for Signature Version 4" (AWS General Reference).
        byte[] key = SigV4Verifier.signingKey("wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY", "20120215", "us-east-1", "iam");
        assertEquals("f4780e2d9f65fa895f9c67b32ce1baf0b0d8a43505a000a1a9e090d414db404d", HexFormat.of().formatHex(key));
    }

    @Test
    void unsignedRequestsAreDenied() throws Exception {
        assertError(raw.unsigned("GET", "/sig?list-type=2"), 403, "AccessDenied");
        assertError(raw.unsigned("PUT", "/sig/k"), 403, "AccessDenied");
        assertError(raw.unsigned("GET", "/sig/k?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Signature=00"), 403, "AccessDenied");
    }

    @Test
    void wrongSecretOrUnknownKeyIsRefused() throws Exception {
        byte[] body = "x".getBytes(StandardCharsets.UTF_8);
        assertError(raw.send(raw.sign("PUT", "/sig/k", body, new Credentials("test-access", "wrong"), false)),
                403, "SignatureDoesNotMatch");
        assertError(raw.send(raw.sign("PUT", "/sig/k", body, new Credentials("someone-else", "test-secret"), false)),
                403, "InvalidAccessKeyId");
        try (S3Client s3 = local.client("test-access", "wrong", true)) {
            S3Exception e = org.junit.jupiter.api.Assertions.assertThrows(S3Exception.class,
                    () -> s3.listObjectsV2(b -> b.bucket("sig")));
            assertEquals(403, e.statusCode());
        }
    }

    @Test
    void tamperedPathQueryOrHeaderBreaksTheSignature() throws Exception {
        RawRequests.Signed s = raw.sign("GET", "/sig?list-type=2&prefix=a", new byte[0], LocalServer.CREDENTIALS, false);
        assertEquals(200, raw.send(s).statusCode());
        var moved = s.request().toBuilder().uri(local.server.endpoint().resolve("/sig?list-type=2&prefix=b")).build();
        assertError(raw.send(moved, new byte[0]), 403, "SignatureDoesNotMatch");
        var redated = s.request().toBuilder().putHeader("x-amz-date",
                s.request().firstMatchingHeader("x-amz-date").orElseThrow().replaceFirst("\\d\\dZ$", "59Z")).build();
        assertError(raw.send(redated, new byte[0]), 403, "SignatureDoesNotMatch");
    }

    @Test
    void bodyThatDoesNotMatchTheSignedHashIsRejected() throws Exception {
        RawRequests.Signed s = raw.sign("PUT", "/sig/k", "signed".getBytes(StandardCharsets.UTF_8),
                LocalServer.CREDENTIALS, false);
        assertEquals(200, raw.send(s).statusCode());
        assertError(raw.send(s.request(), "sent!!".getBytes(StandardCharsets.UTF_8)), 400, "XAmzContentSHA256Mismatch");
    }

    @Test
    void signedChunksAreVerifiedOneByOne() throws Exception {
        byte[] body = "chunked content".getBytes(StandardCharsets.UTF_8);
        RawRequests.Signed s = raw.sign("PUT", "/sig/chunked", body, LocalServer.CREDENTIALS, true);
        assertEquals(200, raw.send(s).statusCode());
        byte[] tampered = s.body().clone();
        int at = new String(tampered, StandardCharsets.ISO_8859_1).indexOf("chunked content");
        tampered[at] = 'C';
        assertError(raw.send(s.request(), tampered), 403, "SignatureDoesNotMatch");
        byte[] cut = Arrays.copyOf(s.body(), s.body().length - 20);
        assertTrue(raw.send(s.request(), cut).statusCode() >= 400);
    }

    @Test
    void bodiesOverTheLimitAreRefusedWith413() throws Exception {
        assertEquals(200, raw.send(raw.sign("PUT", "/sig/fits", new byte[1000], LocalServer.CREDENTIALS, false)).statusCode());
        assertError(raw.send(raw.sign("PUT", "/sig/big", new byte[1001], LocalServer.CREDENTIALS, false)), 413, "EntityTooLarge");
        assertError(raw.send(raw.sign("PUT", "/sig/big", new byte[5000], LocalServer.CREDENTIALS, true)), 413, "EntityTooLarge");
        assertError(raw.send(raw.sign("GET", "/sig/big", new byte[0], LocalServer.CREDENTIALS, false)), 404, "NoSuchKey");
    }

    @Test
    void badBucketNamesAndMalformedVersioningAreClientErrors() throws Exception {
        assertError(raw.send(raw.sign("PUT", "/Bad_Name", new byte[0], LocalServer.CREDENTIALS, false)), 400, "InvalidBucketName");
        byte[] xxe = ("<?xml version=\"1.0\"?><!DOCTYPE v [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
                + "<VersioningConfiguration><Status>&x;</Status></VersioningConfiguration>").getBytes(StandardCharsets.UTF_8);
        assertError(raw.send(raw.sign("PUT", "/sig?versioning", xxe, LocalServer.CREDENTIALS, false)), 400, "MalformedXML");
        assertError(raw.send(raw.sign("GET", "/nope?list-type=2", new byte[0], LocalServer.CREDENTIALS, false)), 404, "NoSuchBucket");
    }
}
