package io.s3witness.store.model;

import io.s3witness.store.ContentDigest;
import io.s3witness.store.DeleteResult;
import io.s3witness.store.ListRequest;
import io.s3witness.store.ListResult;
import io.s3witness.store.ListVersionsRequest;
import io.s3witness.store.ListVersionsResult;
import io.s3witness.store.ObjectStore;
import io.s3witness.store.ObjectVersion;
import io.s3witness.store.S3Exception;
import io.s3witness.store.StoreConfig;
import io.s3witness.store.StoredObject;
import io.s3witness.store.Versioning;
import io.s3witness.store.model.S3Model.Outcome;
import io.s3witness.store.model.S3Model.V;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * One store and the sequential model side by side: each step runs the same request against both and fails on the
 * first answer that differs. The state of a generated action sequence (see property.ActionSequences).
 */
public final class StoreVsModel {
    private final ObjectStore store;
    private final S3Model model;
    private int writes;

    public StoreVsModel(StoreConfig config) {
        this.store = new ObjectStore(config);
        this.model = new S3Model(config.versioning());
    }

    public ObjectStore store() {
        return store;
    }

    public void put(int client, String key) {
        byte[] data = ("content " + (writes++) + " of " + key).getBytes(StandardCharsets.UTF_8);
        Outcome actual = run(() -> v(store.put(client, key, data)));
        String proposed = actual.value() == null ? null : ((V) actual.value()).versionId();
        expect("put " + key, model.put(key, ContentDigest.of(data), proposed), actual);
    }

    public void get(int client, String key) {
        Outcome actual = run(() -> bytesChecked(store.get(client, key)));
        expect("get " + key, model.get(key), actual);
    }

    public void head(int client, String key) {
        expect("head " + key, model.get(key), run(() -> v(store.head(client, key))));
    }

    public void getVersion(int client, String key, String versionId) {
        Outcome actual = run(() -> bytesChecked(store.getVersion(client, key, versionId)));
        expect("get-version " + key + " " + versionId, model.getVersion(key, versionId), actual);
        expect("head-version " + key + " " + versionId, model.getVersion(key, versionId),
            run(() -> v(store.headVersion(client, key, versionId))));
    }

    public void delete(int client, String key) {
        Outcome actual = run(() -> marker(key, store.delete(client, key)));
        String proposed = actual.value() == null ? null : ((V) actual.value()).versionId();
        expect("delete " + key, model.delete(key, proposed), actual);
    }

    public void deleteVersion(int client, String key, String versionId) {
        Outcome actual = run(() -> store.deleteVersion(client, key, versionId).versionId());
        expect("delete-version " + key + " " + versionId, model.deleteVersion(key, versionId), actual);
    }

    public void listVersions(int client, String key) {
        Outcome actual = run(() -> vs(store.listVersions(client, key)));
        expect("list-versions " + key, Outcome.ok(model.versions(key)), actual);
    }

    /** Pages through a whole listing and compares the concatenation and every page's size and truncation flag. */
    public void list(int client, String prefix, String delimiter, int maxKeys) {
        List<String> actual = new ArrayList<>();
        String token = null;
        for (int page = 0; ; page++) {
            ListResult r = store.list(client, new ListRequest(prefix, delimiter, maxKeys, token, null));
            if (r.contents().size() + r.commonPrefixes().size() > maxKeys) {
                throw new AssertionError("list page exceeds max-keys " + maxKeys + ": " + r);
            }
            for (ObjectVersion o : r.contents()) {
                actual.add(o.key() + "@" + o.versionId() + "#" + o.digest());
            }
            for (String cp : r.commonPrefixes()) {
                actual.add(cp + "/CP");
            }
            if (!r.truncated() || maxKeys == 0) {
                break;
            }
            if (page > 50) {
                throw new AssertionError("list does not terminate: " + r);
            }
            token = r.nextContinuationToken();
        }
        List<String> expected = new ArrayList<>();
        String lastCp = null;
        for (V v : model.live(prefix)) {
            int at = delimiter == null ? -1 : v.key().indexOf(delimiter, prefix.length());
            if (at >= 0) {
                String cp = v.key().substring(0, at + delimiter.length());
                if (!cp.equals(lastCp)) {
                    expected.add(cp + "/CP");
                    lastCp = cp;
                }
            } else {
                expected.add(v.key() + "@" + v.versionId() + "#" + v.digest());
            }
        }
        if (maxKeys == 0) {
            expected.clear();
        }
        // Common prefixes and keys interleave in S3 by name; compare as the store's per-page order demands.
        expected.sort(null);
        actual.sort(null);
        expect("list " + prefix + " delimiter " + delimiter + " max " + maxKeys, Outcome.ok(expected),
            Outcome.ok(actual));
    }

    /** ListObjectVersions paged by max-keys, compared with the model's versions under the prefix. */
    public void listAllVersions(int client, String prefix, int maxKeys) {
        List<V> actual = new ArrayList<>();
        ListVersionsRequest req = new ListVersionsRequest(prefix, maxKeys, null, null);
        for (int page = 0; page < 60; page++) {
            ListVersionsResult r = store.listVersions(client, req);
            actual.addAll(vs(r.versions()));
            if (!r.truncated()) {
                expect("list-object-versions " + prefix + " max " + maxKeys, Outcome.ok(model.allVersions(prefix)),
                    Outcome.ok(actual));
                return;
            }
            req = new ListVersionsRequest(prefix, maxKeys, r.nextKeyMarker(), r.nextVersionIdMarker());
        }
        if (maxKeys != 0) {
            throw new AssertionError("list-object-versions does not terminate");
        }
    }

    public void setVersioning(Versioning v) {
        Outcome actual = run(() -> {
            store.setVersioning(v);
            return v;
        });
        expect("set-versioning " + v, model.setVersioning(v), actual);
    }

    public void failNextCommit(String key, int count) {
        store.faults().failNextCommits(key, count);
        model.failNextCommits(key, count);
    }

    private static Outcome run(Supplier<Object> call) {
        try {
            return Outcome.ok(call.get());
        } catch (S3Exception e) {
            return Outcome.error(e.error());
        }
    }

    private static void expect(String what, Outcome expected, Outcome actual) {
        if (!expected.equals(actual)) {
            throw new AssertionError(what + ": model says " + expected + ", store says " + actual);
        }
    }

    private static V bytesChecked(StoredObject o) {
        if (!ContentDigest.of(o.data()).equals(o.version().digest())) {
            throw new AssertionError("bytes do not match the digest of " + o.version());
        }
        return v(o.version());
    }

    private static V marker(String key, DeleteResult r) {
        return r.deleteMarker() ? new V(key, r.versionId(), null, true) : null;
    }

    private static V v(ObjectVersion o) {
        return new V(o.key(), o.versionId(), o.digest(), o.deleteMarker());
    }

    private static List<V> vs(List<ObjectVersion> os) {
        List<V> out = new ArrayList<>(os.size());
        for (ObjectVersion o : os) {
            out.add(v(o));
        }
        return out;
    }
}
