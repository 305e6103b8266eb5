package io.s3witness.frontend;

/** An S3 error the front end answers with: the code, the HTTP status and a message for the XML body. */
final class S3Failure extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final String code;
    private final int status;

    S3Failure(int status, String code, String message) {
        super(message, null, false, false);
        this.code = code;
        this.status = status;
    }

    String code() {
        return code;
    }

    int status() {
        return status;
    }

    static S3Failure accessDenied(String message) {
        return new S3Failure(403, "AccessDenied", message);
    }

    static S3Failure signatureMismatch(String message) {
        return new S3Failure(403, "SignatureDoesNotMatch", message);
    }

    static S3Failure invalidRequest(String message) {
        return new S3Failure(400, "InvalidRequest", message);
    }

    static S3Failure invalidArgument(String message) {
        return new S3Failure(400, "InvalidArgument", message);
    }

    static S3Failure noSuchBucket(String bucket) {
        return new S3Failure(404, "NoSuchBucket", "The specified bucket does not exist: " + bucket);
    }

    static S3Failure notImplemented(String what) {
        return new S3Failure(501, "NotImplemented", what + " is not implemented by this server");
    }
}
