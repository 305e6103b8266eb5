package io.s3witness.specs;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code ci/tlc}'s engine: runs the named configs (default: every config of group ci in
 * {@code configs.tsv}), prints one line per config -- config, expected, actual, distinct
 * states, seconds -- and each counterexample as a table, writes the same lines to
 * {@code <out>/summary.txt}, and exits 1 if any result differs from what the table expects.
 *
 * <pre>usage: TlcMain [--specs DIR] [--out DIR] [--timeout-minutes N] [CONFIG...]</pre>
 */
public final class TlcMain {

    private TlcMain() {
    }

    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    /** The CLI without System.exit: the exit status. */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        Path specs = Path.of(".");
        Path outDir = null;
        long timeoutMinutes = 30;
        List<String> names = new ArrayList<>();
        List<Path> traces = new ArrayList<>();
        String traceMode = null;
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            boolean hasValue = i + 1 < args.length;
            switch (a) {
                case "--specs" -> {
                    if (!hasValue) {
                        return usage(err, "--specs needs a directory");
                    }
                    specs = Path.of(args[++i]);
                }
                case "--out" -> {
                    if (!hasValue) {
                        return usage(err, "--out needs a directory");
                    }
                    outDir = Path.of(args[++i]);
                }
                case "--timeout-minutes" -> {
                    if (!hasValue || !args[i + 1].matches("\\d+")) {
                        return usage(err, "--timeout-minutes needs a whole number");
                    }
                    timeoutMinutes = Long.parseLong(args[++i]);
                }
                case "--trace" -> {
                    if (!hasValue) {
                        return usage(err, "--trace needs a trace file (JSON Lines)");
                    }
                    traces.add(Path.of(args[++i]));
                }
                case "--mode" -> {
                    if (!hasValue) {
                        return usage(err, "--mode needs strong or eventual");
                    }
                    traceMode = args[++i];
                }
                case "-h", "--help" -> {
                    usage(out, null);
                    return 0;
                }
                default -> {
                    if (a.startsWith("-")) {
                        return usage(err, "unknown option " + a);
                    }
                    names.add(a);
                }
            }
        }
        if (outDir == null) {
            outDir = specs.resolve("target").resolve("tlc");
        }
        if (!traces.isEmpty() || traceMode != null) {
            if (traces.isEmpty() || !names.isEmpty()) {
                return usage(err, "--trace FILE... [--mode M] checks traces and takes no CONFIG");
            }
            return TraceCommand.run(traces, traceMode, specs, outDir, Duration.ofMinutes(timeoutMinutes), out,
                    err);
        }
        ConfigTable table;
        try {
            table = ConfigTable.read(specs.resolve("configs.tsv"));
        } catch (IOException e) {
            err.println("ci/tlc: cannot read " + specs.resolve("configs.tsv") + ": " + e);
            return 2;
        } catch (ConfigTable.ConfigTableException e) {
            err.println("ci/tlc: " + e.getMessage());
            return 2;
        }
        List<ModelConfig> chosen = new ArrayList<>();
        if (names.isEmpty()) {
            chosen.addAll(table.ci());
        }
        for (String n : names) {
            var c = table.find(n);
            if (c.isEmpty()) {
                err.println("ci/tlc: unknown config " + n + "; configs.tsv lists: "
                        + table.all().stream().map(ModelConfig::name).toList());
                return 2;
            }
            chosen.add(c.get());
        }
        TlcRun runner = new TlcRun(specs, outDir, Duration.ofMinutes(timeoutMinutes));
        List<String> summary = new ArrayList<>();
        String header = TlcRun.Outcome.summaryHeader();
        out.println(header);
        summary.add(header);
        int mismatches = 0;
        for (ModelConfig c : chosen) {
            err.println("ci/tlc: running " + c.name() + " (" + c.purpose() + ")");
            TlcRun.Outcome o;
            try {
                o = runner.run(c, err::println);
            } catch (IOException e) {
                err.println("ci/tlc: " + c.name() + ": " + e.getMessage());
                mismatches++;
                continue;
            }
            out.println(o.summaryLine());
            summary.add(o.summaryLine());
            if (!o.asExpected()) {
                mismatches++;
                if (!o.result().verdict().detail().isBlank()) {
                    out.println("    " + o.result().verdict().detail().strip()
                            .replace("\n", "\n    "));
                }
                out.println("    full TLC output: " + outDir.resolve(c.name() + ".log"));
            }
            if (!o.traceTable().isEmpty()) {
                out.println("    counterexample (" + outDir.resolve(c.name() + ".trace.txt")
                        + ", .trace.json):");
                out.print(o.traceTable().indent(4));
            }
        }
        try {
            Files.createDirectories(outDir);
            Files.write(outDir.resolve("summary.txt"), summary, StandardCharsets.UTF_8);
        } catch (IOException e) {
            err.println("ci/tlc: cannot write the summary: " + e.getMessage());
        }
        if (mismatches > 0) {
            err.println("ci/tlc: " + mismatches + " of " + chosen.size()
                    + " config(s) did not produce what configs.tsv expects");
            return 1;
        }
        return 0;
    }

    private static int usage(PrintStream to, String problem) {
        if (problem != null) {
            to.println("ci/tlc: " + problem);
        }
        to.println("usage: ci/tlc [--timeout-minutes N] [CONFIG...]   (no CONFIG: every ci config"
                + " in specs/configs.tsv)");
        to.println("       ci/tlc --trace FILE [--trace FILE...] [--mode strong|eventual]   (trace"
                + " validation: exit 0 accepted, 1 rejected, 3 bad input)");
        return problem == null ? 0 : 2;
    }
}
