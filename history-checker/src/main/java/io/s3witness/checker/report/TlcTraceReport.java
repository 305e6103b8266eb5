package io.s3witness.checker.report;

import io.s3witness.checker.HistoryFormatException;
import io.s3witness.checker.json.Json;
import io.s3witness.checker.json.JsonSyntaxException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The page of a TLC counterexample, in the style of the history timeline: one lane per client,
 * each step of the trace a box in its client's lane, and for the selected step (the violating
 * last one at first) the state of every component, with what changed since the step before.
 *
 * <p>Input: the trace file ci/tlc writes (specs/target/tlc/CONFIG.trace.json):
 * {@code {"config": C, "violated": I, "steps": [{"step": n, "action": A, "client": c, "key": k,
 * COMPONENT: "summary", ..., "state": {VARIABLE: "TLA+ value", ...}}, ...]}}. Any string field
 * of a step besides step, action, client and key is a component summary.
 */
public final class TlcTraceReport {
  private static final List<String> FIXED = List.of("step", "action", "client", "key", "state");

  private TlcTraceReport() {
  }

  /**
   * The page for a trace's JSON text.
   *
   * @param source the file name, for the page and for error messages
   * @throws HistoryFormatException when the text is not such a trace (names line and field)
   */
  public static String html(String traceJson, String source) {
    Map<String, Object> data = data(traceJson, source);
    return HtmlPage.render(data.get("config") + ": " + data.get("violated"), data, "tlc.js");
  }

  static Map<String, Object> data(String traceJson, String source) {
    Object root;
    try {
      root = Json.parse(traceJson);
    } catch (JsonSyntaxException e) {
      throw new HistoryFormatException(source, lineOf(traceJson, e.column()), null,
          e.getMessage());
    }
    if (!(root instanceof Map<?, ?> top)) {
      throw new HistoryFormatException(source, 1, null,
          "expected a JSON object {\"config\", \"violated\", \"steps\"}");
    }
    if (!(top.get("steps") instanceof List<?> steps) || steps.isEmpty()) {
      throw new HistoryFormatException(source, 1, "steps", "expected a non-empty array of steps");
    }
    List<Object> out = new ArrayList<>(steps.size());
    for (int i = 0; i < steps.size(); i++) {
      out.add(step(steps.get(i), i, source));
    }
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("source", source);
    m.put("config", text(top.get("config"), "(unnamed config)"));
    m.put("violated", text(top.get("violated"), "(property not named)"));
    m.put("steps", out);
    return m;
  }

  private static Map<String, Object> step(Object raw, int index, String source) {
    String where = "steps[" + index + "]";
    if (!(raw instanceof Map<?, ?> s)) {
      throw new HistoryFormatException(source, 0, where, "expected an object");
    }
    if (!(s.get("action") instanceof String action)) {
      throw new HistoryFormatException(source, 0, where + ".action",
          "expected the action's name (a string)");
    }
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("step", s.get("step") instanceof Number n ? n.longValue() : (long) index + 1);
    m.put("action", action);
    m.put("client", text(s.get("client"), "-"));
    m.put("key", text(s.get("key"), ""));
    Map<String, Object> components = new LinkedHashMap<>();
    for (Map.Entry<?, ?> e : s.entrySet()) {
      String name = String.valueOf(e.getKey());
      if (!FIXED.contains(name) && e.getValue() != null) {
        components.put(name, text(e.getValue(), ""));
      }
    }
    m.put("components", components);
    Map<String, Object> vars = new LinkedHashMap<>();
    if (s.get("state") instanceof Map<?, ?> state) {
      for (Map.Entry<?, ?> e : state.entrySet()) {
        vars.put(String.valueOf(e.getKey()), text(e.getValue(), "null"));
      }
    } else if (s.get("state") != null) {
      throw new HistoryFormatException(source, 0, where + ".state",
          "expected an object of variable -> value");
    }
    m.put("vars", vars);
    return m;
  }

  private static String text(Object v, String absent) {
    return v == null ? absent : v instanceof String s ? s : Json.write(v);
  }

  private static int lineOf(String text, int column) {
    int line = 1;
    for (int i = 0; i < Math.min(text.length(), column - 1); i++) {
      if (text.charAt(i) == '\n') {
        line++;
      }
    }
    return line;
  }
}
