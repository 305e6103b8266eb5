package io.s3witness.checker.report;

import io.s3witness.checker.json.Json;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * A self-contained report page: the style, the data as embedded JSON and the script that draws
 * it, all inline, so the page opens from disk with no network access. Everything taken from a
 * history or a trace reaches the page only as JSON data (escaped so that it cannot close the
 * script element) and is put into the document by the script as text, never as markup.
 */
final class HtmlPage {
  private HtmlPage() {
  }

  /** The page, with {@code data} as the JSON the named script reads. */
  static String render(String title, Object data, String script) {
    StringBuilder sb = new StringBuilder(64 * 1024);
    sb.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
        .append("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; ")
        .append("style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:\">\n")
        .append("<title>").append(escapeHtml(title)).append("</title>\n<style>\n")
        .append(resource("report.css")).append("</style>\n</head>\n<body>\n")
        .append("<noscript>This report draws itself with JavaScript.</noscript>\n")
        .append("<script type=\"application/json\" id=\"report-data\">")
        .append(scriptSafeJson(data)).append("</script>\n<script>\n")
        .append(resource("common.js")).append(resource(script))
        .append("</script>\n</body>\n</html>\n");
    return sb.toString();
  }

  /**
   * JSON that can sit inside a script element: no {@code <}, {@code >} or {@code &} (so no
   * {@code </script>} or comment opener), and no line separators JavaScript once rejected.
   * Outside strings JSON has none of these characters, so escaping them keeps the value.
   */
  static String scriptSafeJson(Object data) {
    String json = Json.write(data);
    StringBuilder sb = new StringBuilder(json.length() + 64);
    for (int i = 0; i < json.length(); i++) {
      char c = json.charAt(i);
      switch (c) {
        case '<' -> sb.append("\\u003c");
        case '>' -> sb.append("\\u003e");
        case '&' -> sb.append("\\u0026");
        case '\u2028' -> sb.append("\\u2028");
        case '\u2029' -> sb.append("\\u2029");
        default -> sb.append(c);
      }
    }
    return sb.toString();
  }

  static String escapeHtml(String text) {
    StringBuilder sb = new StringBuilder(text.length() + 16);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '<' -> sb.append("&lt;");
        case '>' -> sb.append("&gt;");
        case '&' -> sb.append("&amp;");
        case '"' -> sb.append("&quot;");
        case '\'' -> sb.append("&#39;");
        default -> sb.append(c);
      }
    }
    return sb.toString();
  }

  private static String resource(String name) {
    try (InputStream in = HtmlPage.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + name + " (a broken build)");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
