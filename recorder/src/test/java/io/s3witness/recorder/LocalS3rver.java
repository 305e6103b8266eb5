package io.s3witness.recorder;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/**
 * s3rver (the npm package, a mock S3 on the file system) started on 127.0.0.1 for one test, installed
 * with npm into the build directory when missing. Without node and npm the test fails in CI (CI=true),
 * where they must be present, and is skipped with a message elsewhere.
 */
final class LocalS3rver implements AutoCloseable {
    static final String VERSION = "3.7.1";
    static final String CREDENTIALS = "S3RVER";

    private final Process process;
    private final URI endpoint;
    private final Path log;

    private LocalS3rver(Process process, URI endpoint, Path log) {
        this.process = process;
        this.endpoint = endpoint;
        this.log = log;
    }

    static LocalS3rver start(Path dataDir) throws Exception {
        Path node = onPath("node");
        Path npm = onPath("npm");
        Path prefix = Path.of(System.getProperty("s3rver.prefix", "target/npm")).toAbsolutePath();
        Path script = prefix.resolve("node_modules/s3rver/bin/s3rver.js");
        if (!Files.isRegularFile(script)) {
            install(npm, prefix);
        }
        int port = LocalS3Proxy.freePort();
        Path log = prefix.resolve("s3rver-" + port + ".log");
        ProcessBuilder pb = new ProcessBuilder(node.toString(), script.toString(), "--directory", dataDir.toString(),
                "--address", "127.0.0.1", "--port", Integer.toString(port), "--silent")
                .redirectErrorStream(true).redirectOutput(log.toFile());
        // s3rver 3.x hashes with a digest OpenSSL 3 (Node 17+) only offers through the legacy provider.
        pb.environment().put("NODE_OPTIONS", "--openssl-legacy-provider");
        Process p = pb.start();
        LocalS3rver server = new LocalS3rver(p, URI.create("http://127.0.0.1:" + port), log);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (!accepts(port)) {
            if (!p.isAlive() || System.nanoTime() > deadline) {
                server.close();
                fail("s3rver did not start on 127.0.0.1:" + port + ":\n" + Files.readString(log));
            }
            Thread.sleep(100);
        }
        return server;
    }

    private static void install(Path npm, Path prefix) throws Exception {
        Files.createDirectories(prefix);
        Path log = prefix.resolve("npm-install.log");
        System.err.println("installing s3rver@" + VERSION + " into " + prefix + " (log: " + log + ")");
        Process p = new ProcessBuilder(npm.toString(), "install", "--prefix", prefix.toString(),
                "--no-audit", "--no-fund", "--loglevel=error", "s3rver@" + VERSION)
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        if (!p.waitFor(5, TimeUnit.MINUTES)) {
            p.destroyForcibly();
            fail("npm install s3rver@" + VERSION + " took more than 5 minutes; see " + log);
        }
        if (p.exitValue() != 0) {
            fail("npm install s3rver@" + VERSION + " failed (exit " + p.exitValue() + "):\n" + Files.readString(log));
        }
    }

    /** The executable on PATH; fails in CI and skips elsewhere when it is missing. */
    private static Path onPath(String name) {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            Path p = Path.of(dir, name);
            if (Files.isExecutable(p)) {
                return p;
            }
        }
        String message = "'" + name + "' is not on PATH; the s3rver test needs Node.js 20 and npm "
                + "(Debian: apt-get install nodejs npm)";
        if ("true".equalsIgnoreCase(System.getenv("CI"))) {
            fail(message);
        }
        Assumptions.abort(message + " -- skipped outside CI");
        throw new AssertionError("unreachable");
    }

    private static boolean accepts(int port) {
        try (Socket s = new Socket()) {
            s.connect(new InetSocketAddress("127.0.0.1", port), 200);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    S3Settings settings(String bucket) {
        // s3rver does not read aws-chunked bodies.
        return S3Settings.local(endpoint, bucket, CREDENTIALS, CREDENTIALS).withChunkedEncoding(false);
    }

    /** The process and anything it started, ended and waited for. */
    @Override
    public void close() throws InterruptedException {
        List<ProcessHandle> children = process.descendants().toList();
        children.forEach(ProcessHandle::destroy);
        process.destroy();
        if (!process.waitFor(10, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            process.waitFor(10, TimeUnit.SECONDS);
        }
        children.forEach(ProcessHandle::destroyForcibly);
    }

    Path log() {
        return log;
    }
}
