package io.s3witness.frontend;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * One request as the S3 layer sees it: method, the raw and decoded path, bucket and key (path style), the query
 * parameters decoded, the headers with lower-case names, and the unread body.
 *
 * @param rawPath the path exactly as sent (percent-encoded), for the SigV4 canonical URI
 * @param query   decoded parameter name → values in the order sent; a parameter without '=' has value ""
 * @param headers lower-case name → values
 * @param client  a small number naming the connection, the store's "client" (which cache node an impaired route picks)
 */
record S3Request(String method, String rawPath, String bucket, String key, Map<String, List<String>> query,
                 Map<String, List<String>> headers, InputStream body, int client) {

    static S3Request parse(String method, String rawPath, String rawQuery, Map<String, List<String>> rawHeaders,
                           InputStream body, int client) {
        String path = UriCodec.decode(rawPath == null || rawPath.isEmpty() ? "/" : rawPath);
        if (!path.startsWith("/")) {
            throw S3Failure.invalidRequest("the path must start with '/'");
        }
        String rest = path.substring(1);
        int slash = rest.indexOf('/');
        String bucket = slash < 0 ? rest : rest.substring(0, slash);
        String key = slash < 0 ? null : rest.substring(slash + 1);
        if (key != null && key.isEmpty()) {
            key = null;
        }
        Map<String, List<String>> headers = new TreeMap<>();
        rawHeaders.forEach((name, values) ->
                headers.computeIfAbsent(name.toLowerCase(Locale.ROOT), n -> new ArrayList<>()).addAll(values));
        return new S3Request(method, rawPath == null || rawPath.isEmpty() ? "/" : rawPath,
                bucket.isEmpty() ? null : bucket, key, parseQuery(rawQuery), headers, body, client);
    }

    static Map<String, List<String>> parseQuery(String rawQuery) {
        Map<String, List<String>> q = new LinkedHashMap<>();
        if (rawQuery == null || rawQuery.isEmpty()) {
            return q;
        }
        for (String part : rawQuery.split("&")) {
            if (part.isEmpty()) {
                continue;
            }
            int eq = part.indexOf('=');
            String name = UriCodec.decode(eq < 0 ? part : part.substring(0, eq));
            String value = eq < 0 ? "" : UriCodec.decode(part.substring(eq + 1));
            q.computeIfAbsent(name, n -> new ArrayList<>()).add(value);
        }
        return q;
    }

    /** The first value of a header, or null. */
    String header(String lowerCaseName) {
        List<String> v = headers.get(lowerCaseName);
        return v == null || v.isEmpty() ? null : v.get(0);
    }

    /** The first value of a query parameter, or null when absent. */
    String param(String name) {
        List<String> v = query.get(name);
        return v == null || v.isEmpty() ? null : v.get(0);
    }

    boolean has(String param) {
        return query.containsKey(param);
    }

    List<String> headerValues(String lowerCaseName) {
        return headers.getOrDefault(lowerCaseName, Collections.emptyList());
    }

    /** Where the request was aimed, for error bodies. */
    String resource() {
        return "/" + (bucket == null ? "" : bucket + (key == null ? "" : "/" + key));
    }
}
