package io.s3witness.frontend;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Set;
import software.amazon.awssdk.http.ContentStreamProvider;
import software.amazon.awssdk.http.SdkHttpMethod;
import software.amazon.awssdk.http.SdkHttpRequest;
import software.amazon.awssdk.http.auth.aws.signer.AwsV4FamilyHttpSigner;
import software.amazon.awssdk.http.auth.aws.signer.AwsV4HttpSigner;
import software.amazon.awssdk.http.auth.spi.signer.SignedRequest;
import software.amazon.awssdk.identity.spi.AwsCredentialsIdentity;

/**
 * Hand-made requests: signed by the SDK's own SigV4 signer (an implementation independent of ours), then sent, or
 * tampered with first, with the JDK's HTTP client.
 */
final class RawRequests {
    /** Headers the JDK client sets itself and refuses to be given. */
    private static final Set<String> RESTRICTED = Set.of("host", "content-length", "expect", "connection", "upgrade");
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private final URI endpoint;

    RawRequests(URI endpoint) {
        this.endpoint = endpoint;
    }

    record Signed(SdkHttpRequest request, byte[] body) {
    }

    /** Signs a request: payload signed (hex SHA-256), or aws-chunked with chunk signatures when {@code chunked}. */
    Signed sign(String method, String path, byte[] body, Credentials creds, boolean chunked) {
        SdkHttpRequest.Builder b = SdkHttpRequest.builder().uri(endpoint.resolve(path))
                .method(SdkHttpMethod.fromValue(method));
        if (chunked) {
            b.putHeader("x-amz-decoded-content-length", Integer.toString(body.length))
                    .putHeader("Content-Encoding", "aws-chunked");
        }
        b.putHeader("Content-Length", Integer.toString(body.length));
        SignedRequest s = AwsV4HttpSigner.create().sign(r -> r
                .identity(AwsCredentialsIdentity.create(creds.accessKey(), creds.secretKey()))
                .request(b.build())
                .payload(ContentStreamProvider.fromByteArray(body))
                .putProperty(AwsV4FamilyHttpSigner.SERVICE_SIGNING_NAME, "s3")
                .putProperty(AwsV4HttpSigner.REGION_NAME, "us-east-1")
                .putProperty(AwsV4FamilyHttpSigner.PAYLOAD_SIGNING_ENABLED, true)
                .putProperty(AwsV4FamilyHttpSigner.CHUNK_ENCODING_ENABLED, chunked));
        byte[] payload;
        try (InputStream in = s.payload().orElseThrow().newStream()) {
            payload = in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Signed(s.request(), payload);
    }

    /** Sends the request's headers (minus those the JDK client sets itself) with {@code body}. */
    HttpResponse<String> send(SdkHttpRequest request, byte[] body) throws IOException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(request.getUri())
                .method(request.method().name(), HttpRequest.BodyPublishers.ofByteArray(body));
        request.headers().forEach((name, values) -> {
            if (!RESTRICTED.contains(name.toLowerCase(java.util.Locale.ROOT))) {
                values.forEach(v -> b.header(name, v));
            }
        });
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> send(Signed s) throws IOException, InterruptedException {
        return send(s.request(), s.body());
    }

    HttpResponse<String> unsigned(String method, String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(endpoint.resolve(path))
                .method(method, HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
    }
}
