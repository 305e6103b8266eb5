package io.s3witness.recorder;

import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code record}: drive an S3 endpoint with concurrent clients and write the history. */
@Command(name = "record", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Drives an S3 endpoint with concurrent clients and writes the history as JSON Lines "
                + "(one event a line, flushed as it goes).")
public final class RecordCommand implements Callable<Integer> {
    static final int EXIT_BAD_INPUT = 2;
    static final int EXIT_STORE_ERROR = 1;

    @Option(names = "--endpoint", required = true, description = "S3 endpoint URL, e.g. http://127.0.0.1:9000")
    String endpoint;
    @Option(names = "--bucket", required = true, description = "bucket; created if missing")
    String bucket;
    @Option(names = "--clients", defaultValue = "8", description = "concurrent clients, one thread each (default ${DEFAULT-VALUE})")
    int clients;
    @Option(names = "--keys", defaultValue = "16", description = "distinct keys (default ${DEFAULT-VALUE})")
    int keys;
    @Option(names = "--ops", defaultValue = "5000", description = "operations in total (default ${DEFAULT-VALUE})")
    int ops;
    @Option(names = "--mix", description = "weights, e.g. put=40,get=40,delete=10,list=10; also head, get-version, "
            + "delete-version, list-versions (default: " + OpMix.DEFAULT_UNVERSIONED + ", or with versioning "
            + OpMix.DEFAULT_VERSIONED + ")")
    String mix;
    @Option(names = "--versioning", defaultValue = "off", description = "on, off or suspended (default ${DEFAULT-VALUE})")
    String versioning;
    @Option(names = "--out", required = true, description = "history file to write")
    Path out;
    @Option(names = "--seed", defaultValue = "1", description = "seed of the clients' choices (default ${DEFAULT-VALUE})")
    long seed;
    @Option(names = "--key-prefix", description = "prefix of every key (default: a fresh one per run)")
    String keyPrefix;
    @Option(names = "--value-size", defaultValue = "64", description = "bytes per PUT (default ${DEFAULT-VALUE})")
    int valueSize;
    @Option(names = "--path-style", description = "path-style addressing (http://host/bucket/key)")
    boolean pathStyle;
    @Option(names = "--no-chunked-encoding", description = "send PUT bodies plainly, not aws-chunked")
    boolean noChunkedEncoding;
    @Option(names = "--checksum-when-required", description = "send and validate checksums only when S3 requires them")
    boolean checksumWhenRequired;
    @Mixin
    CredentialOptions credentials;
    @Option(names = "--region", defaultValue = "${env:AWS_REGION:-us-east-1}", description = "default: $AWS_REGION or us-east-1")
    String region;
    @Option(names = "--timeout", defaultValue = "5s", description = "per-request timeout; a timed-out request is recorded as info (default ${DEFAULT-VALUE})")
    String timeout;

    @Override
    public Integer call() {
        PrintStream err = System.err;
        RecorderConfig config;
        S3Settings settings;
        try {
            Versioning v = Versioning.parse(versioning);
            OpMix opMix = mix == null ? OpMix.defaultFor(v) : OpMix.parse(mix, v);
            String prefix = keyPrefix != null ? keyPrefix
                    : "s3w-" + Long.toString(System.currentTimeMillis(), 36) + "-" + seed + "/";
            config = new RecorderConfig(clients, keys, ops, opMix, v, seed, prefix, valueSize);
            settings = new S3Settings(parseEndpoint(endpoint), bucket, region, credentials.accessKey(), credentials.secretKey(), pathStyle,
                    !noChunkedEncoding, checksumWhenRequired, DurationParser.parse("--timeout", timeout));
        } catch (IllegalArgumentException e) {
            err.println("record: " + e.getMessage());
            return EXIT_BAD_INPUT;
        }
        err.printf("recording %d operations by %d clients on %d keys under %s%s at %s (versioning %s, mix %s, seed %d)%n",
                config.ops(), config.clients(), config.keys(), bucket + "/", config.keyPrefix(), endpoint,
                config.versioning().metaName(), config.mix(), config.seed());
        try {
            Recorder.Summary s = record(config, settings, out, FaultSchedule.NONE, err);
            err.println("history: " + out.toAbsolutePath() + " (" + s.operations() + " operations)");
            return 0;
        } catch (StoreException e) {
            err.println("record: " + e.getMessage());
            return EXIT_STORE_ERROR;
        } catch (IOException e) {
            err.println("record: cannot write " + out + ": " + e.getMessage());
            return EXIT_STORE_ERROR;
        }
    }

    /**
     * Prepares the bucket and records one history: the entry point for tests and for a demo that
     * plugs in a fault schedule.
     */
    public static Recorder.Summary record(RecorderConfig config, S3Settings settings, Path out, FaultSchedule faults,
                                          PrintStream progress) throws StoreException, IOException {
        try (S3StoreClient store = new S3StoreClient(settings)) {
            store.prepareBucket(config.versioning());
            try (HistoryWriter history = HistoryWriter.create(out)) {
                return new Recorder(config, store, history, faults).run(progress, Duration.ofSeconds(2));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("interrupted", e);
            }
        }
    }

    private static URI parseEndpoint(String text) {
        try {
            return new URI(text);
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("--endpoint: not a URL: '" + text + "'");
        }
    }

    public static void main(String[] args) {
        RecorderMain.quietLogging();
        System.exit(RecorderMain.commandLine().execute(args));
    }
}
