package io.s3witness.frontend;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Debian's awscli (the {@code awscli} package, /usr/bin/aws, botocore's own SigV4) against our server. Called by
 * its full path: another {@code aws} (AWS CLI v2, pyenv shims) may come first on the PATH. Installed with apt-get
 * when missing under CI=true; skipped, saying so, elsewhere.
 */
class AwsCliIT {
    private static final Path AWS = Path.of("/usr/bin/aws");
    private static LocalServer local;
    @TempDir
    static Path home;

    record Result(int exit, String out, String err) {
    }

    @BeforeAll
    static void start() throws Exception {
        ensureAwsCli();
        local = LocalServer.strong();
        Files.writeString(home.resolve("config"), "[default]\nregion = us-east-1\ns3 =\n    addressing_style = path\n");
    }

    @AfterAll
    static void stop() {
        if (local != null) {
            local.close();
        }
    }

    private static void ensureAwsCli() throws IOException, InterruptedException {
        if (Files.isExecutable(AWS)) {
            return;
        }
        if (!"true".equals(System.getenv("CI"))) {
            Assumptions.abort("AwsCliIT skipped: /usr/bin/aws (Debian package awscli) is not installed; "
                    + "install it with `apt-get install -y awscli`, or run with CI=true to let the test install it");
        }
        System.err.println("AwsCliIT: installing Debian's awscli (apt-get install -y awscli)");
        Process p = new ProcessBuilder("sh", "-c",
                "apt-get update -q && DEBIAN_FRONTEND=noninteractive apt-get install -y -q awscli")
                .inheritIO().start();
        if (!p.waitFor(10, TimeUnit.MINUTES) || p.exitValue() != 0 || !Files.isExecutable(AWS)) {
            throw new IllegalStateException("CI=true but `apt-get install -y awscli` did not provide " + AWS);
        }
    }

    private static Result aws(String secret, String... args) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of(AWS.toString(), "--endpoint-url", local.server.endpoint().toString(),
                "--no-cli-pager", "--output", "json"));
        cmd.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(cmd);
        pb.environment().keySet().removeIf(k -> k.startsWith("AWS_"));
        pb.environment().put("HOME", home.toString());
        pb.environment().put("AWS_CONFIG_FILE", home.resolve("config").toString());
        pb.environment().put("AWS_SHARED_CREDENTIALS_FILE", home.resolve("none").toString());
        pb.environment().put("AWS_ACCESS_KEY_ID", LocalServer.CREDENTIALS.accessKey());
        pb.environment().put("AWS_SECRET_ACCESS_KEY", secret);
        pb.environment().put("AWS_EC2_METADATA_DISABLED", "true");
        Path out = Files.createTempFile(home, "out", ".txt");
        Path err = Files.createTempFile(home, "err", ".txt");
        Process p = pb.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        if (!p.waitFor(2, TimeUnit.MINUTES)) {
            p.destroyForcibly();
            throw new IllegalStateException("aws " + String.join(" ", args) + " did not finish in 2 minutes");
        }
        return new Result(p.exitValue(), Files.readString(out), Files.readString(err));
    }

    private static Result ok(String... args) throws IOException, InterruptedException {
        Result r = aws(LocalServer.CREDENTIALS.secretKey(), args);
        assertEquals(0, r.exit(), "aws " + String.join(" ", args) + " failed: " + r.err());
        return r;
    }

    @Test
    void theDebianCliDrivesEveryOperation() throws Exception {
        ok("s3", "mb", "s3://cli-bucket");
        ok("s3api", "put-bucket-versioning", "--bucket", "cli-bucket", "--versioning-configuration", "Status=Enabled");
        assertTrue(ok("s3api", "get-bucket-versioning", "--bucket", "cli-bucket").out().contains("Enabled"));

        Path file = home.resolve("hello.txt");
        Files.writeString(file, "hello from awscli");
        String md5 = HexFormat.of().formatHex(Hashing.md5("hello from awscli".getBytes(StandardCharsets.UTF_8)));
        ok("s3", "cp", file.toString(), "s3://cli-bucket/dir/hello world.txt");
        ok("s3", "cp", file.toString(), "s3://cli-bucket/dir/second.txt");
        Result ls = ok("s3", "ls", "s3://cli-bucket/dir/");
        assertTrue(ls.out().contains("hello world.txt") && ls.out().contains("second.txt"), ls.out());

        Path back = home.resolve("back.txt");
        ok("s3", "cp", "s3://cli-bucket/dir/hello world.txt", back.toString());
        assertEquals("hello from awscli", Files.readString(back));
        assertTrue(ok("s3api", "head-object", "--bucket", "cli-bucket", "--key", "dir/hello world.txt").out()
                .contains(md5), "HEAD must report the MD5 ETag");
        Result v2 = ok("s3api", "list-objects-v2", "--bucket", "cli-bucket", "--prefix", "dir/", "--max-keys", "1");
        assertTrue(v2.out().contains("\"dir/hello world.txt\""), v2.out());

        ok("s3", "rm", "s3://cli-bucket/dir/hello world.txt");
        Result gone = aws(LocalServer.CREDENTIALS.secretKey(), "s3api", "head-object", "--bucket", "cli-bucket",
                "--key", "dir/hello world.txt");
        assertNotEquals(0, gone.exit());
        assertTrue(gone.err().contains("404"), gone.err());
        Result versions = ok("s3api", "list-object-versions", "--bucket", "cli-bucket", "--prefix", "dir/hello");
        assertTrue(versions.out().contains("DeleteMarkers") && versions.out().contains(md5), versions.out());
    }

    @Test
    void aWrongSecretIsRefused() throws Exception {
        Result r = aws("not-the-secret", "s3api", "list-buckets");
        assertNotEquals(0, r.exit());
        assertTrue(r.err().contains("SignatureDoesNotMatch"), r.err());
    }
}
