package io.s3witness.specs;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A value as TLC prints it in a counterexample, parsed into plain Java: {@link Long} for
 * integers, {@link String} for strings, {@link Boolean}, {@link ModelValue} for model values,
 * {@link List} for sequences (and tuples), {@link Tuples.SetOf} for sets, and {@link Map}
 * (insertion-ordered) for records and functions.
 *
 * <p>Only the value grammar TLC's printer produces is accepted: {@code [a |-> v, ...]},
 * {@code <<v, ...>>}, {@code {v, ...}}, {@code (k :> v @@ ...)}, strings, integers, booleans and
 * bare identifiers (model values).
 */
public final class TlaValue {

    /** A TLC model value, printed as a bare identifier (e.g. the client {@code c1}). */
    public record ModelValue(String name) {
        @Override
        public String toString() {
            return name;
        }
    }

    /** Holder for the one non-JDK collection shape TLC prints: a set. */
    public static final class Tuples {
        private Tuples() {
        }

        /** A TLA+ set, kept in TLC's printing order. */
        public record SetOf(List<Object> elements) {
        }
    }

    private final String text;
    private int pos;

    private TlaValue(String text) {
        this.text = text;
    }

    /**
     * Parses one value.
     *
     * @throws IllegalArgumentException with the offset and what was expected, on text that is
     *     not a TLC-printed value
     */
    public static Object parse(String text) {
        TlaValue p = new TlaValue(Objects.requireNonNull(text));
        Object v = p.value();
        p.skipSpace();
        if (p.pos != text.length()) {
            throw p.error("end of value");
        }
        return v;
    }

    private Object value() {
        skipSpace();
        if (pos >= text.length()) {
            throw error("a value");
        }
        char ch = text.charAt(pos);
        if (text.startsWith("<<", pos)) {
            pos += 2;
            List<Object> items = items(">>");
            return items;
        }
        if (ch == '[') {
            pos++;
            return record();
        }
        if (ch == '{') {
            pos++;
            return new Tuples.SetOf(items("}"));
        }
        if (ch == '(') {
            pos++;
            return function();
        }
        if (ch == '"') {
            return string();
        }
        if (ch == '-' || Character.isDigit(ch)) {
            return number();
        }
        if (Character.isLetter(ch) || ch == '_') {
            String id = identifier();
            return switch (id) {
                case "TRUE" -> Boolean.TRUE;
                case "FALSE" -> Boolean.FALSE;
                default -> new ModelValue(id);
            };
        }
        throw error("a value");
    }

    private List<Object> items(String close) {
        List<Object> out = new ArrayList<>();
        skipSpace();
        if (text.startsWith(close, pos)) {
            pos += close.length();
            return out;
        }
        while (true) {
            out.add(value());
            skipSpace();
            if (text.startsWith(close, pos)) {
                pos += close.length();
                return out;
            }
            expect(",");
        }
    }

    private Map<Object, Object> record() {
        Map<Object, Object> out = new LinkedHashMap<>();
        skipSpace();
        if (text.startsWith("]", pos)) {
            pos++;
            return out;
        }
        while (true) {
            skipSpace();
            String field = identifier();
            expect("|->");
            out.put(field, value());
            skipSpace();
            if (text.startsWith("]", pos)) {
                pos++;
                return out;
            }
            expect(",");
        }
    }

    private Map<Object, Object> function() {
        Map<Object, Object> out = new LinkedHashMap<>();
        while (true) {
            Object key = value();
            expect(":>");
            out.put(key, value());
            skipSpace();
            if (text.startsWith(")", pos)) {
                pos++;
                return out;
            }
            expect("@@");
        }
    }

    private String string() {
        StringBuilder sb = new StringBuilder();
        pos++; // opening quote
        while (pos < text.length()) {
            char ch = text.charAt(pos++);
            if (ch == '"') {
                return sb.toString();
            }
            if (ch == '\\' && pos < text.length()) {
                ch = text.charAt(pos++);
            }
            sb.append(ch);
        }
        throw error("a closing quote");
    }

    private Long number() {
        int start = pos;
        if (text.charAt(pos) == '-') {
            pos++;
        }
        while (pos < text.length() && Character.isDigit(text.charAt(pos))) {
            pos++;
        }
        try {
            return Long.parseLong(text.substring(start, pos));
        } catch (NumberFormatException e) {
            pos = start;
            throw error("an integer");
        }
    }

    private String identifier() {
        int start = pos;
        while (pos < text.length()
                && (Character.isLetterOrDigit(text.charAt(pos)) || text.charAt(pos) == '_')) {
            pos++;
        }
        if (start == pos) {
            throw error("an identifier");
        }
        return text.substring(start, pos);
    }

    private void expect(String token) {
        skipSpace();
        if (!text.startsWith(token, pos)) {
            throw error("'" + token + "'");
        }
        pos += token.length();
    }

    private void skipSpace() {
        while (pos < text.length() && Character.isWhitespace(text.charAt(pos))) {
            pos++;
        }
    }

    private IllegalArgumentException error(String expected) {
        int from = Math.max(0, pos - 20);
        int to = Math.min(text.length(), pos + 20);
        return new IllegalArgumentException("at offset " + pos + ": expected " + expected
                + " near '" + text.substring(from, to) + "'");
    }
}
