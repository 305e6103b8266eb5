package io.s3witness.frontend;

import io.s3witness.store.Mode;
import java.io.IOException;
import java.io.PrintStream;
import java.io.OutputStream;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.retry.RetryPolicy;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.S3Configuration;

/** A server on a free port of 127.0.0.1 for one test class, and SDK clients for it. */
final class LocalServer implements AutoCloseable {
    static final Credentials CREDENTIALS = new Credentials("test-access", "test-secret");
    final S3Server server;

    LocalServer(ServerConfig config) throws IOException {
        this.server = S3Server.start(config, new PrintStream(OutputStream.nullOutputStream()));
    }

    static LocalServer strong() throws IOException {
        return new LocalServer(ServerConfig.local(Mode.STRONG, CREDENTIALS));
    }

    S3Client client() {
        return client(CREDENTIALS.accessKey(), CREDENTIALS.secretKey(), true);
    }

    S3Client client(String accessKey, String secretKey, boolean chunked) {
        return S3Client.builder()
                .endpointOverride(server.endpoint())
                .region(Region.US_EAST_1)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create(accessKey, secretKey)))
                .serviceConfiguration(S3Configuration.builder().pathStyleAccessEnabled(true)
                        .chunkedEncodingEnabled(chunked).build())
                .overrideConfiguration(o -> o.retryPolicy(RetryPolicy.none()))
                .build();
    }

    @Override
    public void close() {
        server.close();
    }
}
