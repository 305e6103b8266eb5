package io.s3witness.recorder;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The version ids the clients have seen so far, per key, so that get-version and delete-version
 * name versions that exist (or existed), and a LIST, which reports no version ids, can be annotated
 * with the version of the PUT its digest names.
 */
final class KnownVersions {
    private final Map<String, List<String>> objects = new ConcurrentHashMap<>();
    private final Map<String, List<String>> markers = new ConcurrentHashMap<>();
    private final Map<String, String> versionOfDigest = new ConcurrentHashMap<>();

    void object(String key, String digest, String version) {
        if (version == null) {
            return;
        }
        versionOfDigest.putIfAbsent(digest, version);
        add(objects, key, version);
    }

    void marker(String key, String version) {
        if (version != null) {
            add(markers, key, version);
        }
    }

    /** The version of the PUT that wrote this digest, or null if no client has seen it yet. */
    String versionOf(String digest) {
        return digest == null ? null : versionOfDigest.get(digest);
    }

    /** A version of an object (not a marker) of the key, or null if none is known. */
    String anyObjectVersion(String key, SplittableRandom random) {
        return pick(objects.get(key), random);
    }

    /** A version or delete marker of the key, or null if none is known. */
    String anyVersion(String key, SplittableRandom random) {
        List<String> o = objects.get(key);
        List<String> m = markers.get(key);
        int no = o == null ? 0 : size(o);
        int nm = m == null ? 0 : size(m);
        if (no + nm == 0) {
            return null;
        }
        int i = random.nextInt(no + nm);
        return i < no ? get(o, i) : get(m, i - no);
    }

    private static void add(Map<String, List<String>> map, String key, String version) {
        List<String> list = map.computeIfAbsent(key, k -> new ArrayList<>());
        synchronized (list) {
            if (!list.contains(version)) {
                list.add(version);
            }
        }
    }

    private static String pick(List<String> list, SplittableRandom random) {
        if (list == null) {
            return null;
        }
        synchronized (list) {
            return list.isEmpty() ? null : list.get(random.nextInt(list.size()));
        }
    }

    private static int size(List<String> list) {
        synchronized (list) {
            return list.size();
        }
    }

    private static String get(List<String> list, int i) {
        synchronized (list) {
            return list.get(Math.min(i, list.size() - 1));
        }
    }
}
