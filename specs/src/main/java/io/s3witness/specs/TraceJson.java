package io.s3witness.specs;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The JSON a spec trace line needs: one object of strings, whole numbers, null, booleans and nested objects (the
 * header's home map). Arrays and fractions are not part of the format and are rejected. Errors say the column.
 */
final class TraceJson {
    /** A line that is not the JSON the format allows; the message names the column and what was expected. */
    static final class SyntaxError extends Exception {
        SyntaxError(String message) {
            super(message);
        }
    }

    private final String text;
    private int pos;

    private TraceJson(String text) {
        this.text = text;
    }

    /** The line's object: keys in order, values String, Long, Boolean, nested Map, or null. */
    static Map<String, Object> object(String line) throws SyntaxError {
        TraceJson p = new TraceJson(line);
        p.skipSpace();
        Map<String, Object> obj = p.readObject();
        p.skipSpace();
        if (p.pos != line.length()) {
            throw p.error("nothing after the object");
        }
        return obj;
    }

    private Map<String, Object> readObject() throws SyntaxError {
        expect('{');
        Map<String, Object> obj = new LinkedHashMap<>();
        skipSpace();
        if (peek() == '}') {
            pos++;
            return obj;
        }
        while (true) {
            skipSpace();
            String key = readString();
            skipSpace();
            expect(':');
            skipSpace();
            if (obj.put(key, readValue()) != null) {
                throw error("field \"" + key + "\" only once");
            }
            skipSpace();
            char c = peek();
            pos++;
            if (c == '}') {
                return obj;
            }
            if (c != ',') {
                pos--;
                throw error("',' or '}'");
            }
        }
    }

    private Object readValue() throws SyntaxError {
        char c = peek();
        if (c == '"') {
            return readString();
        }
        if (c == '{') {
            return readObject();
        }
        if (c == '-' || (c >= '0' && c <= '9')) {
            return readNumber();
        }
        for (String word : new String[] {"null", "true", "false"}) {
            if (text.startsWith(word, pos)) {
                pos += word.length();
                return word.equals("null") ? null : Boolean.valueOf(word);
            }
        }
        throw error("a string, a whole number, null, true, false or an object");
    }

    private Long readNumber() throws SyntaxError {
        int start = pos;
        if (peek() == '-') {
            pos++;
        }
        while (pos < text.length() && Character.isDigit(text.charAt(pos))) {
            pos++;
        }
        if (pos < text.length() && (text.charAt(pos) == '.' || text.charAt(pos) == 'e'
                || text.charAt(pos) == 'E')) {
            throw error("a whole number");
        }
        try {
            return Long.parseLong(text.substring(start, pos));
        } catch (NumberFormatException e) {
            pos = start;
            throw error("a whole number that fits in 64 bits");
        }
    }

    private String readString() throws SyntaxError {
        expect('"');
        StringBuilder sb = new StringBuilder();
        while (true) {
            if (pos >= text.length()) {
                throw error("the string's closing quote");
            }
            char c = text.charAt(pos++);
            if (c == '"') {
                return sb.toString();
            }
            if (c != '\\') {
                sb.append(c);
                continue;
            }
            if (pos >= text.length()) {
                throw error("an escape after '\\'");
            }
            char e = text.charAt(pos++);
            switch (e) {
                case '"', '\\', '/' -> sb.append(e);
                case 'n' -> sb.append('\n');
                case 'r' -> sb.append('\r');
                case 't' -> sb.append('\t');
                case 'b' -> sb.append('\b');
                case 'f' -> sb.append('\f');
                case 'u' -> {
                    if (pos + 4 > text.length()) {
                        throw error("four hex digits after \\u");
                    }
                    try {
                        sb.append((char) Integer.parseInt(text.substring(pos, pos + 4), 16));
                    } catch (NumberFormatException x) {
                        throw error("four hex digits after \\u");
                    }
                    pos += 4;
                }
                default -> {
                    pos--;
                    throw error("a JSON escape");
                }
            }
        }
    }

    private void expect(char c) throws SyntaxError {
        if (peek() != c) {
            throw error("'" + c + "'");
        }
        pos++;
    }

    private char peek() {
        return pos < text.length() ? text.charAt(pos) : '\0';
    }

    private void skipSpace() {
        while (pos < text.length() && Character.isWhitespace(text.charAt(pos))) {
            pos++;
        }
    }

    private SyntaxError error(String expected) {
        String found = pos >= text.length() ? "the end of the line"
                : "'" + text.charAt(pos) + "'";
        return new SyntaxError("column " + (pos + 1) + ": expected " + expected + ", found " + found);
    }
}
