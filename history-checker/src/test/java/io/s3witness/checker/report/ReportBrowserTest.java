package io.s3witness.checker.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.s3witness.checker.CheckResult;
import io.s3witness.checker.Evidence;
import io.s3witness.checker.HistoryChecker;
import io.s3witness.checker.SharedHistories;
import io.s3witness.checker.Verdict;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The report pages rendered by a real browser (headless Chromium): the DOM the page's script
 * builds has the lanes, the highlighted operation that cannot be placed, and the state panel.
 * Screenshots of the three kinds of page land in target/report-screenshots/ (the ones in docs/
 * are copies).
 */
class ReportBrowserTest {
  private static final Path WORK = Path.of("target", "report-browser-test");
  private static final Path SHOTS = Path.of("target", "report-screenshots");
  private static Chromium chromium;

  @BeforeAll
  static void browser() throws Exception {
    chromium = Chromium.find();
    Assumptions.assumeTrue(chromium != null, Chromium::whyAbsent);
    Files.createDirectories(WORK);
    Files.createDirectories(SHOTS);
  }

  private static String render(String name, String html, boolean screenshot) throws Exception {
    Path page = WORK.resolve(name + ".html").toAbsolutePath();
    Files.writeString(page, html);
    if (screenshot) {
      chromium.screenshot(page, SHOTS.resolve(name + ".png"), WORK);
    }
    return chromium.dumpDom(page, WORK);
  }

  /** The opening tag of the element with this id. */
  private static String tagWithId(String dom, String id) {
    Matcher m = Pattern.compile("<[a-z]+ [^>]*id=\"" + Pattern.quote(id) + "\"[^>]*>")
        .matcher(dom);
    assertTrue(m.find(), "no element with id " + id);
    return m.group();
  }

  private static int count(String dom, String regex) {
    Matcher m = Pattern.compile(regex).matcher(dom);
    int n = 0;
    while (m.find()) {
      n++;
    }
    return n;
  }

  private static String escaped(String text) {
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }

  private static void assertTimeline(CheckResult r, String dom) {
    Evidence e = r.partitions().get(0).evidence();
    Set<String> processes = new HashSet<>();
    for (int id : r.partitions().get(0).operationIds()) {
      processes.add(r.history().get(id).process());
    }
    int lanes = count(dom, "<div class=\"lane\" data-process=");
    assertTrue(lanes >= 2 && lanes <= processes.size(), lanes + " lanes of " + processes);
    String blocked = tagWithId(dom, "op-" + e.cannotPlace().operation().id());
    assertTrue(blocked.contains("cannot-place"), blocked);
    assertEquals(1, count(dom, "class=\"op [^\"]*cannot-place"), "one highlighted operation");
    assertTrue(count(dom, "class=\"lin-point\"") > 0, "no linearization points drawn");
    String panel = dom.substring(dom.indexOf("id=\"state-panel\""));
    assertTrue(panel.contains("id=\"cannot-place\""), "no cannot-place box in the panel");
    for (String state : e.statesBefore()) {
      assertTrue(panel.contains("<span class=\"state\">" + escaped(state) + "</span>"),
          "state " + state + " missing from the panel");
    }
    assertTrue(panel.contains("candidate-row"), "no candidates listed");
  }

  @Test
  void etcd000CasRegister() throws Exception {
    CheckResult r = HistoryChecker.checkFile(
        SharedHistories.dir().resolve("porcupine-etcd/etcd_000.log"), "cas-register",
        Duration.ofSeconds(30));
    String dom = render("etcd_000", HistoryReport.html(r), true);
    assertTimeline(r, dom);
    assertTrue(dom.contains("but the register holds"), "no reason per candidate");
    assertTrue(count(dom, "class=\"op info indeterminate") > 0, "no open-ended operation");
  }

