package io.s3witness.frontend;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import io.s3witness.store.S3Exception;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.time.Clock;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Every request: parse (path style), verify SigV4, read the body under the limit, dispatch to the bucket or
 * object operation, answer; any S3 error becomes S3's XML error body with its status.
 */
final class S3Handler implements HttpHandler {
    /** Bucket subresources this server does not implement: a clear 501 rather than a listing the client misreads. */
    private static final Set<String> UNSUPPORTED = Set.of("acl", "policy", "cors", "lifecycle", "tagging",
            "website", "logging", "notification", "replication", "encryption", "uploads", "delete", "object-lock",
            "ownershipControls", "publicAccessBlock", "accelerate", "requestPayment", "analytics", "inventory",
            "metrics", "intelligent-tiering", "attributes", "restore", "select", "torrent", "retention",
            "legal-hold");

    private final BucketRegistry registry;
    private final SigV4Verifier verifier;
    private final BodyReader bodies;
    private final FaultDriver faults;
    private final Map<InetSocketAddress, Integer> clients = new ConcurrentHashMap<>();
    private final AtomicInteger nextClient = new AtomicInteger();
    private final AtomicLong requestIds = new AtomicLong();

    S3Handler(BucketRegistry registry, Credentials credentials, long maxObjectBytes, FaultDriver faults) {
        this.registry = registry;
        this.verifier = new SigV4Verifier(credentials, Clock.systemUTC());
        this.bodies = new BodyReader(maxObjectBytes);
        this.faults = faults;
    }

    @Override
    public void handle(HttpExchange ex) throws IOException {
        String requestId = Long.toHexString(requestIds.incrementAndGet()).toUpperCase(java.util.Locale.ROOT);
        boolean head = ex.getRequestMethod().equals("HEAD");
        S3Response response;
        String resource = ex.getRequestURI().getRawPath();
        try {
            // A connection serves one request at a time, so it can stand for the store's client (its process).
            int client = clients.computeIfAbsent(ex.getRemoteAddress(), a -> nextClient.getAndIncrement());
            S3Request r = S3Request.parse(ex.getRequestMethod(), ex.getRequestURI().getRawPath(),
                    ex.getRequestURI().getRawQuery(), ex.getRequestHeaders(), ex.getRequestBody(), client);
            resource = r.resource();
            SigV4Verifier.Signed signed = verifier.verify(r);
            byte[] body = bodies.read(r, signed);
            response = dispatch(r, body);
        } catch (S3Failure f) {
            response = error(f.status(), f.code(), f.getMessage(), resource, requestId, head);
        } catch (S3Exception e) {
            response = error(e.error().httpStatus(), e.error().code(), e.getMessage(), resource, requestId, head);
        } catch (RuntimeException e) {
            response = error(500, "InternalError", "We encountered an internal error: " + e, resource, requestId,
                    head);
        }
        response.header("x-amz-request-id", requestId).header("Server", "s3-witness");
        send(ex, response, head);
    }

    private S3Response dispatch(S3Request r, byte[] body) {
        String m = r.method();
        if (r.bucket() == null) {
            if (m.equals("GET")) {
                return BucketOperations.listBuckets(registry);
            }
            throw new S3Failure(405, "MethodNotAllowed", "The specified method is not allowed against this resource.");
        }
        for (String p : r.query().keySet()) {
            if (UNSUPPORTED.contains(p)) {
                throw S3Failure.notImplemented("the '" + p + "' subresource");
            }
        }
        if (r.key() == null) {
            return bucketRequest(r, body, m);
        }
        ObjectOperations.validateKey(r.key());
        Bucket b = registry.get(r.bucket());
        faults.beforeRequest();
        return switch (m) {
            case "PUT" -> ObjectOperations.put(b, r, body);
            case "GET" -> ObjectOperations.get(b, r, false);
            case "HEAD" -> ObjectOperations.get(b, r, true);
            case "DELETE" -> ObjectOperations.delete(b, r);
            default -> throw S3Failure.notImplemented(m + " on an object");
        };
    }

    private S3Response bucketRequest(S3Request r, byte[] body, String m) {
        switch (m) {
            case "PUT":
                return r.has("versioning") ? BucketOperations.putVersioning(registry.get(r.bucket()), body)
                        : BucketOperations.create(registry, r);
            case "DELETE":
                return BucketOperations.delete(registry, r);
            case "HEAD":
                registry.get(r.bucket());
                return S3Response.of(200);
            case "GET":
                Bucket b = registry.get(r.bucket());
                if (r.has("versioning")) {
                    return BucketOperations.getVersioning(b);
                }
                if (r.has("location")) {
                    return BucketOperations.location(b);
                }
                faults.beforeRequest();
                if (r.has("versions")) {
                    return BucketOperations.listVersions(b, r);
                }
                return BucketOperations.list(b, r, "2".equals(r.param("list-type")));
            default:
                throw S3Failure.notImplemented(m + " on a bucket");
        }
    }

    private static S3Response error(int status, String code, String message, String resource, String requestId,
                                    boolean head) {
        S3Response r = S3Response.xml(status, Xml.plainRoot("Error").text("Code", code).text("Message", message)
                .text("Resource", resource).text("RequestId", requestId).bytes("Error"));
        return head ? r.withBody(null) : r;
    }

    private static void send(HttpExchange ex, S3Response r, boolean head) throws IOException {
        r.headers().forEach((k, v) -> ex.getResponseHeaders().set(k, v));
        byte[] body = r.body();
        if (head || body == null || body.length == 0) {
            ex.sendResponseHeaders(r.status(), -1);
        } else {
            ex.sendResponseHeaders(r.status(), body.length);
            try (OutputStream out = ex.getResponseBody()) {
                out.write(body);
            }
        }
        ex.close();
    }
}
