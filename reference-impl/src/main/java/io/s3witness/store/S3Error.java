package io.s3witness.store;

/** The S3 error codes this store can answer with, and their HTTP status. */
public enum S3Error {
    NO_SUCH_KEY("NoSuchKey", 404),
    NO_SUCH_VERSION("NoSuchVersion", 404),
    /** A delete marker fetched by version id. */
    METHOD_NOT_ALLOWED("MethodNotAllowed", 405),
    INVALID_ARGUMENT("InvalidArgument", 400),
    /** The commit to the ordering log failed: the request certainly did not take effect. */
    INTERNAL_ERROR("InternalError", 500);

    private final String code;
    private final int httpStatus;

    S3Error(String code, int httpStatus) {
        this.code = code;
        this.httpStatus = httpStatus;
    }

    /** The S3 error code, e.g. {@code NoSuchKey}. */
    public String code() {
        return code;
    }

    public int httpStatus() {
        return httpStatus;
    }
}
