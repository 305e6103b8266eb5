package io.s3witness.checker.history;

import io.s3witness.checker.HistoryFormatException;
import io.s3witness.checker.json.Json;
import io.s3witness.checker.json.JsonSyntaxException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads histories in any {@link HistoryFormat}; every problem is a {@link HistoryFormatException}. */
public final class HistoryReader {
  private static final String JEPSEN_MARKER = "jepsen.util - ";
  private static final Pattern JEPSEN_LINE =
      Pattern.compile("(\\S+)\\s+:(\\S+)\\s+:(\\S+)(?:\\s+(.*?))?\\s*");
  private static final Set<String> OP_FIELDS =
      Set.of("process", "type", "f", "key", "value", "time", "index", "error");

  private HistoryReader() {
  }

  /** Reads a file; {@code format} null means detect from the extension, then the content. */
  public static History read(Path file, HistoryFormat format) throws IOException {
    String text = Files.readString(file, StandardCharsets.UTF_8);
    String name = file.toString();
    HistoryFormat f = format != null ? format : detect(name, text);
    return parse(text, name, f);
  }

  /** Parses text in a known format ({@code null}: detect from content). */
  public static History parse(String text, String source, HistoryFormat format) {
    HistoryFormat f = format != null ? format : detect(source, text);
    switch (f) {
      case JSONL: return jsonLines(text, source);
      case EDN: return edn(text, source);
      default: return jepsenLog(text, source);
    }
  }

  /** Picks a format from a file name's extension, else from the first non-blank character. */
  public static HistoryFormat detect(String name, String text) {
    String lower = name.toLowerCase(Locale.ROOT);
    if (lower.endsWith(".jsonl") || lower.endsWith(".json") || lower.endsWith(".ndjson")) {
      return HistoryFormat.JSONL;
    }
    if (lower.endsWith(".edn")) {
      return HistoryFormat.EDN;
    }
    if (lower.endsWith(".log")) {
      return HistoryFormat.JEPSEN_LOG;
    }
    if (text.contains(JEPSEN_MARKER)) {
      return HistoryFormat.JEPSEN_LOG;
    }
    String t = text.stripLeading();
    if (t.startsWith("{\"") || t.startsWith("{ \"") || t.isEmpty()) {
      return HistoryFormat.JSONL;
    }
    if (t.startsWith("{") || t.startsWith("[") || t.startsWith(";")) {
      return HistoryFormat.EDN;
    }
    throw new HistoryFormatException(name, 1, null,
        "cannot tell the format (expected JSON Lines starting with {\", Jepsen EDN starting with"
            + " { or [, or Jepsen log lines containing \"" + JEPSEN_MARKER.trim() + "\");"
            + " name it with --format");
  }

  // ---------------------------------------------------------------- JSON Lines

  static History jsonLines(String text, String source) {
    List<Event> events = new ArrayList<>();
    String model = null;
    Versioning versioning = Versioning.ENABLED;
    String[] lines = text.split("\r?\n", -1);
    boolean seenOp = false;
    for (int i = 0; i < lines.length; i++) {
      int lineNo = i + 1;
      String line = lines[i];
      if (line.isBlank()) {
        continue;
      }
      Object parsed;
      try {
        parsed = Json.parse(line);
      } catch (JsonSyntaxException e) {
        throw new HistoryFormatException(source, lineNo, null,
            "malformed JSON at column " + e.column() + ": " + e.getMessage());
      }
      if (!(parsed instanceof Map<?, ?> rawMap)) {
        throw new HistoryFormatException(source, lineNo, null,
            "expected a JSON object, got " + describe(parsed));
      }
      @SuppressWarnings("unchecked")
      Map<String, Object> obj = (Map<String, Object>) rawMap;
      Fields fields = new Fields(source, lineNo, obj);
      String type = fields.requiredString("type");
      if (type.equals("meta")) {
        if (seenOp || model != null) {
          throw new HistoryFormatException(source, lineNo, "type",
              "a meta line is allowed only as the first line");
        }
        model = fields.requiredString("model");
        String v = fields.optionalString("versioning");
        if (v != null) {
          versioning = Versioning.fromWire(v);
          if (versioning == null) {
            throw new HistoryFormatException(source, lineNo, "versioning",
                "expected one of enabled, unversioned, suspended, got \"" + v + "\"");
          }
        }
        continue;
      }
      seenOp = true;
      EventType et = EventType.fromWire(type);
      if (et == null) {
        throw new HistoryFormatException(source, lineNo, "type",
            "expected one of invoke, ok, fail, info (or meta on the first line), got \"" + type
                + "\"");
      }
      for (String k : obj.keySet()) {
        if (!OP_FIELDS.contains(k)) {
          throw new HistoryFormatException(source, lineNo, k,
              "unknown field (expected only process, type, f, key, value, time, index, error)");
        }
      }
      events.add(new Event(lineNo, fields.process(), et, fields.requiredString("f"),
          fields.optionalString("key"), obj.get("value"), fields.requiredLong("time"),
          fields.optionalLong("index"), fields.optionalString("error")));
    }
    return new History(source, HistoryFormat.JSONL, model, versioning, true, events);
  }

