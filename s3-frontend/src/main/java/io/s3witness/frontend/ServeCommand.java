package io.s3witness.frontend;

import io.s3witness.recorder.CredentialOptions;
import io.s3witness.store.Mode;
import io.s3witness.store.Versioning;
import io.s3witness.store.history.JsonLinesRecorder;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.io.IOException;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code serve}: the reference store behind the S3 REST API until interrupted. */
@Command(name = "serve", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Serves the reference store over the S3 REST API (path style, SigV4) until stopped.")
final class ServeCommand implements Callable<Integer> {
    @Option(names = "--mode", defaultValue = "strong", description = "strong or eventual (default ${DEFAULT-VALUE})")
    String mode;
    @Option(names = "--port", defaultValue = "9000", description = "TCP port, 0 for any free one (default ${DEFAULT-VALUE})")
    int port;
    @Option(names = "--bind", defaultValue = "127.0.0.1", description = "address to listen on (default ${DEFAULT-VALUE})")
    String bind;
    @Option(names = "--cache-nodes", defaultValue = "3", description = "cache nodes per bucket (default ${DEFAULT-VALUE})")
    int cacheNodes;
    @Option(names = "--faults", description = "fault schedule, e.g. every:200ms:impair-node,replace-witness (see README)")
    String faults;
    @Option(names = "--seed", defaultValue = "1", description = "seed of the stores' randomness (default ${DEFAULT-VALUE})")
    long seed;
    @Mixin
    CredentialOptions credentials;
    @Option(names = "--max-object-size", defaultValue = "16777216", description = "bytes; larger PUTs get 413 EntityTooLarge (default ${DEFAULT-VALUE})")
    long maxObjectSize;

    @Option(names = "--record", description = "write the server-side history of one bucket (JSON Lines) to FILE")
    java.nio.file.Path record;
    @Option(names = "--record-bucket", defaultValue = "witness", description = "the bucket --record creates and records (default ${DEFAULT-VALUE})")
    String recordBucket;
    @Option(names = "--record-versioning", defaultValue = "on", description = "its versioning, fixed: on, off or suspended (default ${DEFAULT-VALUE})")
    String recordVersioning;

    @Override
    public Integer call() throws IOException, InterruptedException {
        ServerConfig config;
        try {
            config = new ServerConfig(bind, port, parseMode(mode), cacheNodes, seed,
                    new Credentials(credentials.accessKey(), credentials.secretKey()), maxObjectSize, faults);
            FaultPlan.parse(faults);
        } catch (IllegalArgumentException e) {
            System.err.println("serve: " + e.getMessage());
            return Main.EXIT_USAGE;
        }
        Versioning versioning;
        try {
            versioning = parseVersioning(recordVersioning);
        } catch (IllegalArgumentException e) {
            System.err.println("serve: " + e.getMessage());
            return Main.EXIT_USAGE;
        }
        S3Server server = S3Server.start(config, System.err);
        if (record != null) {
            // Autoflush: PrintStream flushes at every newline, so each event is on disk once written.
            PrintStream history = new PrintStream(Files.newOutputStream(record), true, StandardCharsets.UTF_8);
            try {
                server.recordBucket(recordBucket, versioning, new JsonLinesRecorder(history, versioning));
            } catch (IllegalArgumentException e) {
                System.err.println("serve: --record-bucket: " + e.getMessage());
                server.close();
                return Main.EXIT_USAGE;
            }
            System.err.println("s3-witness: recording bucket '" + recordBucket + "' (versioning "
                    + versioning.historyName() + ") to " + record.toAbsolutePath());
        }
        System.err.println("s3-witness: serving " + config.mode().name().toLowerCase(Locale.ROOT) + " mode, "
                + cacheNodes + " cache nodes per bucket, at " + server.endpoint()
                + (faults == null ? "" : ", faults " + faults) + " (Ctrl-C stops)");
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            stopped.countDown();
        }));
        stopped.await();
        return 0;
    }

    static Versioning parseVersioning(String text) {
        return switch (text.toLowerCase(Locale.ROOT)) {
            case "on", "enabled" -> Versioning.ENABLED;
            case "off", "unversioned" -> Versioning.UNVERSIONED;
            case "suspended" -> Versioning.SUSPENDED;
            default -> throw new IllegalArgumentException("--record-versioning: expected on, off or suspended, got '"
                    + text + "'");
        };
    }

    static Mode parseMode(String text) {
        return switch (text.toLowerCase(Locale.ROOT)) {
            case "strong" -> Mode.STRONG;
            case "eventual" -> Mode.EVENTUAL;
            default -> throw new IllegalArgumentException("--mode: expected strong or eventual, got '" + text + "'");
        };
    }
}
