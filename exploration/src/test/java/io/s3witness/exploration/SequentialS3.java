package io.s3witness.exploration;

import io.s3witness.store.ContentDigest;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The sequential semantics of one versioning-enabled S3 bucket (DESIGN §1), written independently of the reference
 * store: Lincheck's sequential specification for {@link StoreOperations}. Same public methods, same answers. A version
 * id is the 16-hex-digit form of the key's mutation count at the time (every PUT, DELETE and DELETE-version counts),
 * as the store's ordering log numbers them; faults change nothing here.
 */
public final class SequentialS3 {
    /** One entry of a key's stack: a version (content) or a delete marker (content null). */
    private record Entry(String versionId, String content) {
    }

    private final Map<String, List<Entry>> stacks = new HashMap<>();
    private final Map<String, Long> mutations = new HashMap<>();

    private String nextVersionId(String key) {
        long n = mutations.merge(key, 1L, Long::sum);
        return String.format("%016x", n);
    }

    private List<Entry> stack(String key) {
        return stacks.computeIfAbsent(key, k -> new ArrayList<>());
    }

    public String put(int key, int data) {
        String id = nextVersionId(StoreOperations.key(key));
        stack(StoreOperations.key(key)).add(0, new Entry(id, StoreOperations.content(data)));
        return id;
    }

    public String get(int key) {
        List<Entry> s = stack(StoreOperations.key(key));
        return s.isEmpty() || s.get(0).content() == null ? StoreOperations.NOT_FOUND : s.get(0).content();
    }

    public String head(int key) {
        List<Entry> s = stack(StoreOperations.key(key));
        return s.isEmpty() || s.get(0).content() == null ? StoreOperations.NOT_FOUND : s.get(0).versionId();
    }

    public String getVersion(int key, int version) {
        for (Entry e : stack(StoreOperations.key(key))) {
            if (e.versionId().equals(StoreOperations.versionId(version))) {
                return e.content() == null ? "MethodNotAllowed" : e.content();
            }
        }
        return "NoSuchVersion";
    }

    public String delete(int key) {
        String id = nextVersionId(StoreOperations.key(key));
        stack(StoreOperations.key(key)).add(0, new Entry(id, null));
        return id;
    }

    public String deleteVersion(int key, int version) {
        nextVersionId(StoreOperations.key(key));
        stack(StoreOperations.key(key)).removeIf(e -> e.versionId().equals(StoreOperations.versionId(version)));
        return "ok";
    }

    public String listHas(int key) {
        return head(key).equals(StoreOperations.NOT_FOUND) ? "absent" : head(key);
    }

    public String listVersions(int key) {
        StringBuilder sb = new StringBuilder();
        for (Entry e : stack(StoreOperations.key(key))) {
            sb.append(e.versionId()).append(e.content() == null ? ":marker "
                : ":" + ContentDigest.of(e.content().getBytes(StandardCharsets.UTF_8)) + " ");
        }
        return sb.toString();
    }

    public void impair(int node) {
    }

    public void restore(int node) {
    }
}
