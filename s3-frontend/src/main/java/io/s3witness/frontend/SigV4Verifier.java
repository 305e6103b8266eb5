package io.s3witness.frontend;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

/**
 * Verifies AWS Signature Version 4 in the Authorization header against the one configured key pair, as the AWS
 * documentation "Create a signed AWS API request" specifies: canonical request → string to sign → HMAC chain of
 * the secret, date, region, service and "aws4_request". Query-string (presigned) authentication is refused.
 */
final class SigV4Verifier {
    static final String ALGORITHM = "AWS4-HMAC-SHA256";
    static final DateTimeFormatter AMZ_DATE = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'");
    private static final Duration MAX_SKEW = Duration.ofMinutes(15);

    private final Credentials credentials;
    private final Clock clock;

    SigV4Verifier(Credentials credentials, Clock clock) {
        this.credentials = credentials;
        this.clock = clock;
    }

    /**
     * What a verified request signed: the payload hash it declared (a hex SHA-256, UNSIGNED-PAYLOAD or a STREAMING-*
     * mode), and what aws-chunked bodies need to verify each chunk's signature.
     */
    record Signed(String payloadHash, String amzDate, String scope, byte[] signingKey, String seedSignature) {
    }

    Signed verify(S3Request r) {
        if (r.has("X-Amz-Algorithm") || r.has("X-Amz-Signature")) {
            throw S3Failure.accessDenied("query-string (presigned URL) authentication is not supported; "
                    + "sign the Authorization header");
        }
        String auth = r.header("authorization");
        if (auth == null) {
            throw S3Failure.accessDenied("Access Denied: the request is not signed (no Authorization header)");
        }
        if (!auth.startsWith(ALGORITHM + " ")) {
            throw S3Failure.accessDenied("only " + ALGORITHM + " (Signature Version 4) is accepted");
        }
        Map<String, String> fields = authFields(auth.substring(ALGORITHM.length() + 1));
        String credential = fields.get("Credential");
        String signedHeaders = fields.get("SignedHeaders");
        String signature = fields.get("Signature");
        if (credential == null || signedHeaders == null || signature == null) {
            throw S3Failure.accessDenied("the Authorization header needs Credential, SignedHeaders and Signature");
        }
        String[] scopeParts = credential.split("/", -1);
        if (scopeParts.length != 5 || !"aws4_request".equals(scopeParts[4])) {
            throw S3Failure.accessDenied("malformed Credential: expected KEY/DATE/REGION/SERVICE/aws4_request");
        }
        if (!scopeParts[0].equals(credentials.accessKey())) {
            throw new S3Failure(403, "InvalidAccessKeyId", "The AWS access key id you provided does not exist");
        }
        String amzDate = r.header("x-amz-date");
        if (amzDate == null) {
            throw S3Failure.accessDenied("the x-amz-date header is required");
        }
        checkTime(amzDate);
        if (!amzDate.startsWith(scopeParts[1])) {
            throw S3Failure.signatureMismatch("the credential scope date " + scopeParts[1]
                    + " is not the date of x-amz-date " + amzDate);
        }
        List<String> headerNames = List.of(signedHeaders.split(";"));
        if (!headerNames.contains("host")) {
            throw S3Failure.accessDenied("the host header must be signed");
        }
        String payloadHash = r.header("x-amz-content-sha256");
        if (payloadHash == null) {
            throw S3Failure.invalidRequest("Missing required header for this request: x-amz-content-sha256");
        }
        String scope = scopeParts[1] + "/" + scopeParts[2] + "/" + scopeParts[3] + "/aws4_request";
        String canonical = r.method() + "\n"
                + UriCodec.encode(UriCodec.decode(r.rawPath()), true) + "\n"
                + canonicalQuery(r.query()) + "\n"
                + canonicalHeaders(r, headerNames) + "\n"
                + signedHeaders + "\n"
                + payloadHash;
        String stringToSign = ALGORITHM + "\n" + amzDate + "\n" + scope + "\n" + Hashing.sha256Hex(canonical);
        byte[] key = signingKey(credentials.secretKey(), scopeParts[1], scopeParts[2], scopeParts[3]);
        String expected = HexFormat.of().formatHex(Hashing.hmac(key, stringToSign));
        if (!Hashing.constantTimeEquals(expected, signature.toLowerCase(java.util.Locale.ROOT))) {
            throw S3Failure.signatureMismatch("The request signature we calculated does not match the signature "
                    + "you provided. Check your key and signing method.");
        }
        return new Signed(payloadHash, amzDate, scope, key, expected);
    }

    static byte[] signingKey(String secret, String date, String region, String service) {
        byte[] k = Hashing.hmac(("AWS4" + secret).getBytes(StandardCharsets.UTF_8), date);
        k = Hashing.hmac(k, region);
        k = Hashing.hmac(k, service);
        return Hashing.hmac(k, "aws4_request");
    }

    private void checkTime(String amzDate) {
        Instant t;
        try {
            t = LocalDateTime.parse(amzDate, AMZ_DATE).toInstant(ZoneOffset.UTC);
        } catch (DateTimeParseException e) {
            throw S3Failure.accessDenied("x-amz-date is not of the form 20250101T000000Z: '" + amzDate + "'");
        }
        if (Duration.between(t, clock.instant()).abs().compareTo(MAX_SKEW) > 0) {
            throw new S3Failure(403, "RequestTimeTooSkewed",
                    "The difference between the request time and the server's time is too large.");
        }
    }

    private static Map<String, String> authFields(String rest) {
        Map<String, String> m = new java.util.HashMap<>();
        for (String part : rest.split(",")) {
            String p = part.strip();
            int eq = p.indexOf('=');
            if (eq > 0) {
                m.put(p.substring(0, eq), p.substring(eq + 1));
            }
        }
        return m;
    }

    static String canonicalQuery(Map<String, List<String>> query) {
        List<String[]> pairs = new ArrayList<>();
        query.forEach((name, values) -> {
            for (String v : values) {
                pairs.add(new String[] {UriCodec.encode(name, false), UriCodec.encode(v, false)});
            }
        });
        pairs.sort(Comparator.<String[], String>comparing(p -> p[0]).thenComparing(p -> p[1]));
        StringBuilder sb = new StringBuilder();
        for (String[] p : pairs) {
            if (sb.length() > 0) {
                sb.append('&');
            }
            sb.append(p[0]).append('=').append(p[1]);
        }
        return sb.toString();
    }

    private static String canonicalHeaders(S3Request r, List<String> names) {
        StringBuilder sb = new StringBuilder();
        for (String name : names) {
            List<String> values = r.headerValues(name);
            if (values.isEmpty()) {
                throw S3Failure.signatureMismatch("signed header '" + name + "' is not in the request");
            }
            sb.append(name).append(':');
            for (int i = 0; i < values.size(); i++) {
                if (i > 0) {
                    sb.append(',');
                }
                sb.append(values.get(i).strip().replaceAll(" +", " "));
            }
            sb.append('\n');
        }
        return sb.toString();
    }
}
