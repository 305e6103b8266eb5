package io.s3witness.store.model;

import io.s3witness.store.S3Error;
import io.s3witness.store.Versioning;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * A tiny sequential S3 bucket written straight from DESIGN §1, with no caches, witness or log: what a single client
 * must observe from a correct store. Version ids are the store's to choose, so the model takes them from the store's
 * answers and only checks that they are fresh per key (enabled) or "null" (otherwise).
 */
public final class S3Model {
    /** One version or delete marker, as the client sees it. */
    public record V(String key, String versionId, String digest, boolean deleteMarker) {
    }

    /** The answer to one operation: a value or an S3 error code. */
    public record Outcome(Object value, S3Error error) {
        public static Outcome ok(Object value) {
            return new Outcome(value, null);
        }

        public static Outcome error(S3Error e) {
            return new Outcome(null, e);
        }
    }

    private final TreeMap<String, List<V>> stacks = new TreeMap<>();
    private final Map<String, Set<String>> usedIds = new HashMap<>();
    private final Map<String, Integer> failNext = new HashMap<>();
    private Versioning versioning;

    public S3Model(Versioning versioning) {
        this.versioning = versioning;
    }

    public Versioning versioning() {
        return versioning;
    }

    /** Whether the next mutation of the key is set to fail; consumes the failure. */
    public boolean commitFails(String key) {
        Integer n = failNext.get(key);
        if (n == null) {
            return false;
        }
        if (n <= 1) {
            failNext.remove(key);
        } else {
            failNext.put(key, n - 1);
        }
        return true;
    }

    public void failNextCommits(String key, int count) {
        failNext.put(key, count);
    }

    /** The version id a versioned mutation must get: checks the store's proposal is fresh, and remembers it. */
    public String acceptNewId(String key, String proposed) {
        if (versioning != Versioning.ENABLED) {
            return "null";
        }
        Set<String> used = usedIds.computeIfAbsent(key, k -> new HashSet<>());
        if (proposed == null || proposed.equals("null") || !used.add(proposed)) {
            throw new AssertionError("store gave " + key + " a version id that is not fresh: " + proposed);
        }
        return proposed;
    }

    public Outcome put(String key, String digest, String storeVersionId) {
        if (commitFails(key)) {
            return Outcome.error(S3Error.INTERNAL_ERROR);
        }
        String id = acceptNewId(key, storeVersionId);
        List<V> stack = stack(key);
        if (id.equals("null")) {
            stack.removeIf(v -> v.versionId().equals("null"));
        }
        V v = new V(key, id, digest, false);
        stack.add(0, v);
        return Outcome.ok(v);
    }

    public Outcome delete(String key, String storeVersionId) {
        if (commitFails(key)) {
            return Outcome.error(S3Error.INTERNAL_ERROR);
        }
        List<V> stack = stack(key);
        if (versioning == Versioning.UNVERSIONED) {
            stack.removeIf(v -> v.versionId().equals("null"));
            return Outcome.ok(null);
        }
        String id = acceptNewId(key, storeVersionId);
        if (id.equals("null")) {
            stack.removeIf(v -> v.versionId().equals("null"));
        }
        V marker = new V(key, id, null, true);
        stack.add(0, marker);
        return Outcome.ok(marker);
    }

    /** S3 answers InvalidArgument to a version id that cannot be one; this store issues "null" or 16 hex digits. */
    private static boolean malformed(String versionId) {
        return !versionId.equals("null") && !versionId.matches("[0-9a-f]{16}");
    }

    public Outcome deleteVersion(String key, String versionId) {
        if (malformed(versionId)) {
            return Outcome.error(S3Error.INVALID_ARGUMENT);
        }
        if (commitFails(key)) {
            return Outcome.error(S3Error.INTERNAL_ERROR);
        }
        stack(key).removeIf(v -> v.versionId().equals(versionId));
        return Outcome.ok(versionId);
    }

    public Outcome get(String key) {
        List<V> stack = stacks.get(key);
        if (stack == null || stack.isEmpty() || stack.get(0).deleteMarker()) {
            return Outcome.error(S3Error.NO_SUCH_KEY);
        }
        return Outcome.ok(stack.get(0));
    }

    public Outcome getVersion(String key, String versionId) {
        if (malformed(versionId)) {
            return Outcome.error(S3Error.INVALID_ARGUMENT);
        }
        for (V v : stacks.getOrDefault(key, List.of())) {
            if (v.versionId().equals(versionId)) {
                return v.deleteMarker() ? Outcome.error(S3Error.METHOD_NOT_ALLOWED) : Outcome.ok(v);
            }
        }
        return Outcome.error(S3Error.NO_SUCH_VERSION);
    }

    public List<V> versions(String key) {
        return List.copyOf(stacks.getOrDefault(key, List.of()));
    }

    /** Every live key under the prefix with its latest version, in key order. */
    public List<V> live(String prefix) {
        List<V> out = new ArrayList<>();
        for (Map.Entry<String, List<V>> e : stacks.entrySet()) {
            List<V> s = e.getValue();
            if (e.getKey().startsWith(prefix) && !s.isEmpty() && !s.get(0).deleteMarker()) {
                out.add(s.get(0));
            }
        }
        return out;
    }

    /** All versions under the prefix, key order, newest first per key. */
    public List<V> allVersions(String prefix) {
        List<V> out = new ArrayList<>();
        for (Map.Entry<String, List<V>> e : stacks.entrySet()) {
            if (e.getKey().startsWith(prefix)) {
                out.addAll(e.getValue());
            }
        }
        return out;
    }

    public Outcome setVersioning(Versioning next) {
        if (next == Versioning.UNVERSIONED && versioning != Versioning.UNVERSIONED) {
            return Outcome.error(S3Error.INVALID_ARGUMENT);
        }
        versioning = next;
        return Outcome.ok(next);
    }

    private List<V> stack(String key) {
        return stacks.computeIfAbsent(key, k -> new ArrayList<>());
    }
}
