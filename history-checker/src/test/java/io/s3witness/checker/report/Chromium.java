package io.s3witness.checker.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Debian's headless Chromium, run once per page with a fresh profile and nothing that talks to
 * the network. In CI (CI=true) a missing browser is installed with ci/install-chromium; outside
 * CI the browser tests are skipped with a message saying so.
 */
final class Chromium {
  private static final List<String> FLAGS = List.of("--headless", "--no-sandbox", "--disable-gpu",
      "--disable-background-networking", "--disable-component-update", "--disable-sync",
      "--no-first-run", "--disable-quic", "--disable-dev-shm-usage",
      // Lets the page's script run to completion before the DOM or the picture is taken.
      "--virtual-time-budget=5000");

  private final Path executable;

  private Chromium(Path executable) {
    this.executable = executable;
  }

  /** The browser, or null with {@link #whyAbsent()} saying why. */
  static Chromium find() {
    Path found = locate();
    if (found == null && "true".equals(System.getenv("CI"))) {
      install();
      found = locate();
      if (found == null) {
        throw new AssertionError("CI=true but chromium is still missing after"
            + " ci/install-chromium (see its output above)");
      }
    }
    return found == null ? null : new Chromium(found);
  }

  static String whyAbsent() {
    return "chromium is not installed (looked for /usr/bin/chromium and chromium on PATH):"
        + " the browser tests are skipped; install it with ci/install-chromium --force (as root)"
        + " or apt-get install chromium. In CI (CI=true) it is installed automatically.";
  }

  private static Path locate() {
    List<Path> candidates = new ArrayList<>(List.of(Path.of("/usr/bin/chromium")));
    for (String dir : System.getenv().getOrDefault("PATH", "").split(":")) {
      if (!dir.isEmpty()) {
        candidates.add(Path.of(dir, "chromium"));
      }
    }
    return candidates.stream().filter(Files::isExecutable).findFirst().orElse(null);
  }

  private static void install() {
    for (Path script : List.of(Path.of("../ci/install-chromium"), Path.of("ci/install-chromium"))) {
      if (Files.isExecutable(script)) {
        try {
          Process p = new ProcessBuilder(script.toString()).inheritIO().start();
          if (!p.waitFor(15, TimeUnit.MINUTES)) {
            p.destroyForcibly();
          }
        } catch (IOException e) {
          throw new AssertionError("cannot run " + script + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
        return;
      }
    }
  }

  /** A profile is several megabytes; one per run would pile up in target/. */
  private static void deleteTree(Path dir) throws IOException {
    try (var paths = Files.walk(dir)) {
      for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    } catch (java.io.UncheckedIOException | java.nio.file.NoSuchFileException e) {
      // Chromium may still be removing its own files; what is left is only a temporary profile.
    }
  }

  /** The DOM after the page's script ran, serialised. */
  String dumpDom(Path page, Path workDir) throws IOException, InterruptedException {
    Path out = workDir.resolve(page.getFileName() + ".dom.html");
    run(workDir, out, "--dump-dom", page.toUri().toString());
    return Files.readString(out, StandardCharsets.UTF_8);
  }

  /** A 1400x900 picture of the page. */
  void screenshot(Path page, Path png, Path workDir) throws IOException, InterruptedException {
    Files.deleteIfExists(png);
    run(workDir, workDir.resolve(page.getFileName() + ".shot.log"),
        "--screenshot=" + png.toAbsolutePath(), "--window-size=1400,900",
        "--hide-scrollbars", page.toUri().toString());
    if (!Files.isRegularFile(png)) {
      throw new AssertionError("chromium wrote no screenshot " + png);
    }
  }

  private void run(Path workDir, Path stdout, String... args)
      throws IOException, InterruptedException {
    Path profile = Files.createTempDirectory(workDir, "chromium-profile");
    List<String> command = new ArrayList<>();
    command.add(executable.toString());
    command.addAll(FLAGS);
    command.add("--user-data-dir=" + profile.toAbsolutePath());
    command.addAll(List.of(args));
    Path stderr = workDir.resolve(stdout.getFileName() + ".stderr");
    Process p = new ProcessBuilder(command).redirectOutput(stdout.toFile())
        .redirectError(stderr.toFile()).start();
    try {
      if (!p.waitFor(120, TimeUnit.SECONDS)) {
        p.destroyForcibly();
        throw new AssertionError("chromium did not finish within 120 s: " + command);
      }
    } finally {
      deleteTree(profile);
    }
    if (p.exitValue() != 0) {
      throw new AssertionError("chromium exited with " + p.exitValue() + ": "
          + Files.readString(stderr));
    }
  }
}
