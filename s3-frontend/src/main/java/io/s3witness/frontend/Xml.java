package io.s3witness.frontend;

import java.nio.charset.StandardCharsets;

/** Writes the small S3 XML documents: elements with escaped text, nothing else. */
final class Xml {
    static final String S3_NS = "http://s3.amazonaws.com/doc/2006-03-01/";
    private final StringBuilder sb = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");

    /** Opens the root element in S3's namespace. */
    static Xml root(String name) {
        Xml x = new Xml();
        x.sb.append('<').append(name).append(" xmlns=\"").append(S3_NS).append("\">");
        return x;
    }

    /** Opens the root element without a namespace (S3's Error documents have none). */
    static Xml plainRoot(String name) {
        Xml x = new Xml();
        x.sb.append('<').append(name).append('>');
        return x;
    }

    Xml open(String name) {
        sb.append('<').append(name).append('>');
        return this;
    }

    Xml close(String name) {
        sb.append("</").append(name).append('>');
        return this;
    }

    /** An element with text; nothing at all when the text is null. */
    Xml text(String name, Object value) {
        if (value != null) {
            open(name);
            escape(String.valueOf(value));
            close(name);
        }
        return this;
    }

    byte[] bytes(String rootName) {
        close(rootName);
        return sb.toString().getBytes(StandardCharsets.UTF_8);
    }

    private void escape(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '&' -> sb.append("&amp;");
                case '"' -> sb.append("&quot;");
                case '\'' -> sb.append("&apos;");
                case '\r' -> sb.append("&#13;");
                default -> {
                    if (c < 0x20 && c != '\n' && c != '\t') {
                        sb.append("&#").append((int) c).append(';');
                    } else {
                        sb.append(c);
                    }
                }
            }
        }
    }
}
