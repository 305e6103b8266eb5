package io.s3witness.recorder;

import java.util.List;
import java.util.SplittableRandom;

/**
 * Wraps a store and makes some calls end badly, seeded: a refusal before the call ({@code fail}),
 * or a lost response, either before or after the wrapped store applied the call ({@code info}).
 */
final class FlakyStore implements StoreClient {
    interface Call<T> {
        T run() throws StoreException;
    }

    private final StoreClient inner;
    private final SplittableRandom random;
    private final double refuse;
    private final double lose;

    FlakyStore(StoreClient inner, long seed, double refuse, double lose) {
        this.inner = inner;
        this.random = new SplittableRandom(seed);
        this.refuse = refuse;
        this.lose = lose;
    }

    private <T> T call(Call<T> c) throws StoreException {
        double r;
        boolean applyFirst;
        synchronized (random) {
            r = random.nextDouble();
            applyFirst = random.nextBoolean();
        }
        if (r < refuse) {
            throw StoreException.definite("HTTP 403 AccessDenied");
        }
        if (r < refuse + lose) {
            if (applyFirst) {
                c.run();
            }
            throw StoreException.indeterminate("timeout");
        }
        return c.run();
    }

    @Override
    public void prepareBucket(Versioning versioning) throws StoreException {
        inner.prepareBucket(versioning);
    }

    @Override
    public String put(String key, byte[] content) throws StoreException {
        return call(() -> inner.put(key, content));
    }

    @Override
    public ObjectState get(String key) throws StoreException {
        return call(() -> inner.get(key));
    }

    @Override
    public ObjectState head(String key) throws StoreException {
        return call(() -> inner.head(key));
    }

    @Override
    public ObjectState getVersion(String key, String version) throws StoreException {
        return call(() -> inner.getVersion(key, version));
    }

    @Override
    public DeleteResult delete(String key) throws StoreException {
        return call(() -> inner.delete(key));
    }

    @Override
    public String deleteVersion(String key, String version) throws StoreException {
        return call(() -> inner.deleteVersion(key, version));
    }

    @Override
    public List<ListedKey> list(String prefix) throws StoreException {
        return call(() -> inner.list(prefix));
    }

    @Override
    public List<VersionEntry> listVersions(String key) throws StoreException {
        return call(() -> inner.listVersions(key));
    }

    @Override
    public void close() {
        inner.close();
    }
}
