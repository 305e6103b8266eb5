package io.s3witness.specs;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks traces against the spec: writes each {@link TraceModule}'s TraceData.tla beside copies of the spec modules
 * (a directory per batch), runs TLC on TraceCacheCoherence with TraceCacheCoherence.cfg in a child JVM (one worker, deadlock checking off: see TraceCacheCoherence.tla) and turns TLC's TRACE-END /
 * TRACE-STUCK lines into a verdict per trace. A trace is accepted iff some state followed it to its end; otherwise
 * it is rejected at the deepest line any state could not follow, with the spec's reason.
 */
public final class TraceValidation {
    /** TLC's PrintT of "TRACE-STUCK t position action why" or "TRACE-END t position" (one string: one line). */
    private static final Pattern MARK =
            Pattern.compile("^\"TRACE-(STUCK|END) (\\d+) (\\d+)(?: (\\S+) (.*))?\"$");

    /**
     * What TLC said about one trace.
     *
     * @param trace    the trace
     * @param accepted whether it is a behaviour of the spec
     * @param line     rejected: the file line of the first step the spec cannot take (1 = the header), or of the
     *                 step after which a state violates an invariant; 0 when accepted or not checked
     * @param action   rejected: that line's action
     * @param reason   rejected: why the spec cannot take it
     */
    public record Verdict(TraceFile trace, boolean accepted, int line, String action, String reason) {
        /** One line for people: accepted FILE (N steps) / rejected FILE at line N (Action): reason. */
        public String describe() {
            if (accepted) {
                return "accepted " + trace.file() + " (" + trace.steps().size() + " steps)";
            }
            if (line == 0) {
                return "unchecked " + trace.file() + ": " + reason;
            }
            return "rejected " + trace.file() + " at line " + line + " (" + action + "): " + reason;
        }
    }

    /**
     * One TLC run over a module's traces.
     *
     * @param module   what was checked
     * @param verdicts one per trace, in the module's order
     * @param elapsed  wall time of the TLC JVM
     * @param cpu      its CPU time (all threads), sampled before it exited
     * @param states   distinct states TLC found
     */
    public record Run(TraceModule module, List<Verdict> verdicts, Duration elapsed, Duration cpu, long states) {
    }

    /** TLC did not finish the run (parse error, evaluation error, timeout): not a verdict on the traces. */
    public static final class TlcFailure extends Exception {
        public TlcFailure(String message) {
            super(message);
        }
    }

    private final Path specsDir;
    private final Path workDir;
    private final Duration timeout;

    /**
     * @param specsDir where CacheCoherence.tla, TraceCacheCoherence.tla and their modules are
     * @param workDir  where each batch's directory (copies of the specs, its TraceData, TLC's tlc.log) goes
     * @param timeout  per TLC run
     */
    public TraceValidation(Path specsDir, Path workDir, Duration timeout) {
        this.specsDir = specsDir;
        this.workDir = workDir;
        this.timeout = timeout;
    }

    /** Checks the module's traces; progress (one line a run) goes to {@code progress}. */
    public Run check(TraceModule module, Consumer<String> progress) throws IOException, TlcFailure,
            TraceInputException {
        Path dir = workDir.resolve(module.name());
        Files.createDirectories(dir);
        copySpecs(dir);
        Files.writeString(dir.resolve("TraceData.tla"), module.traceData(), StandardCharsets.UTF_8);
        progress.accept("trace validation: " + module.name() + ": " + module.traces().size() + " trace(s), "
                + module.traces().stream().mapToInt(t -> t.steps().size()).sum() + " steps, mode " + module.mode());
        Path metadir = Files.createTempDirectory("tlc-trace-");
        List<String> command = List.of(TlcRun.javaExecutable(),
                "-XX:+UseParallelGC", "-Xss16m", "-cp", TlcRun.tlaToolsJar(), "tlc2.TLC", "-tool", "-deadlock",
                "-workers", "1", "-metadir", metadir.toString(), "-config", "TraceCacheCoherence.cfg",
                "TraceCacheCoherence");
        long start = System.nanoTime();
        String output;
        Duration cpu = Duration.ZERO;
        try {
            Process p = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true).start();
            StringBuilder out = new StringBuilder();
            Thread reader = new Thread(() -> drain(p.getInputStream(), out), "tlc-trace-output");
            reader.start();
            long deadline = System.nanoTime() + timeout.toNanos();
            while (!p.waitFor(200, TimeUnit.MILLISECONDS) && System.nanoTime() < deadline) {
                cpu = p.info().totalCpuDuration().orElse(cpu);
            }
            boolean timedOut = p.isAlive();
            if (timedOut) {
                p.destroyForcibly();
                p.waitFor();
            }
            reader.join();
            output = out.toString();
            Files.writeString(dir.resolve("tlc.log"), output, StandardCharsets.UTF_8);
            if (timedOut) {
                throw new TlcFailure("TLC did not finish " + module.name() + " within " + timeout.toSeconds()
                        + " s (log: " + dir.resolve("tlc.log") + ")");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while TLC checked " + module.name(), e);
        } finally {
            TlcRun.deleteRecursively(metadir);
        }
        Duration elapsed = Duration.ofNanos(System.nanoTime() - start);
        TlcOutput.Result result = TlcOutput.parse(output, List.of());
        if (result.verdict().kind() == io.s3witness.specs.Verdict.Kind.INVARIANT && !result.trace().isEmpty()) {
            return new Run(module, violated(module, result), elapsed, cpu, result.distinctStates().orElse(0));
        }
        if (result.verdict().kind() != io.s3witness.specs.Verdict.Kind.PASS) {
            throw new TlcFailure("TLC did not finish checking " + module.name() + ": " + result.verdict().label()
                    + " " + result.verdict().detail().strip() + " (log: " + dir.resolve("tlc.log")
                    + ")");
        }
        return new Run(module, verdicts(module, output), elapsed, cpu, result.distinctStates().orElse(0));
    }

