package io.s3witness.checker.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.s3witness.checker.CheckOptions;
import io.s3witness.checker.CheckResult;
import io.s3witness.checker.Evidence;
import io.s3witness.checker.HistoryChecker;
import io.s3witness.checker.SharedHistories;
import io.s3witness.checker.Verdict;
import io.s3witness.checker.history.HistoryFormat;
import io.s3witness.checker.history.HistoryReader;
import io.s3witness.checker.json.Json;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The timeline page without a browser: self-contained, escaped, bounded, with the evidence. */
class HistoryReportTest {
  private static final Pattern DATA = Pattern.compile(
      "<script type=\"application/json\" id=\"report-data\">(.*?)</script>", Pattern.DOTALL);

  static CheckResult check(String jsonLines, String model) {
    return HistoryChecker.check(HistoryReader.parse(jsonLines, "<memory>", HistoryFormat.JSONL),
        CheckOptions.of(model, Duration.ofSeconds(60)));
  }

  @SuppressWarnings("unchecked")
  static Map<String, Object> embeddedData(String html) throws Exception {
    Matcher m = DATA.matcher(html);
    assertTrue(m.find(), "no embedded data");
    return (Map<String, Object>) Json.parse(m.group(1));
  }

  @Test
  void pageIsSelfContained() throws Exception {
    CheckResult r = HistoryChecker.checkFile(SharedHistories.resource("s3/flicker.jsonl"), "s3",
        Duration.ofSeconds(10));
    String html = HistoryReport.html(r);
    assertFalse(html.contains("http://") || html.contains("https://"), "a network address");
    assertFalse(html.contains(" src=") || html.contains("<link") || html.contains("@import"),
        "an external resource");
    assertTrue(html.contains("default-src 'none'"), "the page forbids fetches");
    assertEquals(2, html.split("<script", -1).length - 1, "data and script, both inline");
  }

  @Test
  void keysAndValuesFromTheHistoryNeverBecomeMarkup() throws Exception {
    CheckResult r = check(ReportHistories.evilFlicker(), "s3");
    assertEquals(Verdict.NOT_LINEARIZABLE, r.verdict(), r.summary());
    String html = HistoryReport.html(r);
    assertFalse(html.contains("<img"), "the key became an element");
    assertFalse(html.contains("<b>"), "a digest became an element");
    assertFalse(html.contains("</script><script>"), "a digest closed the data element");
    // Count the script closers: the data's and the code's, no third from the history.
    assertEquals(2, html.split("</script>", -1).length - 1);
    // And the values are all still there, exactly, in the data the page draws from.
    Map<String, Object> data = embeddedData(html);
    String json = Json.write(data);
    assertTrue(json.contains(Json.write(ReportHistories.EVIL_KEY)), json);
    assertTrue(json.contains(Json.write(Json.write(Map.of("digest",
        ReportHistories.EVIL_DIGEST)))), json);
    assertTrue(HtmlPage.render("<x>", Map.of(), "history.js").contains("<title>&lt;x&gt;"));
  }

  @Test
  @SuppressWarnings("unchecked")
  void evidenceSaysWhyEachCandidateFails() throws Exception {
    CheckResult r = HistoryChecker.checkFile(
        SharedHistories.dir().resolve("porcupine-etcd/etcd_000.log"), "cas-register",
        Duration.ofSeconds(30));
    Evidence e = r.partitions().get(0).evidence();
    assertEquals(e.statesBefore().size(), e.attempts().size());
    for (Evidence.Attempt a : e.attempts()) {
      assertTrue(a.candidates().stream().anyMatch(c -> c.step().operation().id()
          == e.cannotPlace().operation().id() && !c.legal()
          && c.why().contains("but the register holds " + a.state())), a.toString());
    }
    Map<String, Object> data = embeddedData(HistoryReport.html(r));
    Map<String, Object> part = (Map<String, Object>) ((List<Object>) data.get("partitions")).get(0);
    Map<String, Object> ev = (Map<String, Object>) part.get("evidence");
    assertEquals((long) e.cannotPlace().operation().id(), ((List<Object>) ev.get("blocked")).get(0));
    assertEquals(e.linearizedPrefix().size(), ((List<Object>) ev.get("prefix")).size());
    assertEquals(e.attempts().size(), ((List<Object>) ev.get("attempts")).size());
  }

  @Test
  @SuppressWarnings("unchecked")
  void aResultWithoutPartitionsStillListsItsOperations() throws Exception {
    CheckResult wgl = HistoryChecker.checkFile(SharedHistories.resource("s3/flicker.jsonl"), "s3",
        Duration.ofSeconds(10));
    CheckResult knossosLike = new CheckResult(wgl.source(), wgl.model(), "knossos",
        wgl.verdict(), wgl.summary(), wgl.operations(), List.of(), 0, wgl.history());
    List<Object> parts = (List<Object>) embeddedData(HistoryReport.html(knossosLike))
        .get("partitions");
    assertEquals(1, parts.size());
    Map<String, Object> p = (Map<String, Object>) parts.get(0);
    assertEquals((long) wgl.history().size(), (long) ((List<Object>) p.get("ids")).size());
    assertEquals("the knossos engine gives no evidence to draw", p.get("reason"));
  }

  @Test
  void tenThousandOperationsGiveAPageOfBoundedSize() {
    CheckResult r = check(ReportHistories.longRegister(10_000, 42), "cas-register");
    assertEquals(Verdict.NOT_LINEARIZABLE, r.verdict(), r.summary());
    assertEquals(9_999, r.partitions().get(0).evidence().cannotPlace().operation().id());
    int size = HistoryReport.html(r).length();
    System.out.printf("10,000-operation page: %d bytes%n", size);
    // The operations are embedded compactly (about 100 bytes each) and the evidence lists each
    // once more: a few megabytes would mean something is embedded per pair or drawn in advance.
    assertTrue(size < 10_000 * 250, "page of " + size + " bytes");
  }
}
