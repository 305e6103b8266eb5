package io.s3witness.checker.cli;

import io.s3witness.checker.CheckResult;
import io.s3witness.checker.HistoryChecker;
import io.s3witness.checker.Verdict;
import io.s3witness.checker.history.History;
import io.s3witness.checker.history.HistoryReader;
import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Checks a whole corpus in one JVM: warm-up rounds, then measured rounds; prints per-history
 * time (median of the rounds), the total per corpus folder, and the whole-process time.
 * Reading and parsing are timed apart from checking, as Porcupine's figures are check time.
 */
final class Bench {
  private final PrintStream out;
  private final PrintStream err;

  Bench(PrintStream out, PrintStream err) {
    this.out = out;
    this.err = err;
  }

  int run(CliArgs cli) throws IOException {
    List<ExpectedCorpus.Entry> entries = ExpectedCorpus.read(cli.expected());
    List<History> histories = new ArrayList<>();
    long parseStart = System.nanoTime();
    for (ExpectedCorpus.Entry e : entries) {
      histories.add(HistoryReader.read(e.file(), cli.options().format()));
    }
    long parseNanos = System.nanoTime() - parseStart;
    int warmup = Math.max(2, cli.rounds());
    long warmStart = System.nanoTime();
    for (int w = 0; w < warmup; w++) {
      err.printf("warm-up round %d/%d%n", w + 1, warmup);
      for (History h : histories) {
        HistoryChecker.check(h, cli.options());
      }
    }
    long warmNanos = System.nanoTime() - warmStart;
    int rounds = cli.rounds();
    long[][] nanos = new long[entries.size()][rounds];
    long[] roundTotals = new long[rounds];
    long[] roundCpu = new long[rounds];
    Map<String, long[]> folderTotals = new LinkedHashMap<>();
    Map<String, long[]> folderCpu = new LinkedHashMap<>();
    int wrong = 0;
    int unknown = 0;
    for (int r = 0; r < rounds; r++) {
      err.printf("measured round %d/%d%n", r + 1, rounds);
      for (int i = 0; i < histories.size(); i++) {
        long t0 = System.nanoTime();
        CheckResult res = HistoryChecker.check(histories.get(i), cli.options());
        long dt = System.nanoTime() - t0;
        long cpu = res.searchCpuNanos();
        roundCpu[r] += cpu;
        folderCpu.computeIfAbsent(folder(entries.get(i).name()), k -> new long[rounds])[r] += cpu;
        nanos[i][r] = dt;
        roundTotals[r] += dt;
        folderTotals.computeIfAbsent(folder(entries.get(i).name()), k -> new long[rounds])[r] +=
            dt;
        if (r == 0) {
          wrong += res.verdict() == entries.get(i).expected() ? 0 : 1;
          unknown += res.verdict() == Verdict.UNKNOWN ? 1 : 0;
        }
      }
    }
    out.printf("%-32s %10s %10s%n", "history", "median ms", "min ms");
    for (int i = 0; i < entries.size(); i++) {
      long[] sorted = nanos[i].clone();
      Arrays.sort(sorted);
      out.printf("%-32s %10.2f %10.2f%n", entries.get(i).name(), sorted[rounds / 2] / 1e6,
          sorted[0] / 1e6);
    }
    for (Map.Entry<String, long[]> f : folderTotals.entrySet()) {
      long[] sorted = f.getValue().clone();
      Arrays.sort(sorted);
      long[] cpu = folderCpu.get(f.getKey()).clone();
      Arrays.sort(cpu);
      out.printf("folder %-18s wall median %7.1f ms, min %7.1f ms, max %7.1f ms;"
              + " search CPU median %7.1f ms, min %7.1f ms (per round)%n", f.getKey(),
          sorted[rounds / 2] / 1e6, sorted[0] / 1e6, sorted[rounds - 1] / 1e6,
          cpu[rounds / 2] / 1e6, cpu[0] / 1e6);
    }
    long[] sortedTotals = roundTotals.clone();
    Arrays.sort(sortedTotals);
    out.printf("corpus: %d histories, %d rounds after %d warm-up rounds; total check time median"
            + " %.1f ms, min %.1f ms; first (cold) pass incl. warm-up %.1f ms; parsing %.1f ms%n",
        entries.size(), rounds, warmup, sortedTotals[rounds / 2] / 1e6, sortedTotals[0] / 1e6,
        warmNanos / 1e6 / warmup, parseNanos / 1e6);
    out.printf("verdicts: %d right, %d wrong, %d unknown%n", entries.size() - wrong, wrong,
        unknown);
    long[] cpuTotals = roundCpu.clone();
    Arrays.sort(cpuTotals);
    out.printf("corpus search CPU per round: median %.1f ms, min %.1f ms; load average now %.1f"
            + " on %d cores%n", cpuTotals[rounds / 2] / 1e6, cpuTotals[0] / 1e6,
        ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
        Runtime.getRuntime().availableProcessors());
    long uptime = ManagementFactory.getRuntimeMXBean().getUptime();
    out.printf("whole process so far: %d ms (JVM start to now)%n", uptime);
    return wrong == 0 ? Main.LINEARIZABLE : Main.NOT_LINEARIZABLE;
  }

  private static String folder(String name) {
    int slash = name.lastIndexOf('/');
    return slash < 0 ? "." : name.substring(0, slash);
  }
}
