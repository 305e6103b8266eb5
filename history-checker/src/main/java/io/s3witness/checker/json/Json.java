package io.s3witness.checker.json;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A strict JSON reader and a writer for the few value shapes histories use. Our own because
 * errors must name the column and what was expected, and the schema is tiny.
 *
 * <p>Values map to: {@code null}, {@link Boolean}, {@link Long} (integers), {@link Double}
 * (other numbers), {@link String}, {@link List} and {@link Map} (insertion-ordered,
 * unmodifiable).
 */
public final class Json {
  private final String text;
  private int pos;

  private Json(String text) {
    this.text = text;
  }

  /** Parses one JSON value that must fill the whole text (surrounding whitespace allowed). */
  public static Object parse(String text) throws JsonSyntaxException {
    Json p = new Json(text);
    p.skipWhitespace();
    Object value = p.value();
    p.skipWhitespace();
    if (p.pos < text.length()) {
      throw p.error("unexpected '" + text.charAt(p.pos) + "' after the value (expected end of line)");
    }
    return value;
  }

  private Object value() throws JsonSyntaxException {
    if (pos >= text.length()) {
      throw error("unexpected end of input (expected a value)");
    }
    char c = text.charAt(pos);
    switch (c) {
      case '{': return object();
      case '[': return array();
      case '"': return string();
      case 't': return literal("true", Boolean.TRUE);
      case 'f': return literal("false", Boolean.FALSE);
      case 'n': return literal("null", null);
      default:
        if (c == '-' || (c >= '0' && c <= '9')) {
          return number();
        }
        throw error("unexpected '" + c + "' (expected a value)");
    }
  }

  private Map<String, Object> object() throws JsonSyntaxException {
    pos++;
    Map<String, Object> map = new LinkedHashMap<>();
    skipWhitespace();
    if (peek() == '}') {
      pos++;
      return Collections.unmodifiableMap(map);
    }
    while (true) {
      skipWhitespace();
      if (peek() != '"') {
        throw error("expected a field name in double quotes");
      }
      int keyAt = pos;
      String key = string();
      if (map.containsKey(key)) {
        pos = keyAt;
        throw error("duplicate field \"" + key + "\"");
      }
      skipWhitespace();
      expect(':');
      skipWhitespace();
      map.put(key, value());
      skipWhitespace();
      char c = peek();
      if (c == ',') {
        pos++;
      } else if (c == '}') {
        pos++;
        return Collections.unmodifiableMap(map);
      } else {
        throw error("expected ',' or '}' in an object");
      }
    }
  }

  private List<Object> array() throws JsonSyntaxException {
    pos++;
    List<Object> list = new ArrayList<>();
    skipWhitespace();
    if (peek() == ']') {
      pos++;
      return Collections.unmodifiableList(list);
    }
    while (true) {
      skipWhitespace();
      list.add(value());
      skipWhitespace();
      char c = peek();
      if (c == ',') {
        pos++;
      } else if (c == ']') {
        pos++;
        return Collections.unmodifiableList(list);
      } else {
        throw error("expected ',' or ']' in an array");
      }
    }
  }

  private String string() throws JsonSyntaxException {
    pos++;
    StringBuilder sb = new StringBuilder();
    while (true) {
      if (pos >= text.length()) {
        throw error("unterminated string (expected '\"')");
      }
      char c = text.charAt(pos++);
      if (c == '"') {
        return sb.toString();
      }
      if (c < 0x20) {
        pos--;
        throw error("control character in a string (expected it escaped)");
      }
      if (c != '\\') {
        sb.append(c);
        continue;
      }
      try {
        pos = appendEscape(text, pos, sb);
      } catch (IllegalArgumentException ex) {
        throw error(ex.getMessage());
      }
    }
  }

  /**
   * Appends the character of the backslash escape whose letter is at {@code at} (JSON's
   * escapes, which EDN shares) and returns the position after it.
   *
   * @throws IllegalArgumentException naming what is wrong with the escape
   */
  public static int appendEscape(String text, int at, StringBuilder sb) {
    if (at >= text.length()) {
      throw new IllegalArgumentException("unterminated escape in a string");
    }
    char e = text.charAt(at);
    if (e == 'u') {
      if (at + 5 > text.length()) {
        throw new IllegalArgumentException("truncated \\u escape (expected 4 hex digits)");
      }
      try {
        sb.append((char) Integer.parseInt(text.substring(at + 1, at + 5), 16));
      } catch (NumberFormatException ex) {
        throw new IllegalArgumentException("bad \\u escape (expected 4 hex digits)");
      }
      return at + 5;
    }
    int c = escaped(e);
    if (c < 0) {
      throw new IllegalArgumentException("unknown escape '\\" + e + "' in a string");
    }
    sb.append((char) c);
    return at + 1;
  }

