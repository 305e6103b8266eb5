package io.s3witness.checker.history;

import io.s3witness.checker.json.Json;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A reader for the EDN subset Jepsen histories use: nil, booleans, integers, floats, strings,
 * characters, keywords, symbols, lists, vectors, maps, sets, comments, {@code #_} discards and
 * tagged literals (the tag is dropped, the value kept). Our own rather than Clojure's so that
 * errors carry line and column and no Clojure runtime has to start for plain checking.
 *
 * <p>Keywords become {@link Keyword}, vectors and lists become {@link List}, maps become
 * {@link Map} (insertion-ordered), sets become {@link Set}.
 */
public final class Edn {
  /** An EDN keyword, without its leading colon. */
  public record Keyword(String name) {
    @Override
    public String toString() {
      return ":" + name;
    }
  }

  /** An EDN symbol other than nil/true/false. */
  public record Symbol(String name) {
    @Override
    public String toString() {
      return name;
    }
  }

  /** Malformed EDN at a line and column. */
  public static final class EdnSyntaxException extends Exception {
    private final int line;
    private final int column;

    EdnSyntaxException(int line, int column, String message) {
      super(message);
      this.line = line;
      this.column = column;
    }

    public int line() {
      return line;
    }

    public int column() {
      return column;
    }
  }

  private static final Object EOF = new Object();

  private final String text;
  private int pos;
  private int line;
  private int lineStart;
  private final Map<Object, Integer> mapLines = new IdentityHashMap<>();

  private Edn(String text, int firstLine) {
    this.text = text;
    this.line = firstLine;
  }

  /** A top-level form and the line it starts on. */
  public record Form(Object value, int line) {
  }

  /** Reads every top-level form of a text. */
  public static List<Form> readAll(String text) throws EdnSyntaxException {
    return readAllWithLines(text, null);
  }

  /**
   * Reads every top-level form; when {@code mapLines} is non-null it receives, for every map
   * read (nested ones too), the line the map starts on.
   */
  public static List<Form> readAllWithLines(String text, Map<Object, Integer> mapLines)
      throws EdnSyntaxException {
    Edn p = new Edn(text, 1);
    List<Form> forms = new ArrayList<>();
    while (true) {
      p.skipIgnorable();
      int at = p.line;
      Object v = p.read();
      if (v == EOF) {
        break;
      }
      forms.add(new Form(v, at));
    }
    if (mapLines != null) {
      mapLines.putAll(p.mapLines);
    }
    return forms;
  }

  /** Reads exactly one form from a text (e.g. a value on a Jepsen log line). */
  public static Object readOne(String text) throws EdnSyntaxException {
    Edn p = new Edn(text, 1);
    Object v = p.read();
    if (v == EOF) {
      throw p.error("expected a value");
    }
    p.skipIgnorable();
    if (p.pos < text.length()) {
      throw p.error("unexpected text after the value: " + text.substring(p.pos));
    }
    return v;
  }

  private Object read() throws EdnSyntaxException {
    while (true) {
      skipIgnorable();
      if (pos >= text.length()) {
        return EOF;
      }
      char c = text.charAt(pos);
      int startLine = line;
      switch (c) {
        case '{': {
          pos++;
          List<Object> items = readUntil('}');
          if (items.size() % 2 != 0) {
            throw error("a map needs an even number of forms");
          }
          Map<Object, Object> map = new LinkedHashMap<>();
          for (int i = 0; i < items.size(); i += 2) {
            map.put(items.get(i), items.get(i + 1));
          }
          Map<Object, Object> result = Collections.unmodifiableMap(map);
          mapLines.put(result, startLine);
          return result;
        }
        case '[':
          pos++;
          return Collections.unmodifiableList(readUntil(']'));
        case '(':
          pos++;
          return Collections.unmodifiableList(readUntil(')'));
        case '}': case ']': case ')':
          throw error("unmatched '" + c + "'");
        case '"':
          return string();
        case '\\':
          return character();
        case '#': {
          if (pos + 1 >= text.length()) {
            throw error("'#' at end of input");
          }
          char d = text.charAt(pos + 1);
          if (d == '{') {
            pos += 2;
            return Collections.unmodifiableSet(new LinkedHashSet<>(readUntil('}')));
          }
          if (d == '_') {
            pos += 2;
            if (read() == EOF) {
              throw error("#_ at end of input (expected a form to discard)");
            }
            continue;
          }
          pos++;
          Object tag = token();
          if (!(tag instanceof Symbol)) {
            throw error("expected a tag symbol after '#'");
          }
          Object v = read();
          if (v == EOF) {
            throw error("tagged literal #" + tag + " without a value");
          }
          return v;
        }
        default:
          return token();
      }
    }
  }

  private List<Object> readUntil(char close) throws EdnSyntaxException {
    List<Object> items = new ArrayList<>();
    while (true) {
      skipIgnorable();
      if (pos >= text.length()) {
        throw error("unexpected end of input (expected '" + close + "')");
      }
      if (text.charAt(pos) == close) {
        pos++;
        return items;
      }
      Object v = read();
      if (v == EOF) {
        throw error("unexpected end of input (expected '" + close + "')");
      }
      items.add(v);
    }
  }

  private String string() throws EdnSyntaxException {
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
      if (c == '\n') {
        newLine();
      }
      if (c != '\\') {
        sb.append(c);
        continue;
      }
      try {
        pos = Json.appendEscape(text, pos, sb);
      } catch (IllegalArgumentException ex) {
        throw error(ex.getMessage());
      }
    }
  }

  private Object character() throws EdnSyntaxException {
    pos++;
    int start = pos;
    while (pos < text.length() && !isDelimiter(text.charAt(pos))) {
      pos++;
    }
    if (pos == start && pos < text.length()) {
      pos++;
    }
    String name = text.substring(start, pos);
    switch (name) {
      case "newline": return "\n";
      case "space": return " ";
      case "tab": return "\t";
      case "return": return "\r";
      default:
        if (name.length() == 1) {
          return name;
        }
        throw error("unknown character literal \\" + name);
    }
  }

  private Object token() throws EdnSyntaxException {
    int start = pos;
    while (pos < text.length() && !isDelimiter(text.charAt(pos))) {
      pos++;
    }
    String t = text.substring(start, pos);
    if (t.isEmpty()) {
      throw error("unexpected '" + text.charAt(pos) + "'");
    }
    if (t.charAt(0) == ':') {
      if (t.length() == 1) {
        throw error("empty keyword");
      }
      return new Keyword(t.substring(1));
    }
    char c = t.charAt(0);
    boolean numeric = Character.isDigit(c)
        || ((c == '-' || c == '+') && t.length() > 1 && Character.isDigit(t.charAt(1)));
    if (numeric) {
      return number(t);
    }
    switch (t) {
      case "nil": return null;
      case "true": return Boolean.TRUE;
      case "false": return Boolean.FALSE;
      default: return new Symbol(t);
    }
  }

  private Object number(String t) throws EdnSyntaxException {
    String s = t.endsWith("N") || t.endsWith("M") ? t.substring(0, t.length() - 1) : t;
    try {
      if (s.indexOf('.') < 0 && s.indexOf('e') < 0 && s.indexOf('E') < 0) {
        return Long.parseLong(s.startsWith("+") ? s.substring(1) : s);
      }
      return Double.parseDouble(s);
    } catch (NumberFormatException ex) {
      throw error("malformed number " + t);
    }
  }

  private static boolean isDelimiter(char c) {
    return Character.isWhitespace(c) || c == ',' || c == '{' || c == '}' || c == '[' || c == ']'
        || c == '(' || c == ')' || c == '"' || c == ';';
  }

  private void skipIgnorable() {
    while (pos < text.length()) {
      char c = text.charAt(pos);
      if (c == '\n') {
        pos++;
        newLine();
      } else if (Character.isWhitespace(c) || c == ',') {
        pos++;
      } else if (c == ';') {
        while (pos < text.length() && text.charAt(pos) != '\n') {
          pos++;
        }
      } else {
        return;
      }
    }
  }

  private void newLine() {
    line++;
    lineStart = pos;
  }

  private EdnSyntaxException error(String message) {
    return new EdnSyntaxException(line, pos - lineStart + 1, message);
  }

  /** Writes a value as EDN; strings in {@code keywordValues} positions are the caller's business. */
  public static void write(Object value, StringBuilder sb) {
    if (value == null) {
      sb.append("nil");
    } else if (value instanceof String s) {
      Json.write(s, sb); // JSON's string escapes are EDN's
    } else if (value instanceof Map<?, ?> map) {
      sb.append('{');
      boolean first = true;
      for (Map.Entry<?, ?> e : map.entrySet()) {
        if (!first) {
          sb.append(", ");
        }
        first = false;
        Object k = e.getKey();
        // Our histories' maps have string field names; EDN users expect keywords there.
        write(k instanceof String s && isKeywordName(s) ? new Keyword(s) : k, sb);
        sb.append(' ');
        write(e.getValue(), sb);
      }
      sb.append('}');
    } else if (value instanceof Set<?> set) {
      sb.append("#{");
      joinSpaced(set, sb);
      sb.append('}');
    } else if (value instanceof Iterable<?> list) {
      sb.append('[');
      joinSpaced(list, sb);
      sb.append(']');
    } else {
      sb.append(value);
    }
  }

  private static void joinSpaced(Iterable<?> items, StringBuilder sb) {
    boolean first = true;
    for (Object o : items) {
      if (!first) {
        sb.append(' ');
      }
      first = false;
      write(o, sb);
    }
  }

  static boolean isKeywordName(String s) {
    if (s.isEmpty() || Character.isDigit(s.charAt(0))) {
      return false;
    }
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (!(Character.isLetterOrDigit(c) || c == '-' || c == '_' || c == '?' || c == '!'
          || c == '*' || c == '.' || c == '/')) {
        return false;
      }
    }
    return true;
  }
}
