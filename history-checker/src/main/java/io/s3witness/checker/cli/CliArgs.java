package io.s3witness.checker.cli;

import io.s3witness.checker.CheckOptions;
import io.s3witness.checker.history.HistoryFormat;
import io.s3witness.checker.model.Models;
import io.s3witness.checker.model.NilReads;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The parsed command line of {@code check} and {@code bench}.
 *
 * @param command "check" or "bench"
 * @param files history files to check
 * @param expected an expected.tsv corpus, or null
 * @param json where to write the JSON result, or null
 * @param engine wgl, knossos or both
 * @param rounds bench: measured rounds after warm-up
 * @param html check: the timeline page of the one history, or null
 * @param htmlDir check: a directory for one timeline page per history, or null
 * @param out render-tlc: the page to write, or null for the trace's name with .html
 */
record CliArgs(String command, List<Path> files, Path expected, CheckOptions options, Path json,
    String engine, int rounds, boolean quiet, Path html, Path htmlDir, Path out) {

  static final String USAGE = String.join("\n",
      "usage: history-checker check FILE... [options]",
      "       history-checker check --expected expected.tsv [options]",
      "       history-checker bench expected.tsv [--rounds N] [options]",
      "       history-checker convert FILE --to jsonl|edn",
      "       history-checker render-tlc TRACE.json... [--out PAGE.html]   TLC counterexamples",
      "                         (each page beside its trace: X.trace.json -> X.trace.html)",
      "options:",
      "  --model auto|register|cas-register|kv|s3   (default auto: meta line, else inferred)",
      "  --format auto|jsonl|edn|jepsen-log         (default auto: extension, else content)",
      "  --initial VALUE        initial register value (default nil; kv: \"\")",
      "  --nil-reads unknown|value   a nil read tells nothing (Knossos; default for EDN and",
      "                         logs) or means the register holds nil (Porcupine; JSON Lines)",
      "  --timeout 30s          time limit per history (ms, s, m, h)",
      "  --max-states N         memoised configurations per partition (default "
          + CheckOptions.DEFAULT_MAX_STATES + ")",
      "  --engine wgl|knossos|both   knossos needs Knossos on the classpath",
      "  --json OUT             write the results with their evidence as JSON",
      "  --html OUT.html        write the history's timeline page (one FILE)",
      "  --html-dir DIR         write DIR/NAME.html per FILE (NAME: the file name without",
      "                         its extension; -2, -3... when two files share a name)",
      "  --all-partitions       search every partition to the end (default: stop the others",
      "                         once one is not linearizable)",
      "  --quiet                only the verdict lines",
      "exit: 0 linearizable, 1 not linearizable (or, with --expected, a verdict differs),",
      "      2 unknown, 3 bad input or usage");

  static CliArgs parse(String[] args) throws UsageException {
    if (args.length == 0) {
      throw new UsageException("missing command");
    }
    String command = args[0];
    if (!List.of("check", "bench", "convert", "render-tlc").contains(command)) {
      throw new UsageException("unknown command \"" + command + "\" (expected check, bench,"
          + " convert or render-tlc)");
    }
    List<Path> files = new ArrayList<>();
    Path expected = null;
    Path json = null;
    Path html = null;
    Path htmlDir = null;
    Path out = null;
    String model = "auto";
    HistoryFormat format = null;
    Duration timeout = Duration.ofSeconds(30);
    long maxStates = CheckOptions.DEFAULT_MAX_STATES;
    Object initial = null;
    NilReads nilReads = null;
    String engine = "wgl";
    int rounds = 5;
    boolean quiet = false;
    boolean allPartitions = false;
    String to = null;
    for (int i = 1; i < args.length; i++) {
      String a = args[i];
      if (!a.startsWith("--")) {
        files.add(Path.of(a));
        continue;
      }
      String name = a;
      String value = null;
      int eq = a.indexOf('=');
      if (eq > 0) {
        name = a.substring(0, eq);
        value = a.substring(eq + 1);
      }
      if (name.equals("--quiet")) {
        quiet = true;
        continue;
      }
      if (name.equals("--all-partitions")) {
        allPartitions = true;
        continue;
      }
      if (value == null) {
        if (i + 1 >= args.length) {
          throw new UsageException("option " + name + " needs a value");
        }
        value = args[++i];
      }
      switch (name) {
        case "--expected" -> expected = Path.of(value);
        case "--json" -> json = Path.of(value);
        case "--html" -> html = Path.of(value);
        case "--html-dir" -> htmlDir = Path.of(value);
        case "--out" -> out = Path.of(value);
        case "--model" -> {
          if (!value.equals("auto") && !Models.NAMES.contains(value)) {
            throw new UsageException("--model: expected auto, register, cas-register, kv or s3,"
                + " got \"" + value + "\"");
          }
          model = value;
        }
        case "--format" -> {
          format = value.equals("auto") ? null : HistoryFormat.fromLabel(value);
          if (format == null && !value.equals("auto")) {
            throw new UsageException("--format: expected auto, jsonl, edn or jepsen-log, got \""
                + value + "\"");
          }
        }
        case "--timeout" -> timeout = duration(value);
        case "--max-states" -> maxStates = positive("--max-states", value);
        case "--rounds" -> rounds = (int) positive("--rounds", value);
        case "--initial" -> initial = initialValue(value);
        case "--nil-reads" -> {
          switch (value) {
            case "unknown" -> nilReads = NilReads.UNKNOWN;
            case "value" -> nilReads = NilReads.VALUE;
            default -> throw new UsageException("--nil-reads: expected unknown or value, got \""
                + value + "\"");
          }
        }
        case "--engine" -> {
          if (!List.of("wgl", "knossos", "both").contains(value)) {
            throw new UsageException("--engine: expected wgl, knossos or both, got \"" + value
                + "\"");
          }
          engine = value;
        }
        case "--to" -> {
          if (!List.of("jsonl", "edn").contains(value)) {
            throw new UsageException("--to: expected jsonl or edn, got \"" + value + "\"");
          }
          to = value;
        }
        default -> throw new UsageException("unknown option " + name);
      }
    }
    if (command.equals("bench") && expected == null && files.size() == 1) {
      expected = files.remove(0);
    }
    if (command.equals("render-tlc")) {
      if (files.isEmpty() || out != null && files.size() != 1) {
        throw new UsageException("render-tlc needs TRACE.json... (ci/tlc writes"
            + " specs/target/tlc/CONFIG.trace.json), and one only with --out");
      }
    } else if (out != null) {
      throw new UsageException("--out is for render-tlc; check writes pages with --html or"
          + " --html-dir");
    }
    if (html != null && (htmlDir != null || files.size() != 1)) {
      throw new UsageException("--html writes one page for one FILE; use --html-dir DIR for"
          + " several");
    }
    if ((html != null || htmlDir != null) && (!command.equals("check") || expected != null)) {
      throw new UsageException("--html and --html-dir are options of check FILE...");
    }
    if (command.equals("render-tlc")) {
      // nothing more to check
    } else if (command.equals("convert")) {
      if (files.size() != 1 || to == null) {
        throw new UsageException("convert needs one FILE and --to jsonl|edn");
      }
      engine = to;
    } else if (expected == null && files.isEmpty()) {
      throw new UsageException("no history given (expected FILE... or --expected TSV)");
    } else if (expected != null && !files.isEmpty()) {
      throw new UsageException("give either FILE... or --expected TSV, not both");
    }
    CheckOptions options = new CheckOptions(model, format, timeout, maxStates, initial, nilReads,
        allPartitions);
    return new CliArgs(command, List.copyOf(files), expected, options, json, engine, rounds,
        quiet, html, htmlDir, out);
  }

  static Duration duration(String text) throws UsageException {
    String t = text.trim().toLowerCase(Locale.ROOT);
    try {
      if (t.startsWith("pt")) {
        return Duration.parse(t.toUpperCase(Locale.ROOT));
      }
      long unit;
      String digits;
      if (t.endsWith("ms")) {
        unit = 1;
        digits = t.substring(0, t.length() - 2);
      } else if (t.endsWith("s")) {
        unit = 1000;
        digits = t.substring(0, t.length() - 1);
      } else if (t.endsWith("m")) {
        unit = 60_000;
        digits = t.substring(0, t.length() - 1);
      } else if (t.endsWith("h")) {
        unit = 3_600_000;
        digits = t.substring(0, t.length() - 1);
      } else {
        unit = 1000;
        digits = t;
      }
      double amount = Double.parseDouble(digits);
      if (amount <= 0) {
        throw new NumberFormatException();
      }
      return Duration.ofMillis((long) (amount * unit));
    } catch (RuntimeException e) {
      throw new UsageException("--timeout: expected a positive duration such as 500ms, 30s, 2m,"
          + " got \"" + text + "\"");
    }
  }

  private static long positive(String option, String value) throws UsageException {
    try {
      long n = Long.parseLong(value);
      if (n > 0) {
        return n;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw new UsageException(option + ": expected a positive integer, got \"" + value + "\"");
  }

  /** An integer, nil/null, true/false, or else the text itself (quotes stripped). */
  static Object initialValue(String text) {
    String t = text.trim();
    if (t.equals("nil") || t.equals("null")) {
      return null;
    }
    if (t.equals("true") || t.equals("false")) {
      return Boolean.valueOf(t);
    }
    try {
      return Long.parseLong(t);
    } catch (NumberFormatException e) {
      if (t.length() >= 2 && t.startsWith("\"") && t.endsWith("\"")) {
        return t.substring(1, t.length() - 1);
      }
      return t;
    }
  }
}
