package io.s3witness.store;

/** An S3 error answer. Unchecked: every facade method may throw it; {@link #error()} says which. */
public final class S3Exception extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final S3Error error;
    /** The key or version id the error is about; may be null. */
    private final String resource;

    public S3Exception(S3Error error, String resource, String message) {
        super(error.code() + ": " + message);
        this.error = error;
        this.resource = resource;
    }

    public S3Error error() {
        return error;
    }

    public String resource() {
        return resource;
    }

    public static S3Exception invalidArgument(String message) {
        return new S3Exception(S3Error.INVALID_ARGUMENT, null, message);
    }
}
