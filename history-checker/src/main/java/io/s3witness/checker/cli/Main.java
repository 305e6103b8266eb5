package io.s3witness.checker.cli;

import io.s3witness.checker.CheckOptions;
import io.s3witness.checker.CheckResult;
import io.s3witness.checker.HistoryChecker;
import io.s3witness.checker.HistoryFormatException;
import io.s3witness.checker.ResultJson;
import io.s3witness.checker.Verdict;
import io.s3witness.checker.history.History;
import io.s3witness.checker.history.HistoryReader;
import io.s3witness.checker.history.HistoryWriter;
import io.s3witness.checker.knossos.KnossosEngine;
import io.s3witness.checker.knossos.KnossosUnavailableException;
import io.s3witness.checker.model.Models;
import io.s3witness.checker.report.HistoryReport;
import io.s3witness.checker.report.TlcTraceReport;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

/** The {@code history-checker} command line. */
public final class Main {
  public static final int LINEARIZABLE = 0;
  public static final int NOT_LINEARIZABLE = 1;
  public static final int UNKNOWN = 2;
  public static final int BAD_INPUT = 3;

  private final PrintStream out;
  private final PrintStream err;

  Main(PrintStream out, PrintStream err) {
    this.out = out;
    this.err = err;
  }

  public static void main(String[] args) {
    int code = run(args, System.out, System.err);
    System.out.flush();
    System.exit(code);
  }

  /** Runs a command line; returns the exit code. */
  public static int run(String[] args, PrintStream out, PrintStream err) {
    if (args.length == 1 && (args[0].equals("--help") || args[0].equals("-h"))) {
      out.println(CliArgs.USAGE);
      return 0;
    }
    CliArgs cli;
    try {
      cli = CliArgs.parse(args);
    } catch (UsageException e) {
      err.println("history-checker: " + e.getMessage());
      err.println(CliArgs.USAGE);
      return BAD_INPUT;
    }
    Main main = new Main(out, err);
    try {
      switch (cli.command()) {
        case "bench":
          return new Bench(out, err).run(cli);
        case "convert":
          return main.convert(cli);
        case "render-tlc":
          return main.renderTlc(cli);
        default:
          return cli.expected() != null ? main.corpus(cli) : main.check(cli);
      }
    } catch (HistoryFormatException e) {
      err.println("history-checker: bad input: " + e.getMessage());
      return BAD_INPUT;
    } catch (NoSuchFileException e) {
      err.println("history-checker: no such file: " + e.getFile());
      return BAD_INPUT;
    } catch (IOException e) {
      err.println("history-checker: cannot read: " + e.getMessage());
      return BAD_INPUT;
    } catch (KnossosUnavailableException e) {
      err.println("history-checker: " + e.getMessage());
      return BAD_INPUT;
    }
  }

  private int check(CliArgs cli) throws IOException, KnossosUnavailableException {
    List<CheckResult> results = new ArrayList<>();
    int code = LINEARIZABLE;
    boolean sawUnknown = false;
    Set<String> pageNames = new HashSet<>();
    for (Path file : cli.files()) {
      CheckResult r;
      Progress progress = new Progress(err, () -> "checking " + file);
      try {
        r = checkOne(file, cli);
      } catch (HistoryFormatException e) {
        err.println("history-checker: bad input: " + e.getMessage());
        code = BAD_INPUT;
        continue;
      } catch (NoSuchFileException e) {
        err.println("history-checker: no such file: " + e.getFile());
        code = BAD_INPUT;
        continue;
      } finally {
        progress.close();
      }
      results.add(r);
      writeHtml(r, file, cli, pageNames);
      out.print(cli.quiet() ? r.source() + ": " + r.verdict().label() + "\n" : r.summary());
      if (r.verdict() == Verdict.NOT_LINEARIZABLE && code != BAD_INPUT) {
        code = NOT_LINEARIZABLE;
      }
      sawUnknown |= r.verdict() == Verdict.UNKNOWN;
    }
    if (cli.json() != null) {
      Files.writeString(cli.json(), ResultJson.write(results));
    }
    return code == LINEARIZABLE && sawUnknown ? UNKNOWN : code;
  }

  /** The timeline page of one result, when --html or --html-dir asks for it. */
  private void writeHtml(CheckResult r, Path file, CliArgs cli, Set<String> pageNames)
      throws IOException {
    Path page = cli.html();
    if (page == null && cli.htmlDir() != null) {
      Files.createDirectories(cli.htmlDir());
      page = cli.htmlDir().resolve(pageName(file, pageNames));
    }
    if (page != null) {
      Files.writeString(page, HistoryReport.html(r));
      if (!cli.quiet()) {
        err.println("history-checker: wrote " + page);
      }
    }
  }

  /** NAME.html for NAME.EXT; NAME-2.html, NAME-3.html... when several files share a name. */
  static String pageName(Path file, Set<String> taken) {
    String name = file.getFileName().toString();
    int dot = name.lastIndexOf('.');
    String base = dot > 0 ? name.substring(0, dot) : name;
    String page = base + ".html";
    for (int n = 2; !taken.add(page); n++) {
      page = base + "-" + n + ".html";
    }
    return page;
  }

