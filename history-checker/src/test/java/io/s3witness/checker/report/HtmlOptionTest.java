package io.s3witness.checker.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.s3witness.checker.SharedHistories;
import io.s3witness.checker.cli.Main;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** check --html and --html-dir: where the pages go, and the usage errors. */
class HtmlOptionTest {
  private record Run(int code, String out, String err) {
  }

  private static Run run(String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code = Main.run(args, new PrintStream(out), new PrintStream(err));
    return new Run(code, out.toString(), err.toString());
  }

  private static String s3(String name) {
    return SharedHistories.resource("s3/" + name).toString();
  }

  @Test
  void htmlWritesOnePageWithTheVerdict(@TempDir Path dir) throws Exception {
    Path page = dir.resolve("flicker.html");
    Run r = run("check", s3("flicker.jsonl"), "--html", page.toString());
    assertEquals(Main.NOT_LINEARIZABLE, r.code(), r.err());
    String html = Files.readString(page);
    assertTrue(html.contains("<title>flicker.jsonl: not-linearizable</title>")
        || html.contains(": not-linearizable</title>"), html.substring(0, 400));
    assertTrue(r.err().contains("wrote " + page), r.err());
  }

  @Test
  void htmlDirNamesPagesAfterTheFilesAndNumbersClashes(@TempDir Path dir) throws Exception {
    Path other = dir.resolve("other");
    Files.createDirectories(other);
    Files.copy(SharedHistories.resource("s3/flicker.jsonl"), other.resolve("flicker.jsonl"));
    Path pages = dir.resolve("pages");
    Run r = run("check", s3("flicker.jsonl"), s3("flicker-fixed.jsonl"),
        other.resolve("flicker.jsonl").toString(), "--html-dir", pages.toString(), "--quiet");
    assertEquals(Main.NOT_LINEARIZABLE, r.code(), r.err());
    assertTrue(Files.readString(pages.resolve("flicker.html")).contains("not-linearizable"));
    assertTrue(Files.readString(pages.resolve("flicker-fixed.html")).contains(": linearizable"));
    assertTrue(Files.isRegularFile(pages.resolve("flicker-2.html")));
  }

  @Test
  void misuseIsAUsageError() {
    assertEquals(Main.BAD_INPUT, run("check", s3("flicker.jsonl"), s3("versions.jsonl"),
        "--html", "x.html").code());
    Run r = run("check", "--expected", "e.tsv", "--html-dir", "d");
    assertEquals(Main.BAD_INPUT, r.code());
    assertTrue(r.err().contains("--html and --html-dir are options of check FILE..."), r.err());
    r = run("render-tlc", "a.json", "b.json", "--out", "x.html");
    assertEquals(Main.BAD_INPUT, r.code());
    assertTrue(r.err().contains("and one only with --out"), r.err());
    r = run("render-tlc", "missing.trace.json");
    assertEquals(Main.BAD_INPUT, r.code());
    assertTrue(r.err().contains("no such file: missing.trace.json"), r.err());
  }
}
