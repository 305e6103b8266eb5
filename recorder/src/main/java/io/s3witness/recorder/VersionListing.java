package io.s3witness.recorder;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.services.s3.model.ListObjectVersionsRequest;

/**
 * Reads ListObjectVersions in the order the store sent it. The SDK's response splits versions and
 * delete markers into two lists and so loses their relative order, which matters: S3 lists a key's
 * versions and markers interleaved, newest first. This interceptor keeps the raw XML body of the
 * response for the thread that made the request (the synchronous client runs the interceptors on the
 * caller's thread), and {@link #parse} reads it in document order.
 */
final class VersionListing implements ExecutionInterceptor {
    private static final ThreadLocal<byte[]> LAST_BODY = new ThreadLocal<>();

    /** One entry in document order. */
    record Entry(String key, String version, String etag, boolean deleteMarker) { }

    @Override
    public Optional<InputStream> modifyHttpResponseContent(Context.ModifyHttpResponse context,
                                                           ExecutionAttributes attributes) {
        Optional<InputStream> body = context.responseBody();
        if (!(context.request() instanceof ListObjectVersionsRequest) || body.isEmpty()
                || !context.httpResponse().isSuccessful()) {
            return body;
        }
        try (InputStream in = body.get()) {
            byte[] bytes = in.readAllBytes();
            LAST_BODY.set(bytes);
            return Optional.of(new ByteArrayInputStream(bytes));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void forget() {
        LAST_BODY.remove();
    }

    /** The body the last ListObjectVersions call on this thread received; null if none was captured. */
    static byte[] takeLastBody() {
        byte[] b = LAST_BODY.get();
        LAST_BODY.remove();
        return b;
    }

    /** Parses a ListVersionsResult body: its Version and DeleteMarker elements in document order. */
    static List<Entry> parse(byte[] xml) throws IOException {
        Element root;
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            root = f.newDocumentBuilder().parse(new ByteArrayInputStream(xml)).getDocumentElement();
        } catch (ParserConfigurationException | SAXException e) {
            throw new IOException("unreadable ListObjectVersions response: " + e.getMessage(), e);
        }
        List<Entry> out = new ArrayList<>();
        for (Node n = root.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (!(n instanceof Element)) {
                continue;
            }
            String name = localName(n);
            if (name.equals("Version") || name.equals("DeleteMarker")) {
                Element e = (Element) n;
                out.add(new Entry(child(e, "Key"), child(e, "VersionId"), child(e, "ETag"),
                        name.equals("DeleteMarker")));
            }
        }
        return out;
    }

    private static String localName(Node n) {
        return n.getLocalName() != null ? n.getLocalName() : n.getNodeName();
    }

    private static String child(Element e, String name) {
        for (Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element && localName(n).equals(name)) {
                return n.getTextContent();
            }
        }
        return null;
    }
}
