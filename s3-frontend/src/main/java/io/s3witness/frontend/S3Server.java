package io.s3witness.frontend;

import com.sun.net.httpserver.HttpServer;
import io.s3witness.store.Faults;
import io.s3witness.store.StoreConfig;
import io.s3witness.store.Versioning;
import io.s3witness.store.history.HistoryRecorder;
import java.io.IOException;
import java.io.PrintStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/** The S3 REST front end of the reference store on the JDK's HTTP server: start, serve, stop. */
public final class S3Server implements AutoCloseable {
    static {
        // Without TCP_NODELAY small responses wait for the client's delayed ACK (Nagle): ~40 ms a request. Read once,
        // when the JDK server's configuration class loads, so it is set before the first server is created.
        if (System.getProperty("sun.net.httpserver.nodelay") == null) {
            System.setProperty("sun.net.httpserver.nodelay", "true");
        }
    }

    private final HttpServer http;
    private final ExecutorService pool;
    private final BucketRegistry registry;
    private final FaultDriver faults;

    private S3Server(HttpServer http, ExecutorService pool, BucketRegistry registry, FaultDriver faults) {
        this.http = http;
        this.pool = pool;
        this.registry = registry;
        this.faults = faults;
    }

    /** Starts listening; fault messages (one line per fault applied) go to {@code log}. */
    public static S3Server start(ServerConfig config, PrintStream log) throws IOException {
        FaultPlan plan = FaultPlan.parse(config.faults());
        BucketRegistry registry = new BucketRegistry(
                new StoreConfig(config.mode(), config.cacheNodes(), Versioning.UNVERSIONED, config.seed()));
        FaultDriver driver = new FaultDriver(plan, registry, log::println);
        HttpServer http = HttpServer.create(new InetSocketAddress(config.bindAddress(), config.port()), 128);
        ExecutorService pool = Executors.newFixedThreadPool(32, r -> {
            Thread t = new Thread(r, "s3-witness-http");
            t.setDaemon(true);
            return t;
        });
        http.setExecutor(pool);
        http.createContext("/", new S3Handler(registry, config.credentials(), config.maxObjectBytes(), driver));
        http.start();
        driver.start();
        return new S3Server(http, pool, registry, driver);
    }

    public int port() {
        return http.getAddress().getPort();
    }

    public URI endpoint() {
        return URI.create("http://" + http.getAddress().getHostString() + ":" + port());
    }

    /**
     * Creates bucket {@code name} with the given versioning and a store that records every operation it serves into
     * {@code history} (server-side times; each HTTP connection is one process).
     */
    public void recordBucket(String name, Versioning versioning, HistoryRecorder history) {
        registry.createRecorded(name, versioning, history);
    }

    /** The fault API of every bucket's store at once (for tests and the demo). */
    public Faults faults() {
        return registry;
    }

    @Override
    public void close() {
        faults.close();
        http.stop(0);
        pool.shutdownNow();
        try {
            pool.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
