package io.s3witness.frontend;

/** The one access key pair the server accepts. */
public record Credentials(String accessKey, String secretKey) {
    public Credentials {
        if (accessKey == null || accessKey.isEmpty() || secretKey == null || secretKey.isEmpty()) {
            throw new IllegalArgumentException("--access-key and --secret-key must not be empty");
        }
    }
}