  /** Typed access to a JSON object's fields with exact error messages. */
  private record Fields(String source, int line, Map<String, Object> obj) {
    String requiredString(String name) {
      Object v = obj.get(name);
      if (v == null) {
        throw missingOrNull(name, "a string");
      }
      if (!(v instanceof String s)) {
        throw wrongType(name, "a string", v);
      }
      return s;
    }

    String optionalString(String name) {
      Object v = obj.get(name);
      if (v != null && !(v instanceof String)) {
        throw wrongType(name, "a string or null", v);
      }
      return (String) v;
    }

    long requiredLong(String name) {
      Object v = obj.get(name);
      if (v == null) {
        throw missingOrNull(name, "an integer (monotonic nanoseconds)");
      }
      if (!(v instanceof Long l)) {
        throw wrongType(name, "an integer (monotonic nanoseconds)", v);
      }
      return l;
    }

    Long optionalLong(String name) {
      Object v = obj.get(name);
      if (v != null && !(v instanceof Long)) {
        throw wrongType(name, "an integer", v);
      }
      return (Long) v;
    }

    String process() {
      Object v = obj.get("process");
      if (v == null) {
        throw missingOrNull("process", "an integer or a string (the client id)");
      }
      if (v instanceof Long || v instanceof String) {
        return v.toString();
      }
      throw wrongType("process", "an integer or a string (the client id)", v);
    }

    private HistoryFormatException missingOrNull(String name, String expected) {
      return new HistoryFormatException(source, line, name,
          (obj.containsKey(name) ? "is null" : "missing") + " (expected " + expected + ")");
    }

    private HistoryFormatException wrongType(String name, String expected, Object v) {
      return new HistoryFormatException(source, line, name,
          "expected " + expected + ", got " + describe(v));
    }
  }

  static String describe(Object v) {
    if (v == null) {
      return "null";
    }
    if (v instanceof String s) {
      return "the string \"" + s + "\"";
    }
    if (v instanceof Boolean) {
      return "the boolean " + v;
    }
    if (v instanceof Number) {
      return "the number " + v;
    }
    if (v instanceof Map) {
      return "an object";
    }
    if (v instanceof List) {
      return "an array";
    }
    return v.toString();
  }

  // ---------------------------------------------------------------- EDN

  static History edn(String text, String source) {
    Map<Object, Integer> mapLines = new IdentityHashMap<>();
    List<Edn.Form> forms;
    try {
      forms = Edn.readAllWithLines(text, mapLines);
    } catch (Edn.EdnSyntaxException e) {
      throw new HistoryFormatException(source, e.line(), null,
          "malformed EDN at column " + e.column() + ": " + e.getMessage());
    }
    List<Map<?, ?>> maps = new ArrayList<>();
    if (forms.size() == 1 && forms.get(0).value() instanceof List<?> vector) {
      for (Object o : vector) {
        if (!(o instanceof Map<?, ?> m)) {
          throw new HistoryFormatException(source, forms.get(0).line(), null,
              "expected a vector of operation maps, found " + ednDescribe(o) + " in it");
        }
        maps.add(m);
      }
    } else {
      for (Edn.Form form : forms) {
        if (!(form.value() instanceof Map<?, ?> m)) {
          throw new HistoryFormatException(source, form.line(), null,
              "expected an operation map {:process .., :type .., :f .., :value ..}, got "
                  + ednDescribe(form.value()));
        }
        maps.add(m);
      }
    }
    List<Event> events = new ArrayList<>();
    boolean timed = !maps.isEmpty();
    for (Map<?, ?> m : maps) {
      if (!m.containsKey(new Edn.Keyword("time"))) {
        timed = false;
      }
    }
    for (Map<?, ?> m : maps) {
      int lineNo = mapLines.getOrDefault(m, 0);
      Object process = m.get(new Edn.Keyword("process"));
      if (process instanceof Edn.Keyword k && k.name().equals("nemesis")) {
        continue;
      }
      if (!(process instanceof Long || process instanceof String)) {
        throw new HistoryFormatException(source, lineNo, ":process",
            process == null ? "missing (expected an integer process id)"
                : "expected an integer process id, got " + ednDescribe(process));
      }
      Object typeValue = m.get(new Edn.Keyword("type"));
      EventType type = typeValue instanceof Edn.Keyword k ? EventType.fromWire(k.name()) : null;
      if (type == null) {
        throw new HistoryFormatException(source, lineNo, ":type",
            "expected one of :invoke, :ok, :fail, :info, got " + ednDescribe(typeValue));
      }
      Object fValue = m.get(new Edn.Keyword("f"));
      if (!(fValue instanceof Edn.Keyword || fValue instanceof String)) {
        throw new HistoryFormatException(source, lineNo, ":f",
            "expected a keyword such as :read, got " + ednDescribe(fValue));
      }
      String f = fValue instanceof Edn.Keyword k ? k.name() : (String) fValue;
      Object keyValue = m.get(new Edn.Keyword("key"));
      String key = keyValue == null ? null : String.valueOf(plain(keyValue));
      long time = events.size() + 1L;
      if (timed) {
        Object t = m.get(new Edn.Keyword("time"));
        if (!(t instanceof Long l)) {
          throw new HistoryFormatException(source, lineNo, ":time",
              "expected an integer (nanoseconds), got " + ednDescribe(t));
        }
        time = l;
      } else {
        time = lineNo == 0 ? time : lineNo;
      }
      Object index = m.get(new Edn.Keyword("index"));
      Object error = m.get(new Edn.Keyword("error"));
      events.add(new Event(lineNo, process.toString(), type, f, key,
          plain(m.get(new Edn.Keyword("value"))), time, index instanceof Long l ? l : null,
          error == null ? null : String.valueOf(plain(error))));
    }
    return new History(source, HistoryFormat.EDN, null, Versioning.ENABLED, timed, events);
  }

