package io.s3witness.recorder;

import java.io.IOException;
import java.lang.reflect.Method;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.util.Properties;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.gaul.s3proxy.AuthenticationType;
import org.gaul.s3proxy.Main;
import org.gaul.s3proxy.S3Proxy;
import org.jclouds.ContextBuilder;
import org.jclouds.blobstore.BlobStore;
import org.jclouds.blobstore.BlobStoreContext;

/**
 * S3Proxy in this JVM on 127.0.0.1, backed by jclouds' in-memory {@code transient} provider.
 *
 * <p>Eventual consistency is S3Proxy's own middleware, configured by its documented properties
 * ({@code s3proxy.eventual-consistency}, {@code .delay} in seconds, {@code .probability}). S3Proxy
 * builds its middleware only in its {@code main}, so it is reached here through that private
 * factory with exactly those properties rather than re-created.
 */
final class LocalS3Proxy implements AutoCloseable {
    static final String ACCESS_KEY = "local-identity";
    static final String SECRET_KEY = "local-credential";

    private final S3Proxy proxy;
    private final BlobStoreContext context;
    private final ExecutorService executor;
    private final URI endpoint;

    private LocalS3Proxy(S3Proxy proxy, BlobStoreContext context, ExecutorService executor, URI endpoint) {
        this.proxy = proxy;
        this.context = context;
        this.executor = executor;
        this.endpoint = endpoint;
    }

    static LocalS3Proxy strong() throws Exception {
        return start(new Properties());
    }

    /** Writes become visible to reads after {@code delaySeconds}, each with the given probability. */
    static LocalS3Proxy eventual(int delaySeconds, double probability) throws Exception {
        Properties p = new Properties();
        p.setProperty("s3proxy.eventual-consistency", "true");
        p.setProperty("s3proxy.eventual-consistency.delay", Integer.toString(delaySeconds));
        p.setProperty("s3proxy.eventual-consistency.probability", Double.toString(probability));
        // The store the delayed reads come from, configured as S3Proxy's "alt." backend.
        p.setProperty("alt.jclouds.provider", "transient");
        p.setProperty("alt.jclouds.identity", ACCESS_KEY);
        p.setProperty("alt.jclouds.credential", SECRET_KEY);
        return start(p);
    }

    private static LocalS3Proxy start(Properties middleware) throws Exception {
        BlobStoreContext context = ContextBuilder.newBuilder("transient")
                .credentials(ACCESS_KEY, SECRET_KEY).build(BlobStoreContext.class);
        ExecutorService executor = Executors.newCachedThreadPool();
        BlobStore store = context.getBlobStore();
        if (!middleware.isEmpty()) {
            Method m = Main.class.getDeclaredMethod("parseMiddlewareProperties", BlobStore.class,
                    ExecutorService.class, Properties.class);
            m.setAccessible(true);
            store = (BlobStore) m.invoke(null, store, executor, middleware);
        }
        URI endpoint = URI.create("http://127.0.0.1:" + freePort());
        S3Proxy proxy = S3Proxy.builder().blobStore(store).endpoint(endpoint)
                .awsAuthentication(AuthenticationType.AWS_V2_OR_V4, ACCESS_KEY, SECRET_KEY)
                .ignoreUnknownHeaders(true)
                .build();
        proxy.start();
        while (!"STARTED".equals(proxy.getState())) {
            Thread.sleep(10);
        }
        return new LocalS3Proxy(proxy, context, executor, endpoint);
    }

    static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        }
    }

    URI endpoint() {
        return endpoint;
    }

    S3Settings settings(String bucket) {
        return S3Settings.local(endpoint, bucket, ACCESS_KEY, SECRET_KEY);
    }

    @Override
    public void close() throws Exception {
        proxy.stop();
        context.close();
        executor.shutdownNow();
    }
}
