package io.s3witness.checker.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.s3witness.checker.HistoryFormatException;
import io.s3witness.checker.SharedHistories;
import io.s3witness.checker.cli.Main;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The TLC counterexample page from the trace ci/tlc writes (a TLC run's real output). */
class TlcTraceReportTest {
  static final String TRACE = "tlc/MCBugCacheBeforeCommit.trace.json";

  @Test
  @SuppressWarnings("unchecked")
  void everyStepWithItsClientAndComponents() throws Exception {
    String text = Files.readString(SharedHistories.resource(TRACE));
    Map<String, Object> data = TlcTraceReport.data(text, "t.json");
    assertEquals("MCBugCacheBeforeCommit", data.get("config"));
    assertEquals("NoUncommittedRead", data.get("violated"));
    List<Map<String, Object>> steps = (List<Map<String, Object>>) data.get("steps");
    assertEquals(7, steps.size());
    assertEquals("CheckWitness", steps.get(6).get("action"));
    assertEquals("c2", steps.get(6).get("client"));
    Map<String, Object> components = (Map<String, Object>) steps.get(6).get("components");
    assertEquals(List.of("log", "witness", "cache", "clients"), List.copyOf(components.keySet()));
    assertTrue(((Map<String, Object>) steps.get(6).get("vars")).containsKey("wHw"));
  }

  @Test
  @SuppressWarnings("unchecked")
  void staleReadCounterexampleWithASystemStep() throws Exception {
    // ci/tlc MCEventualStaleRead: the eventually consistent variant fails NoStaleRead.
    String text = Files.readString(SharedHistories.resource("tlc/MCEventualStaleRead.trace.json"));
    Map<String, Object> data = TlcTraceReport.data(text, "t.json");
    assertEquals("NoStaleRead", data.get("violated"));
    List<Map<String, Object>> steps = (List<Map<String, Object>>) data.get("steps");
    assertEquals(10, steps.size());
    assertEquals(List.of("-", "c1"), steps.stream().map(st -> st.get("client")).distinct()
        .sorted().toList());
    assertEquals("ImpairNode", steps.get(6).get("action"));
    assertTrue(TlcTraceReport.html(text, "t.json").contains("NoStaleRead"));
  }

  @Test
  void markupInATraceStaysData() {
    String html = TlcTraceReport.html("{\"config\": \"<b>c</b>\", \"violated\": \"</script>\","
        + " \"steps\": [{\"step\": 1, \"action\": \"<img src=x onerror=alert(1)>\","
        + " \"client\": \"c1\", \"key\": \"k\", \"log\": \"</script><script>x()\"}]}", "t.json");
    assertFalse(html.contains("<img") || html.contains("<b>"), "markup from the trace");
    assertEquals(2, html.split("</script>", -1).length - 1, "a script closed by the trace");
    assertTrue(html.contains("<title>&lt;b&gt;c&lt;/b&gt;: &lt;/script&gt;</title>"));
  }

  @Test
  void badTracesAreNamedByLineAndField() {
    HistoryFormatException e = assertThrows(HistoryFormatException.class,
        () -> TlcTraceReport.data("{\n\"steps\": [\n{\"step\": 1,}]}", "t.json"));
    assertTrue(e.getMessage().startsWith("t.json:3: "), e.getMessage());
    e = assertThrows(HistoryFormatException.class,
        () -> TlcTraceReport.data("{\"steps\": [{\"step\": 1}]}", "t.json"));
    assertEquals("t.json:0: field \"steps[0].action\": expected the action's name (a string)",
        e.getMessage());
    e = assertThrows(HistoryFormatException.class,
        () -> TlcTraceReport.data("{\"config\": \"x\"}", "t.json"));
    assertTrue(e.getMessage().contains("\"steps\": expected a non-empty array"), e.getMessage());
  }

  @Test
  void renderTlcWritesThePageBesideTheTrace(@TempDir Path dir) throws Exception {
    Path trace = dir.resolve("X.trace.json");
    Files.copy(SharedHistories.resource(TRACE), trace);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code = Main.run(new String[] {"render-tlc", trace.toString()}, new PrintStream(out),
        new PrintStream(err));
    assertEquals(0, code, err.toString());
    String html = Files.readString(dir.resolve("X.trace.html"));
    assertTrue(html.contains("NoUncommittedRead"));
    assertFalse(html.contains("https://"));
    // Several at once (as ci/tlc does): a bad one is reported, the others still written.
    Path bad = dir.resolve("Bad.trace.json");
    Files.writeString(bad, "[1, 2");
    Path second = dir.resolve("Y.trace.json");
    Files.copy(SharedHistories.resource("tlc/MCEventualStaleRead.trace.json"), second);
    code = Main.run(new String[] {"render-tlc", bad.toString(), second.toString()},
        new PrintStream(out), new PrintStream(err));
    assertEquals(Main.BAD_INPUT, code);
    assertTrue(err.toString().contains("bad input: " + bad + ":1: "), err.toString());
    assertTrue(Files.readString(dir.resolve("Y.trace.html")).contains("NoStaleRead"));
  }
}
