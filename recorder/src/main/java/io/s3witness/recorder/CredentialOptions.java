package io.s3witness.recorder;

import picocli.CommandLine.Option;

/**
 * The access key pair, as a picocli mixin, so that {@code record} (which signs) and {@code serve} (which verifies)
 * read the same options and environment variables and so agree by default.
 */
public final class CredentialOptions {
    @Option(names = "--access-key", defaultValue = "${env:AWS_ACCESS_KEY_ID:-test}", description = "default: $AWS_ACCESS_KEY_ID or 'test'")
    String accessKey;
    @Option(names = "--secret-key", defaultValue = "${env:AWS_SECRET_ACCESS_KEY:-test}", description = "default: $AWS_SECRET_ACCESS_KEY or 'test'")
    String secretKey;

    public String accessKey() {
        return accessKey;
    }

    public String secretKey() {
        return secretKey;
    }
}
