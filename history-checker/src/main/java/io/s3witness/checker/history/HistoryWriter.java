package io.s3witness.checker.history;

import io.s3witness.checker.json.Json;
import java.util.LinkedHashMap;
import java.util.Map;

/** Writes histories as JSON Lines (the native format) or Jepsen EDN. */
public final class HistoryWriter {
  private HistoryWriter() {
  }

  /** JSON Lines per DESIGN §3, with a meta line when the history names a model. */
  public static String jsonLines(History history) {
    StringBuilder sb = new StringBuilder();
    if (history.model() != null) {
      Map<String, Object> meta = new LinkedHashMap<>();
      meta.put("type", "meta");
      meta.put("model", history.model());
      meta.put("versioning", history.versioning().wire());
      Json.write(meta, sb);
      sb.append('\n');
    }
    for (Event e : history.events()) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("process", processValue(e.process()));
      m.put("type", e.type().wire());
      m.put("f", e.f());
      m.put("key", e.key());
      m.put("value", e.value());
      m.put("time", e.time());
      if (e.index() != null) {
        m.put("index", e.index());
      }
      if (e.error() != null) {
        m.put("error", e.error());
      }
      Json.write(m, sb);
      sb.append('\n');
    }
    return sb.toString();
  }

  /** Jepsen EDN, one map a line (field names and type/f as keywords, as Knossos expects). */
  public static String edn(History history) {
    StringBuilder sb = new StringBuilder();
    for (Event e : history.events()) {
      sb.append("{:process ").append(processValue(e.process()) instanceof Long l ? l.toString()
          : "\"" + e.process() + "\"");
      sb.append(", :type :").append(e.type().wire());
      sb.append(", :f ").append(Edn.isKeywordName(e.f()) ? ":" + e.f() : "\"" + e.f() + "\"");
      if (e.key() != null) {
        sb.append(", :key ");
        Edn.write(e.key(), sb);
      }
      sb.append(", :value ");
      Edn.write(e.value(), sb);
      if (history.timed()) {
        sb.append(", :time ").append(e.time());
      }
      if (e.index() != null) {
        sb.append(", :index ").append(e.index());
      }
      sb.append("}\n");
    }
    return sb.toString();
  }

  private static Object processValue(String process) {
    try {
      return Long.parseLong(process);
    } catch (NumberFormatException e) {
      return process;
    }
  }
}
