package io.s3witness.frontend;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HexFormat;

/**
 * Reads a request body into memory under a size limit and checks it against what the signature declared:
 * a hex SHA-256 must match, UNSIGNED-PAYLOAD is taken as is, and aws-chunked bodies
 * (STREAMING-AWS4-HMAC-SHA256-PAYLOAD[-TRAILER], STREAMING-UNSIGNED-PAYLOAD-TRAILER) are decoded with every chunk
 * signature (and the trailer signature) verified. A Content-MD5 header must match the decoded bytes.
 */
final class BodyReader {
    private static final String SIGNED_STREAMING = "STREAMING-AWS4-HMAC-SHA256-PAYLOAD";
    private static final String SIGNED_STREAMING_TRAILER = "STREAMING-AWS4-HMAC-SHA256-PAYLOAD-TRAILER";
    private static final String UNSIGNED_STREAMING_TRAILER = "STREAMING-UNSIGNED-PAYLOAD-TRAILER";
    private static final int MAX_LINE = 4096;

    private final long maxBytes;

    BodyReader(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    byte[] read(S3Request r, SigV4Verifier.Signed signed) throws IOException {
        String mode = signed.payloadHash();
        byte[] body;
        if (mode.startsWith("STREAMING-")) {
            boolean signedChunks = mode.equals(SIGNED_STREAMING) || mode.equals(SIGNED_STREAMING_TRAILER);
            if (!signedChunks && !mode.equals(UNSIGNED_STREAMING_TRAILER)) {
                throw S3Failure.invalidArgument("unsupported x-amz-content-sha256 '" + mode + "'");
            }
            String decoded = r.header("x-amz-decoded-content-length");
            if (decoded != null && parseLength(decoded, "x-amz-decoded-content-length") > maxBytes) {
                drain(r.body());
                throw tooLarge();
            }
            body = new ChunkedBody(r.body(), signedChunks ? signed : null).decode();
            if (decoded != null && parseLength(decoded, "x-amz-decoded-content-length") != body.length) {
                throw new S3Failure(400, "IncompleteBody", "the decoded body has " + body.length
                        + " bytes, x-amz-decoded-content-length says " + decoded);
            }
        } else {
            body = readLimited(r.body());
            if (!mode.equals("UNSIGNED-PAYLOAD")) {
                if (!mode.matches("[0-9a-fA-F]{64}")) {
                    throw S3Failure.invalidArgument("x-amz-content-sha256 must be a hex SHA-256, UNSIGNED-PAYLOAD "
                            + "or a STREAMING-* mode, got '" + mode + "'");
                }
                if (!Hashing.sha256Hex(body).equalsIgnoreCase(mode)) {
                    throw new S3Failure(400, "XAmzContentSHA256Mismatch",
                            "The provided 'x-amz-content-sha256' header does not match what was computed.");
                }
            }
        }
        String md5 = r.header("content-md5");
        if (md5 != null && !md5.strip().equals(Base64.getEncoder().encodeToString(Hashing.md5(body)))) {
            throw new S3Failure(400, "BadDigest", "The Content-MD5 you specified did not match what we received.");
        }
        return body;
    }

    private S3Failure tooLarge() {
        return new S3Failure(413, "EntityTooLarge",
                "Your proposed upload exceeds the maximum allowed size of " + maxBytes + " bytes");
    }

    private static long parseLength(String v, String header) {
        try {
            return Long.parseLong(v.strip());
        } catch (NumberFormatException e) {
            throw S3Failure.invalidArgument(header + " is not a number: '" + v + "'");
        }
    }

    private byte[] readLimited(InputStream in) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buf = new byte[8192];
        int n;
        while ((n = in.read(buf)) > 0) {
            if (out.size() + (long) n > maxBytes) {
                drain(in);
                throw tooLarge();
            }
            out.write(buf, 0, n);
        }
        return out.toByteArray();
    }

    /**
     * Reads and drops the rest of the body, so the client, still sending, gets to read our error instead of a reset
     * connection. Bounded: past 64 MiB the connection is simply closed.
     */
    private static void drain(InputStream in) throws IOException {
        byte[] buf = new byte[65536];
        long total = 0;
        int n;
        while (total < (64L << 20) && (n = in.read(buf)) > 0) {
            total += n;
        }
    }

    /** One aws-chunked body: "size[;chunk-signature=sig]\r\n data \r\n" ... "0...\r\n" [trailers] "\r\n". */
    private final class ChunkedBody {
        private final InputStream in;
        private final SigV4Verifier.Signed signed;
        private String previousSignature;