  /** EDN data to the JSON-like values models compare: keywords and symbols become strings. */
  static Object plain(Object v) {
    if (v instanceof Edn.Keyword k) {
      return k.name();
    }
    if (v instanceof Edn.Symbol s) {
      return s.name();
    }
    if (v instanceof Map<?, ?> m) {
      Map<String, Object> out = new LinkedHashMap<>();
      for (Map.Entry<?, ?> e : m.entrySet()) {
        out.put(String.valueOf(plain(e.getKey())), plain(e.getValue()));
      }
      return java.util.Collections.unmodifiableMap(out);
    }
    if (v instanceof Set<?> s) {
      return s;
    }
    if (v instanceof List<?> l) {
      List<Object> out = new ArrayList<>(l.size());
      for (Object o : l) {
        out.add(plain(o));
      }
      return java.util.Collections.unmodifiableList(out);
    }
    return v;
  }

  private static String ednDescribe(Object v) {
    if (v == null) {
      return "nil";
    }
    StringBuilder sb = new StringBuilder();
    Edn.write(v, sb);
    return sb.toString();
  }

  // ---------------------------------------------------------------- Jepsen log lines

  static History jepsenLog(String text, String source) {
    List<Event> events = new ArrayList<>();
    String[] lines = text.split("\r?\n", -1);
    for (int i = 0; i < lines.length; i++) {
      int lineNo = i + 1;
      String line = lines[i];
      int at = line.indexOf(JEPSEN_MARKER);
      if (at < 0) {
        continue; // other loggers' lines interleave with the history in a Jepsen log
      }
      String rest = line.substring(at + JEPSEN_MARKER.length());
      Matcher m = JEPSEN_LINE.matcher(rest);
      if (!m.matches()) {
        throw new HistoryFormatException(source, lineNo, null,
            "expected PROCESS :type :f VALUE after \"" + JEPSEN_MARKER.trim() + "\", got \""
                + rest + "\"");
      }
      String process = m.group(1);
      if (process.equals(":nemesis")) {
        continue;
      }
      if (!process.matches("-?\\d+")) {
        throw new HistoryFormatException(source, lineNo, "process",
            "expected an integer process id, got \"" + process + "\"");
      }
      EventType type = EventType.fromWire(m.group(2));
      if (type == null) {
        throw new HistoryFormatException(source, lineNo, "type",
            "expected one of :invoke, :ok, :fail, :info, got \":" + m.group(2) + "\"");
      }
      Object value = null;
      String valueText = m.group(4);
      if (valueText != null && !valueText.isEmpty()) {
        try {
          value = plain(Edn.readOne(valueText));
        } catch (Edn.EdnSyntaxException e) {
          throw new HistoryFormatException(source, lineNo, "value",
              "expected an EDN value (nil, a number, [from to], ...), got \"" + valueText
                  + "\": " + e.getMessage());
        }
      }
      events.add(new Event(lineNo, process, type, m.group(3), null, value, lineNo, null, null));
    }
    return new History(source, HistoryFormat.JEPSEN_LOG, null, Versioning.ENABLED, false, events);
  }
}