  private int renderTlc(CliArgs cli) throws IOException {
    int code = 0;
    for (Path trace : cli.files()) {
      Path page = cli.out();
      if (page == null) {
        String name = trace.getFileName().toString();
        page = trace.resolveSibling(
            (name.endsWith(".json") ? name.substring(0, name.length() - 5) : name) + ".html");
      }
      try {
        Files.writeString(page, TlcTraceReport.html(Files.readString(trace), trace.toString()));
        out.println("history-checker: wrote " + page);
      } catch (HistoryFormatException e) {
        err.println("history-checker: bad input: " + e.getMessage());
        code = BAD_INPUT;
      } catch (NoSuchFileException e) {
        err.println("history-checker: no such file: " + e.getFile());
        code = BAD_INPUT;
      }
    }
    return code;
  }

  /** Checks one file with the engine asked for. */
  static CheckResult checkOne(Path file, CliArgs cli)
      throws IOException, KnossosUnavailableException {
    CheckOptions options = cli.options();
    History history = HistoryReader.read(file, options.format());
    if (cli.engine().equals("wgl")) {
      return HistoryChecker.check(history, options);
    }
    String model = options.model() == null || options.model().equals("auto")
        ? Models.infer(history) : options.model();
    if (cli.engine().equals("knossos")) {
      return KnossosEngine.check(history, model, options);
    }
    CheckResult ours = HistoryChecker.check(history, options.withModel(model));
    CheckResult theirs = KnossosEngine.check(history, model, options);
    boolean disagree = ours.verdict() != theirs.verdict()
        && ours.verdict() != Verdict.UNKNOWN && theirs.verdict() != Verdict.UNKNOWN;
    String summary = ours.summary() + "  knossos: " + theirs.verdict().label() + "\n"
        + (disagree ? "  DISAGREEMENT: wgl says " + ours.verdict().label() + ", knossos says "
            + theirs.verdict().label() + "\n" : "");
    return new CheckResult(ours.source(), ours.model(), "both",
        disagree ? Verdict.UNKNOWN : ours.verdict(), summary, ours.operations(),
        ours.partitions(), ours.elapsedNanos() + theirs.elapsedNanos(), ours.history());
  }

  private int corpus(CliArgs cli) throws IOException, KnossosUnavailableException {
    long started = System.nanoTime();
    List<ExpectedCorpus.Entry> entries = ExpectedCorpus.read(cli.expected());
    int width = 4;
    for (ExpectedCorpus.Entry e : entries) {
      width = Math.max(width, e.name().length());
    }
    String row = "%-" + width + "s  %6s  %-16s  %-16s  %9s%s%n";
    out.printf(row, "file", "ops", "expected", "verdict", "ms", "");
    List<CheckResult> results = new ArrayList<>();
    int wrong = 0;
    int unknown = 0;
    int badInput = 0;
    long totalOps = 0;
    long checkNanos = 0;
    AtomicInteger done = new AtomicInteger();
    Progress progress = new Progress(err,
        () -> "checked " + done.get() + "/" + entries.size() + " histories");
    try {
      for (ExpectedCorpus.Entry e : entries) {
        CheckResult r;
        try {
          r = checkOne(e.file(), cli);
        } catch (HistoryFormatException | NoSuchFileException ex) {
          err.println("history-checker: bad input: " + (ex instanceof NoSuchFileException n
              ? "no such file: " + n.getFile() : ex.getMessage()));
          badInput++;
          wrong++;
          done.incrementAndGet();
          out.printf(row, e.name(), "-", e.expected().label(), "bad-input", "-", "  WRONG");
          continue;
        }
        done.incrementAndGet();
        results.add(r);
        boolean right = r.verdict() == e.expected();
        wrong += right ? 0 : 1;
        unknown += r.verdict() == Verdict.UNKNOWN ? 1 : 0;
        totalOps += r.operations();
        checkNanos += r.elapsedNanos();
        out.printf(row, e.name(), r.operations(), e.expected().label(), r.verdict().label(),
            String.format("%.1f", r.elapsedNanos() / 1e6), right ? "" : "  WRONG");
      }
    } finally {
      progress.close();
    }
    out.printf("total: %d histories, %d operations, %d right, %d wrong, %d unknown;"
            + " check time %.1f ms, wall %.1f ms%n", entries.size(), totalOps,
        entries.size() - wrong, wrong, unknown, checkNanos / 1e6,
        (System.nanoTime() - started) / 1e6);
    if (cli.json() != null) {
      Files.writeString(cli.json(), ResultJson.write(results));
    }
    return badInput > 0 ? BAD_INPUT : wrong == 0 ? LINEARIZABLE : NOT_LINEARIZABLE;
  }

  private int convert(CliArgs cli) throws IOException {
    History h = HistoryReader.read(cli.files().get(0), cli.options().format());
    out.print(cli.engine().equals("edn") ? HistoryWriter.edn(h) : HistoryWriter.jsonLines(h));
    return LINEARIZABLE;
  }
}
