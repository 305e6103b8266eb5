package io.s3witness.recorder;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * An atomic S3 object store in memory, for testing the recorder without HTTP: every method holds
 * one lock, so each operation takes effect at one instant inside its call. {@code staleReads} makes
 * GET return the version below the newest (so only on a versioned bucket, where there is one),
 * an anomaly the checker must find.
 */
final class InMemoryStore implements StoreClient {
    private record Entry(String version, String digest, boolean marker) { }

    private final Map<String, LinkedList<Entry>> stacks = new TreeMap<>();
    private final boolean staleReads;
    private Versioning versioning = Versioning.UNVERSIONED;
    private long nextVersion = 1;

    InMemoryStore(boolean staleReads) {
        this.staleReads = staleReads;
    }

    @Override
    public synchronized void prepareBucket(Versioning v) {
        versioning = v;
    }

    private LinkedList<Entry> stack(String key) {
        return stacks.computeIfAbsent(key, k -> new LinkedList<>());
    }

    private String push(String key, String digest, boolean marker) {
        LinkedList<Entry> s = stack(key);
        String v = versioning == Versioning.ENABLED ? "v" + nextVersion++ : S3StoreClient.NULL_VERSION;
        if (versioning != Versioning.ENABLED) {
            s.removeIf(e -> e.version().equals(S3StoreClient.NULL_VERSION));
        }
        if (versioning == Versioning.UNVERSIONED && marker) {
            return v;
        }
        s.addFirst(new Entry(v, digest, marker));
        return v;
    }

    @Override
    public synchronized String put(String key, byte[] content) {
        return push(key, S3StoreClient.digest(content), false);
    }

    @Override
    public synchronized ObjectState get(String key) {
        LinkedList<Entry> s = stack(key);
        Entry e = staleReads && s.size() > 1 ? s.get(1) : s.peekFirst();
        return e == null || e.marker() ? null : new ObjectState(e.digest(), e.version());
    }

    @Override
    public synchronized ObjectState head(String key) {
        Entry e = stack(key).peekFirst();
        return e == null || e.marker() ? null : new ObjectState(e.digest(), e.version());
    }

    @Override
    public synchronized ObjectState getVersion(String key, String version) {
        for (Entry e : stack(key)) {
            if (e.version().equals(version)) {
                return e.marker() ? null : new ObjectState(e.digest(), e.version());
            }
        }
        return null;
    }

    @Override
    public synchronized DeleteResult delete(String key) {
        if (versioning == Versioning.UNVERSIONED) {
            stack(key).clear();
            return new DeleteResult(null, false);
        }
        return new DeleteResult(push(key, null, true), true);
    }

    @Override
    public synchronized String deleteVersion(String key, String version) {
        stack(key).removeIf(e -> e.version().equals(version));
        return version;
    }

    @Override
    public synchronized List<ListedKey> list(String prefix) {
        List<ListedKey> out = new ArrayList<>();
        stacks.forEach((k, s) -> {
            Entry e = s.peekFirst();
            if (k.startsWith(prefix) && e != null && !e.marker()) {
                out.add(new ListedKey(k, e.digest(), null));
            }
        });
        return out;
    }

    @Override
    public synchronized List<VersionEntry> listVersions(String key) {
        List<VersionEntry> out = new ArrayList<>();
        for (Entry e : stack(key)) {
            out.add(new VersionEntry(e.version(), e.digest(), e.marker()));
        }
        return out;
    }

    /** The digests of the newest versions, for assertions. */
    synchronized Map<String, String> latest() {
        Map<String, String> out = new HashMap<>();
        stacks.forEach((k, s) -> {
            if (!s.isEmpty()) {
                out.put(k, s.peekFirst().digest());
            }
        });
        return out;
    }

    @Override
    public void close() { }
}