        ChunkedBody(InputStream in, SigV4Verifier.Signed signed) {
            this.in = new java.io.BufferedInputStream(in);
            this.signed = signed;
            this.previousSignature = signed == null ? null : signed.seedSignature();
        }

        byte[] decode() throws IOException {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            while (true) {
                String header = line();
                int semi = header.indexOf(';');
                String sizeText = semi < 0 ? header : header.substring(0, semi);
                long size;
                try {
                    size = Long.parseLong(sizeText.strip(), 16);
                } catch (NumberFormatException e) {
                    throw malformed("chunk size '" + sizeText + "' is not hex");
                }
                if (size < 0 || out.size() + size > maxBytes) {
                    drain(in);
                    throw tooLarge();
                }
                byte[] data = in.readNBytes((int) size);
                if (data.length != size) {
                    throw malformed("the body ended inside a chunk");
                }
                if (signed != null) {
                    String prefix = ";chunk-signature=";
                    if (semi < 0 || !header.startsWith(prefix, semi)) {
                        throw S3Failure.signatureMismatch("a chunk of a signed aws-chunked body has no chunk-signature");
                    }
                    verifyChunk(header.substring(semi + prefix.length()), data);
                }
                if (size == 0) {
                    readTrailers();
                    return out.toByteArray();
                }
                if (!line().isEmpty()) {
                    throw malformed("a chunk is not followed by CRLF");
                }
                out.write(data);
            }
        }

        private void verifyChunk(String signature, byte[] data) {
            String toSign = "AWS4-HMAC-SHA256-PAYLOAD\n" + signed.amzDate() + "\n" + signed.scope() + "\n"
                    + previousSignature + "\n" + Hashing.EMPTY_SHA256 + "\n" + Hashing.sha256Hex(data);
            String expected = HexFormat.of().formatHex(Hashing.hmac(signed.signingKey(), toSign));
            if (!Hashing.constantTimeEquals(expected, signature.strip())) {
                throw S3Failure.signatureMismatch("a chunk signature of the aws-chunked body does not match");
            }
            previousSignature = expected;
        }

        /** Trailing headers (e.g. x-amz-checksum-crc32) up to the empty line; a signed body's must carry its signature. */
        private void readTrailers() throws IOException {
            StringBuilder canonical = new StringBuilder();
            String trailerSignature = null;
            String l;
            while (!(l = line()).isEmpty()) {
                int colon = l.indexOf(':');
                if (colon <= 0) {
                    throw malformed("trailer '" + l + "' is not name:value");
                }
                String name = l.substring(0, colon).strip().toLowerCase(java.util.Locale.ROOT);
                String value = l.substring(colon + 1).strip();
                if (name.equals("x-amz-trailer-signature")) {
                    trailerSignature = value;
                } else {
                    canonical.append(name).append(':').append(value).append('\n');
                }
            }
            if (signed != null && canonical.length() > 0) {
                if (trailerSignature == null) {
                    throw S3Failure.signatureMismatch("the trailers of a signed aws-chunked body are not signed");
                }
                String toSign = "AWS4-HMAC-SHA256-TRAILER\n" + signed.amzDate() + "\n" + signed.scope() + "\n"
                        + previousSignature + "\n" + Hashing.sha256Hex(canonical.toString());
                String expected = HexFormat.of().formatHex(Hashing.hmac(signed.signingKey(), toSign));
                if (!Hashing.constantTimeEquals(expected, trailerSignature)) {
                    throw S3Failure.signatureMismatch("the trailer signature of the aws-chunked body does not match");
                }
            }
        }

        /** A line up to CRLF (the CRLF dropped); end of stream counts as the end of the line. */
        private String line() throws IOException {
            ByteArrayOutputStream b = new ByteArrayOutputStream();
            int c;
            while ((c = in.read()) >= 0) {
                if (c == '\n') {
                    break;
                }
                if (b.size() >= MAX_LINE) {
                    throw malformed("a chunk header or trailer line is longer than " + MAX_LINE + " bytes");
                }
                b.write(c);
            }
            String s = b.toString(StandardCharsets.UTF_8);
            return s.endsWith("\r") ? s.substring(0, s.length() - 1) : s;
        }

        private S3Failure malformed(String what) {
            return new S3Failure(400, "IncompleteBody", "malformed aws-chunked body: " + what);
        }
    }
}
