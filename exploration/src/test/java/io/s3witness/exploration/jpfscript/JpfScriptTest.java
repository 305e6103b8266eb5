package io.s3witness.exploration.jpfscript;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.jar.Attributes;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * ci/jpf against a stand-in for JPF ({@link FakeJpf}): how it reads JPF's output into a verdict, what it passes to
 * JPF, and its exit codes. JPF itself is not in the registries CI can reach, so this is what CI can check of it.
 */
class JpfScriptTest {
    static final Path ROOT = Path.of("").toAbsolutePath().getParent();

    @TempDir
    static Path jpfHome;

    /** A RunJPF.jar whose manifest runs FakeJpf from this module's test classes. */
    @BeforeAll
    static void fakeInstallation() throws IOException {
        assumeTrue(Files.isDirectory(ROOT.resolve("reference-impl/target/classes"))
            && Files.isDirectory(ROOT.resolve("exploration/target/classes")),
            "skipped: ci/jpf needs reference-impl and exploration compiled (run from the reactor)");
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        manifest.getMainAttributes().put(Attributes.Name.MAIN_CLASS, FakeJpf.class.getName());
        manifest.getMainAttributes().put(Attributes.Name.CLASS_PATH,
            ROOT.resolve("exploration/target/test-classes").toUri().toString());
        Files.createDirectories(jpfHome.resolve("build"));
        try (OutputStream out = Files.newOutputStream(jpfHome.resolve("build/RunJPF.jar"));
             JarOutputStream jar = new JarOutputStream(out, manifest)) {
            jar.flush();
        }
    }

    record Run(int exit, String out, String err, String jpfArgs) {
    }

    static Run run(String config, String outcome, Map<String, String> extraEnv) throws Exception {
        Path args = Files.createTempFile(jpfHome, "args", ".txt");
        Files.delete(args);
        ProcessBuilder pb = new ProcessBuilder("bash", "ci/jpf", config).directory(ROOT.toFile());
        Map<String, String> env = pb.environment();
        env.put("JPF_HOME", jpfHome.toString());
        env.put("JPF_TIMEOUT", "5");
        env.put("FAKE_JPF_OUTCOME", outcome);
        env.put("FAKE_JPF_ARGS", args.toString());
        env.putAll(extraEnv);
        env.values().removeIf(String::isEmpty);
        Path out = Files.createTempFile(jpfHome, "out", ".txt");
        Path err = Files.createTempFile(jpfHome, "err", ".txt");
        Process p = pb.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        int exit = p.waitFor();
        return new Run(exit, Files.readString(out), Files.readString(err),
            Files.exists(args) ? Files.readString(args) : "");
    }

    static Run run(String config, String outcome) throws Exception {
        return run(config, outcome, Map.of());
    }

    /** The table row of one config: scenario, mode, expected, result, states. */
    static String row(Run r) {
        for (String line : r.out().split("\n")) {
            if (!line.startsWith("scenario ") && !line.startsWith("ci/jpf") && !line.isBlank()) {
                return String.join(" ", line.trim().split("\\s+")).replaceFirst(" [0-9.]+$", "");
            }
        }
        throw new AssertionError("no row in: " + r.out() + r.err());
    }

    @Test
    void aStrongConfigWithNoErrorsPasses() throws Exception {
        Run r = run("delete-race-strong", "none");
        assertEquals("delete-race strong none none 4242", row(r), r.err());
        assertEquals(0, r.exit(), r.err());
    }

    @Test
    void aViolationOnAStrongConfigIsAMismatch() throws Exception {
        Run r = run("delete-race-strong", "violation");
        assertEquals("delete-race strong none violation 77", row(r));
        assertEquals(1, r.exit());
        assertTrue(r.err().contains("expected none, got violation"), r.err());
        assertTrue(r.err().contains("java.lang.AssertionError: delete-race (strong)"), "shows JPF's output: " + r.err());
    }

    @Test
    void theScenariosOwnViolationIsWhatAnEventualConfigExpects() throws Exception {
        Run r = run("delete-race-eventual", "violation");
        assertEquals("delete-race eventual violation violation 77", row(r), r.err());
        assertEquals(0, r.exit(), r.err());
    }

    @Test
    void anEventualConfigWithNoErrorsIsAMismatch() throws Exception {
        Run r = run("delete-race-eventual", "none");
        assertEquals("delete-race eventual violation none 4242", row(r));
        assertEquals(1, r.exit());
    }

    @Test
    void anotherJpfErrorIsNotTheExpectedViolation() throws Exception {
        Run r = run("delete-race-eventual", "deadlock");
        assertEquals("delete-race eventual violation other-error 99", row(r));
        assertEquals(1, r.exit());
    }

    @Test
    void aSearchStoppedByItsBudgetIsATimeoutWithItsStates() throws Exception {
        // JPF's BudgetChecker ends the search with "no errors detected", which must not read as a pass.
        Run r = run("delete-race-strong", "budget");
        assertEquals("delete-race strong none timeout 31337", row(r));
        assertEquals(1, r.exit());
    }

    @Test
    void jpfGetsTheBudgetTheClasspathAndTheConfig() throws Exception {
        Run r = run("delete-race-strong", "none");
        assertTrue(r.jpfArgs().contains("+budget.max_time=5000"), r.jpfArgs());
        assertTrue(r.jpfArgs().contains("+listener=gov.nasa.jpf.listener.BudgetChecker"), r.jpfArgs());
        assertTrue(r.jpfArgs().contains("exploration/target/classes,")
            && r.jpfArgs().contains("reference-impl/target/classes"), r.jpfArgs());
        assertTrue(r.jpfArgs().strip().endsWith("jpf-configs/delete-race-strong.jpf"), r.jpfArgs());
    }

    @Test
    void withoutJpfHomeItSaysItSkipped() throws Exception {
        Map<String, String> env = new HashMap<>();
        env.put("JPF_HOME", "");
        Run r = run("delete-race-strong", "none", env);
        assertEquals(2, r.exit());
        assertTrue(r.err().contains("skipped: JPF_HOME unset"), r.err());
    }

    @Test
    void aBudgetThatIsNotANumberIsRefused() throws Exception {
        Run r = run("delete-race-strong", "none", Map.of("JPF_TIMEOUT", "15m"));
        assertEquals(2, r.exit());
        assertTrue(r.err().contains("JPF_TIMEOUT must be a number of seconds, not '15m'"), r.err());
        assertEquals("", r.jpfArgs(), "JPF must not have run");
    }
}
