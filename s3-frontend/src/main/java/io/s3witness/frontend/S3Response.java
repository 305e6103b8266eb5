package io.s3witness.frontend;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What the front end answers: status, headers, body (null for none). {@code bodyLength} is what HEAD reports as
 * Content-Length without sending a body.
 */
record S3Response(int status, Map<String, String> headers, byte[] body) {
    static final DateTimeFormatter HTTP_DATE = DateTimeFormatter.RFC_1123_DATE_TIME.withZone(ZoneOffset.UTC);
    static final DateTimeFormatter ISO_MILLIS =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

    static S3Response of(int status) {
        return new S3Response(status, new LinkedHashMap<>(), null);
    }

    static S3Response xml(int status, byte[] xml) {
        S3Response r = new S3Response(status, new LinkedHashMap<>(), xml);
        r.headers.put("Content-Type", "application/xml");
        return r;
    }

    S3Response header(String name, String value) {
        if (value != null) {
            headers.put(name, value);
        }
        return this;
    }

    S3Response withBody(byte[] data) {
        return new S3Response(status, headers, data);
    }

    static String httpDate(Instant t) {
        return HTTP_DATE.format(t);
    }

    static String isoDate(Instant t) {
        return ISO_MILLIS.format(t);
    }
}
