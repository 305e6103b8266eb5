package io.s3witness.checker;

import io.s3witness.checker.json.Json;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Builds JSON Lines histories in tests: operations with intervals, written as events. */
public final class JsonLinesBuilder {
  private record Line(long time, int order, Map<String, Object> fields) {
  }

  private final List<Line> lines = new ArrayList<>();
  private String meta;
  private int order;

  public JsonLinesBuilder meta(String model, String versioning) {
    meta = "{\"type\": \"meta\", \"model\": \"" + model + "\", \"versioning\": \"" + versioning
        + "\"}";
    return this;
  }

  /**
   * One operation on its own process. {@code type} is ok, fail or info; {@code ret} &lt; 0
   * leaves it without completion.
   */
  public JsonLinesBuilder op(Object process, String f, String key, Object input, String type,
      Object output, long call, long ret) {
    lines.add(new Line(call, order++, event(process, "invoke", f, key, input, call)));
    if (ret >= 0) {
      lines.add(new Line(ret, order++, event(process, type, f, key, output, ret)));
    }
    return this;
  }

  private static Map<String, Object> event(Object process, String type, String f, String key,
      Object value, long time) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("process", process);
    m.put("type", type);
    m.put("f", f);
    m.put("key", key);
    m.put("value", value);
    m.put("time", time);
    return m;
  }

  public String build() {
    StringBuilder sb = new StringBuilder();
    if (meta != null) {
      sb.append(meta).append('\n');
    }
    // Lines in time order, as a recorder writes them; at equal times invokes come first so that
    // every completion follows its invoke.
    lines.stream()
        .sorted(Comparator.comparingLong(Line::time)
            .thenComparing(l -> l.fields().get("type").equals("invoke") ? 0 : 1)
            .thenComparingInt(Line::order))
        .forEach(l -> sb.append(Json.write(l.fields())).append('\n'));
    return sb.toString();
  }
}
