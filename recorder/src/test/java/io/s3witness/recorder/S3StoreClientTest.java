package io.s3witness.recorder;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The S3 client against canned responses: what each status means for the history, and parsing. */
class S3StoreClientTest {
    private HttpServer server;
    private S3StoreClient client;

    /** A canned response: status, headers, body. */
    private record Canned(int status, Map<String, String> headers, String body) { }

    private static Canned error(int status, String code) {
        return new Canned(status, Map.of("Content-Type", "application/xml"),
                "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Error><Code>" + code + "</Code><Message>m</Message></Error>");
    }

    private Canned respond(String method, String path, String query) {
        String q = query == null ? "" : query;
        switch (method + " " + path) {
            case "GET /bkt/missing":
            case "HEAD /bkt/missing":
                return method.equals("HEAD") ? new Canned(404, Map.of(), "") : error(404, "NoSuchKey");
            case "GET /bkt/marker":
                return q.contains("versionId") ? error(405, "MethodNotAllowed") : error(404, "NoSuchKey");
            case "GET /bkt/there":
                return new Canned(200, Map.of("x-amz-version-id", "v7", "ETag", "\"ignored\""), "hello");
            case "HEAD /bkt/there":
                return new Canned(200, Map.of("ETag", "\"5D41402ABC4B2A76B9719D911017C592\""), "");
            case "PUT /bkt/broken":
                return error(500, "InternalError");
            case "PUT /bkt/denied":
                return error(403, "AccessDenied");
            case "DELETE /bkt/there":
                return new Canned(204, Map.of("x-amz-version-id", "m9", "x-amz-delete-marker", "true"), "");
            case "GET /bkt/slow":
                sleep(5_000);
                return new Canned(200, Map.of(), "late");
            case "GET /bkt":
                return q.contains("versions") ? new Canned(200, Map.of("Content-Type", "application/xml"), VERSIONS)
                        : new Canned(200, Map.of("Content-Type", "application/xml"), LISTING);
            default:
                return error(400, "Unexpected " + method + " " + path);
        }
    }

    private static final String VERSIONS = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
            + "<ListVersionsResult xmlns=\"http://s3.amazonaws.com/doc/2006-03-01/\"><Name>b</Name><Prefix>k</Prefix>"
            + "<IsTruncated>false</IsTruncated>"
            + "<Version><Key>k</Key><VersionId>v3</VersionId><IsLatest>true</IsLatest><ETag>\"aa\"</ETag></Version>"
            + "<DeleteMarker><Key>k</Key><VersionId>m2</VersionId><IsLatest>false</IsLatest></DeleteMarker>"
            + "<Version><Key>k</Key><VersionId>v1</VersionId><IsLatest>false</IsLatest><ETag>\"bb\"</ETag></Version>"
            + "<Version><Key>k0</Key><VersionId>x</VersionId><IsLatest>true</IsLatest><ETag>\"cc\"</ETag></Version>"
            + "</ListVersionsResult>";