  /** The character a backslash escape stands for (JSON's set, which EDN shares), or -1. */
  private static int escaped(char e) {
    switch (e) {
      case '"': return '"';
      case '\\': return '\\';
      case '/': return '/';
      case 'b': return '\b';
      case 'f': return '\f';
      case 'n': return '\n';
      case 'r': return '\r';
      case 't': return '\t';
      default: return -1;
    }
  }

  private Object number() throws JsonSyntaxException {
    int start = pos;
    if (peek() == '-') {
      pos++;
    }
    int digitsAt = pos;
    while (pos < text.length() && Character.isDigit(text.charAt(pos))) {
      pos++;
    }
    if (pos == digitsAt) {
      throw error("expected a digit");
    }
    boolean integral = true;
    if (pos < text.length() && text.charAt(pos) == '.') {
      integral = false;
      pos++;
      while (pos < text.length() && Character.isDigit(text.charAt(pos))) {
        pos++;
      }
    }
    if (pos < text.length() && (text.charAt(pos) == 'e' || text.charAt(pos) == 'E')) {
      integral = false;
      pos++;
      if (pos < text.length() && (text.charAt(pos) == '+' || text.charAt(pos) == '-')) {
        pos++;
      }
      while (pos < text.length() && Character.isDigit(text.charAt(pos))) {
        pos++;
      }
    }
    String literal = text.substring(start, pos);
    try {
      return integral ? (Object) Long.parseLong(literal) : (Object) Double.parseDouble(literal);
    } catch (NumberFormatException ex) {
      pos = start;
      throw error("number out of range or malformed: " + literal);
    }
  }

  private Object literal(String word, Object value) throws JsonSyntaxException {
    if (!text.startsWith(word, pos)) {
      throw error("unexpected '" + text.charAt(pos) + "' (expected a value)");
    }
    pos += word.length();
    return value;
  }

  private void expect(char c) throws JsonSyntaxException {
    if (peek() != c) {
      throw error("expected '" + c + "'");
    }
    pos++;
  }

  private char peek() {
    return pos < text.length() ? text.charAt(pos) : '\0';
  }

  private void skipWhitespace() {
    while (pos < text.length()) {
      char c = text.charAt(pos);
      if (c != ' ' && c != '\t' && c != '\r' && c != '\n') {
        return;
      }
      pos++;
    }
  }

  private JsonSyntaxException error(String message) {
    return new JsonSyntaxException(pos + 1, message);
  }

  /** Writes a value built from the types {@link #parse} returns (any {@link Number} allowed). */
  public static String write(Object value) {
    StringBuilder sb = new StringBuilder();
    write(value, sb);
    return sb.toString();
  }

  /** Appends the JSON text of a value. */
  public static void write(Object value, StringBuilder sb) {
    if (value == null) {
      sb.append("null");
    } else if (value instanceof String s) {
      quote(s, sb);
    } else if (value instanceof Boolean || value instanceof Long || value instanceof Integer) {
      sb.append(value);
    } else if (value instanceof Number n) {
      double d = n.doubleValue();
      sb.append(Double.isFinite(d) ? n.toString() : "null");
    } else if (value instanceof Map<?, ?> map) {
      sb.append('{');
      boolean first = true;
      for (Map.Entry<?, ?> e : map.entrySet()) {
        if (!first) {
          sb.append(", ");
        }
        first = false;
        quote(String.valueOf(e.getKey()), sb);
        sb.append(": ");
        write(e.getValue(), sb);
      }
      sb.append('}');
    } else if (value instanceof Iterable<?> list) {
      sb.append('[');
      boolean first = true;
      for (Object o : list) {
        if (!first) {
          sb.append(", ");
        }
        first = false;
        write(o, sb);
      }
      sb.append(']');
    } else {
      quote(value.toString(), sb);
    }
  }

  private static void quote(String s, StringBuilder sb) {
    sb.append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"': sb.append("\\\""); break;
        case '\\': sb.append("\\\\"); break;
        case '\n': sb.append("\\n"); break;
        case '\r': sb.append("\\r"); break;
        case '\t': sb.append("\\t"); break;
        default:
          if (c < 0x20) {
            sb.append(String.format("\\u%04x", (int) c));
          } else {
            sb.append(c);
          }
      }
    }
    sb.append('"');
  }
}