  @Test
  void s3FlickerAmongTwoKeysAndAList() throws Exception {
    CheckResult r = HistoryChecker.checkFile(
        SharedHistories.resource("report/s3-flicker-two-keys.jsonl"), "s3",
        Duration.ofSeconds(10));
    String dom = render("s3-flicker", HistoryReport.html(r), true);
    assertTimeline(r, dom);
    assertTrue(dom.contains("[v2:d2, v1:d1]"), "the version stack before the read");
    // The failing key is the one selected, the other one can be chosen.
    Matcher options = Pattern.compile("<option value=\"(\\d)\">([^<]*)</option>").matcher(dom);
    assertTrue(options.find() && options.group(2).startsWith("key photos/a.jpg \u2014 not-"),
        dom);
    assertTrue(options.find() && options.group(2).startsWith("key photos/b.jpg"));
    assertTrue(count(dom, "class=\"op info indeterminate") == 0, "key b is not drawn");
  }

  @Test
  void linearizableHistoryShowsItsLinearization() throws Exception {
    CheckResult r = HistoryChecker.checkFile(SharedHistories.resource("s3/flicker-fixed.jsonl"),
        "s3", Duration.ofSeconds(10));
    assertEquals(Verdict.LINEARIZABLE, r.verdict());
    String dom = render("flicker-fixed", HistoryReport.html(r), false);
    int placed = r.partitions().get(0).linearization().size();
    assertTrue(placed > 0);
    assertEquals(placed, count(dom, "class=\"lin-point\""), "a point per linearized operation");
    assertEquals(0, count(dom, "class=\"op [^\"]*cannot-place|id=\"cannot-place\""));
    assertTrue(dom.contains("A linearization (" + placed + " of "));
  }

  @Test
  void tlcCounterexample() throws Exception {
    String html = TlcTraceReport.html(
        Files.readString(SharedHistories.resource(TlcTraceReportTest.TRACE)), "trace.json");
    String dom = render("tlc-MCBugCacheBeforeCommit", html, true);
    assertEquals(3, count(dom, "<div class=\"lane\" data-client="), "system, c1, c2");
    assertTrue(dom.contains("data-client=\"c1\"") && dom.contains("data-client=\"c2\""));
    assertEquals(7, count(dom, "<div class=\"step[ \"]"), "one box per step");
    assertTrue(tagWithId(dom, "step-6").contains("violation"));
    String panel = dom.substring(dom.indexOf("id=\"state-panel\""));
    assertTrue(panel.contains("id=\"violation\"") && panel.contains("NoUncommittedRead"));
    assertTrue(panel.contains("<td class=\"mono\">up e0 hw k1=2 k2=1 pub k1=2 k2=1</td>"),
        "the witness component after the last step");
    assertEquals(4, count(dom, "data-component="), "a row per component");
  }

  @Test
  void markupInKeysAndValuesStaysText() throws Exception {
    CheckResult r = HistoryReportTest.check(ReportHistories.evilFlicker(), "s3");
    String dom = render("evil", HistoryReport.html(r), false);
    Matcher title = Pattern.compile("<title>(.*?)</title>").matcher(dom);
    assertTrue(title.find());
    assertFalse(title.group(1).contains("pwned"), "a script from the history ran");
    assertFalse(dom.contains("<img") || dom.contains("<b>"), "markup from the history");
    assertTrue(dom.contains(escaped(ReportHistories.EVIL_KEY)), "the key shown as text");
    assertTimeline(r, dom);
  }

  @Test
  void tenThousandOperationsDrawOneWindow() throws Exception {
    CheckResult r = HistoryReportTest.check(ReportHistories.longRegister(10_000, 42),
        "cas-register");
    assertEquals(Verdict.NOT_LINEARIZABLE, r.verdict());
    String dom = render("register-10k", HistoryReport.html(r), false);
    int bars = count(dom, "<div class=\"op ");
    assertTrue(bars > 0 && bars <= 200, bars + " operations drawn");
    assertTrue(tagWithId(dom, "op-9999").contains("cannot-place"));
    assertTrue(dom.contains("of 10000 in this partition"), "the window is not announced");
  }
}