    private static final String LISTING = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
            + "<ListBucketResult xmlns=\"http://s3.amazonaws.com/doc/2006-03-01/\"><Name>b</Name><Prefix>p/</Prefix>"
            + "<KeyCount>2</KeyCount><MaxKeys>1000</MaxKeys><IsTruncated>false</IsTruncated>"
            + "<Contents><Key>p/a</Key><ETag>\"AB12\"</ETag><Size>1</Size></Contents>"
            + "<Contents><Key>p/b</Key><ETag></ETag><Size>1</Size></Contents>"
            + "</ListBucketResult>";

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setExecutor(java.util.concurrent.Executors.newCachedThreadPool());
        server.createContext("/", this::handle);
        server.start();
        client = client(Duration.ofSeconds(20));
    }

    private S3StoreClient client(Duration timeout) {
        URI endpoint = URI.create("http://127.0.0.1:" + server.getAddress().getPort());
        return new S3StoreClient(new S3Settings(endpoint, "bkt", "us-east-1", "a", "s", true, false, true, timeout));
    }

    private void handle(HttpExchange ex) throws IOException {
        ex.getRequestBody().readAllBytes();
        Canned c = respond(ex.getRequestMethod(), ex.getRequestURI().getPath(), ex.getRequestURI().getRawQuery());
        c.headers().forEach((k, v) -> ex.getResponseHeaders().add(k, v));
        byte[] body = c.body().getBytes(StandardCharsets.UTF_8);
        boolean noBody = ex.getRequestMethod().equals("HEAD") || c.status() == 204;
        ex.sendResponseHeaders(c.status(), noBody ? -1 : body.length);
        if (!noBody) {
            ex.getResponseBody().write(body);
        }
        ex.close();
    }

    @AfterEach
    void stop() {
        client.close();
        server.stop(0);
    }

    @Test
    void notFoundIsAnAnswerNotAnError() throws Exception {
        assertNull(client.get("missing"));
        assertNull(client.head("missing"));
        // GET of a version that is a delete marker: 405, i.e. no object there.
        assertNull(client.getVersion("marker", "m1"));
    }

    @Test
    void foundObjectsAreNamedByTheDigestOfTheirContent() throws Exception {
        assertEquals(new StoreClient.ObjectState(S3StoreClient.digest("hello".getBytes(StandardCharsets.UTF_8)), "v7"),
                client.get("there"));
        // HEAD has no body: the digest is the ETag, unquoted and in lower case.
        assertEquals(new StoreClient.ObjectState("5d41402abc4b2a76b9719d911017c592", "null"), client.head("there"));
        assertEquals(new StoreClient.DeleteResult("m9", true), client.delete("there"));
    }

    @Test
    void refusalsAreDefiniteAndServerErrorsAndTimeoutsAreNot() {
        StoreException denied = assertThrows(StoreException.class, () -> client.put("denied", new byte[1]));
        assertTrue(denied.definite());
        assertEquals("HTTP 403 AccessDenied", denied.getMessage());

        StoreException broken = assertThrows(StoreException.class, () -> client.put("broken", new byte[1]));
        assertEquals(StoreException.Outcome.INDETERMINATE, broken.outcome());
        assertEquals("HTTP 500 InternalError", broken.getMessage());

        // The SDK's classes are loaded by now (the first call of a JVM can take a second), so a short
        // timeout is hit by the slow response only.
        try (S3StoreClient impatient = client(Duration.ofSeconds(1))) {
            StoreException slow = assertThrows(StoreException.class, () -> impatient.get("slow"));
            assertEquals(StoreException.Outcome.INDETERMINATE, slow.outcome());
            assertEquals("timeout", slow.getMessage());
        }
    }

    @Test
    void aRefusedConnectionIsIndeterminate() throws Exception {
        int port = LocalS3Proxy.freePort();
        try (S3StoreClient nowhere = new S3StoreClient(S3Settings.local(URI.create("http://127.0.0.1:" + port), "bkt",
                "a", "s"))) {
            StoreException e = assertThrows(StoreException.class, () -> nowhere.put("k", new byte[1]));
            assertEquals(StoreException.Outcome.INDETERMINATE, e.outcome());
            assertTrue(e.getMessage().startsWith("client error: "), e.getMessage());
        }
    }

    @Test
    void versionsKeepTheStoresInterleavedOrderAndOnlyTheExactKey() throws Exception {
        assertEquals(List.of(
                        new StoreClient.VersionEntry("v3", "aa", false),
                        new StoreClient.VersionEntry("m2", null, true),
                        new StoreClient.VersionEntry("v1", "bb", false)),
                client.listVersions("k"));
    }

    @Test
    void aListingWithoutAnEtagReportsPresenceOnly() throws Exception {
        assertEquals(List.of(new StoreClient.ListedKey("p/a", "ab12", null), new StoreClient.ListedKey("p/b", null, null)),
                client.list("p/"));
    }
}
