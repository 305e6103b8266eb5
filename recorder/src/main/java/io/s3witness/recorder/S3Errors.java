package io.s3witness.recorder;

import java.io.IOException;
import java.io.UncheckedIOException;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.exception.ApiCallAttemptTimeoutException;
import software.amazon.awssdk.core.exception.ApiCallTimeoutException;
import software.amazon.awssdk.core.exception.SdkClientException;

/**
 * Decides what an SDK exception means for the history. An S3 error response with a 4xx status is a
 * refusal: the request was not applied ({@code fail}). Everything else (5xx, timeouts, dropped
 * connections, unreadable responses) leaves the outcome unknown ({@code info}); over-reporting
 * {@code info} is always sound, a wrong {@code fail} is not.
 */
final class S3Errors {
    private S3Errors() { }

    /** The HTTP status of an S3 error response, or -1 when the exception is not one. */
    static int status(RuntimeException e) {
        return e instanceof AwsServiceException ? ((AwsServiceException) e).statusCode() : -1;
    }

    static StoreException classify(RuntimeException e) {
        if (e instanceof AwsServiceException) {
            AwsServiceException s = (AwsServiceException) e;
            int status = s.statusCode();
            String code = s.awsErrorDetails() == null ? null : s.awsErrorDetails().errorCode();
            String message = "HTTP " + status + (code == null || code.isEmpty() ? "" : " " + code);
            // 408: the server gave up reading the request; it may already have been acted on by a proxy.
            boolean refused = status >= 400 && status < 500 && status != 408;
            return new StoreException(refused ? StoreException.Outcome.DEFINITE
                    : StoreException.Outcome.INDETERMINATE, message, e);
        }
        if (e instanceof ApiCallTimeoutException || e instanceof ApiCallAttemptTimeoutException) {
            return new StoreException(StoreException.Outcome.INDETERMINATE, "timeout", e);
        }
        if (e instanceof SdkClientException) {
            return new StoreException(StoreException.Outcome.INDETERMINATE, "client error: " + rootMessage(e), e);
        }
        if (e instanceof UncheckedIOException) {
            return new StoreException(StoreException.Outcome.INDETERMINATE, "I/O error: " + rootMessage(e), e);
        }
        return new StoreException(StoreException.Outcome.INDETERMINATE,
                rootMessage(e), e);
    }

    static StoreException classify(IOException e) {
        return new StoreException(StoreException.Outcome.INDETERMINATE, "I/O error: " + rootMessage(e), e);
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        String m = t.getMessage();
        return t.getClass().getSimpleName() + (m == null ? "" : " " + m.lines().findFirst().orElse(""));
    }
}