    /** Reads the TRACE-END / TRACE-STUCK lines: per trace, accepted, or the deepest stuck position. */
    static List<Verdict> verdicts(TraceModule module, String output) {
        Map<Integer, Boolean> ended = new HashMap<>();
        Map<Integer, String[]> deepest = new HashMap<>();
        for (String text : output.split("\n")) {
            Matcher m = MARK.matcher(text.strip());
            if (!m.matches()) {
                continue;
            }
            int t = Integer.parseInt(m.group(2));
            int position = Integer.parseInt(m.group(3));
            if (m.group(1).equals("END")) {
                ended.put(t, true);
            } else {
                String[] before = deepest.get(t);
                if (before == null || Integer.parseInt(before[0]) < position) {
                    deepest.put(t, new String[] {String.valueOf(position), unescape(m.group(4)),
                        unescape(m.group(5))});
                }
            }
        }
        List<Verdict> verdicts = new ArrayList<>();
        for (int i = 0; i < module.traces().size(); i++) {
            TraceFile trace = module.traces().get(i);
            String[] stuck = deepest.get(i + 1);
            if (ended.containsKey(i + 1)) {
                verdicts.add(new Verdict(trace, true, 0, "", ""));
            } else if (stuck != null) {
                int position = Integer.parseInt(stuck[0]);
                verdicts.add(new Verdict(trace, false, module.fileLine(i, position), stuck[1], stuck[2]));
            } else {
                verdicts.add(new Verdict(trace, false, 1, "WitnessReplace",
                        "TLC reported nothing for this trace (no initial state?)"));
            }
        }
        return verdicts;
    }

    /**
     * A state a trace reached violates one of the spec's invariants: that trace is rejected at the line that led to
     * the state. TLC stops at the first violation, so the batch's other traces are reported as not checked.
     */
    static List<Verdict> violated(TraceModule module, TlcOutput.Result result) {
        Map<String, String> last = result.trace().get(result.trace().size() - 1).variables();
        int t = Integer.parseInt(last.getOrDefault("t", "0").strip());
        int l = Integer.parseInt(last.getOrDefault("l", "0").strip());
        List<Verdict> verdicts = new ArrayList<>();
        for (int i = 0; i < module.traces().size(); i++) {
            TraceFile trace = module.traces().get(i);
            if (i + 1 == t) {
                String action = l <= 1 ? "WitnessReplace" : trace.steps().get(l - 2).action();
                verdicts.add(new Verdict(trace, false, module.fileLine(i, l), action, "the spec can take this step,"
                        + " but the state after it violates " + result.verdict().name()));
            } else {
                verdicts.add(new Verdict(trace, false, 0, "", "not checked: TLC stopped at a violation in "
                        + module.traces().get(t - 1).file()));
            }
        }
        return verdicts;
    }

    private static String unescape(String tla) {
        return tla.replace("\\\"", "\"").replace("\\\\", "\\");
    }

    /** The spec modules and TraceCacheCoherence.cfg, copied so that the generated TraceData can replace specs' own. */
    private void copySpecs(Path dir) throws IOException {
        if (!Files.isRegularFile(specsDir.resolve("TraceCacheCoherence.cfg"))) {
            throw new IOException("no TraceCacheCoherence.cfg in " + specsDir);
        }
        try (DirectoryStream<Path> tla = Files.newDirectoryStream(specsDir, "*.{tla,cfg}")) {
            for (Path p : tla) {
                String n = p.getFileName().toString();
                if (n.endsWith(".tla") || n.equals("TraceCacheCoherence.cfg")) {
                    Files.copy(p, dir.resolve(n), StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }

    private static void drain(InputStream in, StringBuilder out) {
        try (in) {
            out.append(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            out.append("\n(reading TLC's output failed: ").append(e).append(")\n");
        }
    }
}
