package io.s3witness.store;

import io.s3witness.store.history.HistoryRecorder;
import io.s3witness.store.history.Json;
import io.s3witness.store.metadata.BlobStore;
import io.s3witness.store.metadata.CacheEntry;
import io.s3witness.store.metadata.Commit;
import io.s3witness.store.metadata.MetadataSubsystem;
import io.s3witness.store.metadata.Mutation;
import io.s3witness.store.metadata.ReadPath;
import io.s3witness.store.metadata.VersionIds;
import io.s3witness.store.metadata.WriteIntent;

import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The S3 front of one bucket: S3 semantics and errors over the metadata subsystem, bytes from the blob store, and
 * every client operation recorded when a recorder is given. Thread-safe. {@code client} names who calls (the history's
 * process); the router decides which cache node the request enters through.
 */
public final class ObjectStore {
    private static final int MAX_KEY_LENGTH = 1024;

    private final StoreConfig config;
    private final MetadataSubsystem metadata;
    private final BlobStore blobs = new BlobStore();
    private final HistoryRecorder history;

    public ObjectStore(StoreConfig config) {
        this(config, HistoryRecorder.NONE);
    }

    public ObjectStore(StoreConfig config, HistoryRecorder history) {
        this(config, history, SpecTrace.NONE);
    }

    /** A store that also reports every spec step it takes to {@code trace} (for trace validation). */
    public ObjectStore(StoreConfig config, HistoryRecorder history, SpecTrace trace) {
        this.config = config;
        this.metadata = new MetadataSubsystem(config, trace);
        this.history = history;
    }

    public StoreConfig config() {
        return config;
    }

    public Mode mode() {
        return config.mode();
    }

    /** The fault-injection interface of this store. */
    public Faults faults() {
        return metadata;
    }

    /** The components, for scenarios and tests that drive single protocol steps. */
    public MetadataSubsystem metadata() {
        return metadata;
    }

    /** PutObject: stores the bytes, commits a new version; returns it (version "null" unless versioning is enabled). */
    public ObjectVersion put(int client, String key, byte[] data) {
        checkKey(key);
        String digest = ContentDigest.of(data);
        blobs.put(digest, data);
        return recorded(client, "put", key, "{\"digest\": " + Json.str(digest) + "}", () -> {
            Commit c = metadata.writes().write(client, key, WriteIntent.put(digest, data.length));
            return c.stack().find(c.mutation().versionId());
        }, ObjectStore::versionValue);
    }

    /** GetObject: the latest version and its bytes; NoSuchKey when there is none or it is a delete marker. */
    public StoredObject get(int client, String key) {
        checkKey(key);
        return recorded(client, "get", key, null, () -> withBytes(latestLive(client, key)),
            o -> versionValue(o.version()));
    }

    /** GetObject with a version id: NoSuchVersion when absent, MethodNotAllowed when it is a delete marker. */
    public StoredObject getVersion(int client, String key, String versionId) {
        checkKey(key);
        checkVersionId(versionId);
        return recorded(client, "get-version", key, versionArg(versionId),
            () -> withBytes(version(client, key, versionId)), o -> versionValue(o.version()));
    }

    /** HeadObject: like GET without the bytes. */
    public ObjectVersion head(int client, String key) {
        checkKey(key);
        return recorded(client, "head", key, null, () -> latestLive(client, key), ObjectStore::versionValue);
    }

    /** HeadObject with a version id; recorded as get-version, which observes the same thing. */
    public ObjectVersion headVersion(int client, String key, String versionId) {
        checkKey(key);
        checkVersionId(versionId);
        return recorded(client, "get-version", key, versionArg(versionId), () -> version(client, key, versionId),
            ObjectStore::versionValue);
    }

    /** DeleteObject: a delete marker when versioned (enabled: fresh id; suspended: "null"), removal when not. */
    public DeleteResult delete(int client, String key) {
        checkKey(key);
        return recorded(client, "delete", key, null, () -> {
            Commit c = metadata.writes().write(client, key, WriteIntent.delete());
            Mutation m = c.mutation();
            return m.kind() == Mutation.Kind.DELETE_MARKER
                ? new DeleteResult(key, m.versionId(), true)
                : new DeleteResult(key, null, false);
        }, r -> r.deleteMarker()
            ? "{\"version\": " + Json.str(r.versionId()) + ", \"delete-marker\": true}"
            : null);
    }

    /** DeleteObject with a version id: removes that version (or marker) for good; no error if it does not exist. */
    public DeleteResult deleteVersion(int client, String key, String versionId) {
        checkKey(key);
        checkVersionId(versionId);
        return recorded(client, "delete-version", key, versionArg(versionId), () -> {
            metadata.writes().write(client, key, WriteIntent.deleteVersion(versionId));
            return new DeleteResult(key, versionId, false);
        }, r -> versionArg(versionId));
    }

    /**
     * ListObjectsV2. Recorded (as f=list) only when it covers the whole prefix: no delimiter or start; a truncated
     * answer completes as info, because the checker reads an ok LIST as "every other key under the prefix is absent".
     */
    public ListResult list(int client, ListRequest request) {
        if (!request.isWholePrefix() || history == HistoryRecorder.NONE) {
            return metadata.lists().list(client, request);
        }
        HistoryRecorder.Op op = history.invoke(client, "list", null,
            "{\"prefix\": " + Json.str(request.prefix()) + "}");
        ListResult result;
        try {
            result = metadata.lists().list(client, request);
        } catch (RuntimeException | Error e) {
            op.info(e.getClass().getSimpleName());
            throw e;
        }
        if (result.truncated()) {
            op.info("truncated: not every key under the prefix was listed");
        } else {
            op.ok(listValue(request.prefix(), result));
        }
        return result;
    }

    /** One key's versions and delete markers, newest first (recorded as list-versions). */
    public List<ObjectVersion> listVersions(int client, String key) {
        checkKey(key);
        return recorded(client, "list-versions", key, null,
            () -> metadata.reads().read(client, key, ReadPath.GET, null).stack().versions(),
            ObjectStore::versionsValue);
    }

    /** ListObjectVersions over a prefix, paged; not recorded (the history format has only the per-key form). */
    public ListVersionsResult listVersions(int client, ListVersionsRequest request) {
        return metadata.lists().listVersions(client, request);
    }

    /** PutBucketVersioning; a bucket that had versioning cannot become unversioned (InvalidArgument). */
    public void setVersioning(Versioning versioning) {
        metadata.setVersioning(versioning);
    }

    public Versioning getVersioning() {
        return metadata.log().versioning();
    }

    private ObjectVersion latestLive(int client, String key) {
        ObjectVersion v = metadata.reads().read(client, key, ReadPath.GET, null).stack().latest();
        if (v == null || v.deleteMarker()) {
            throw new S3Exception(S3Error.NO_SUCH_KEY, key, "no object " + key);
        }
        return v;
    }

    private ObjectVersion version(int client, String key, String versionId) {
        CacheEntry entry = metadata.reads().read(client, key, ReadPath.GET_VERSION, versionId);
        ObjectVersion v = entry.stack().find(versionId);
        if (v == null) {
            throw new S3Exception(S3Error.NO_SUCH_VERSION, versionId, "no version " + versionId + " of " + key);
        }
        if (v.deleteMarker()) {
            throw new S3Exception(S3Error.METHOD_NOT_ALLOWED, versionId,
                "version " + versionId + " of " + key + " is a delete marker");
        }
        return v;
    }

    private StoredObject withBytes(ObjectVersion v) {
        return new StoredObject(v, blobs.get(v.digest()));
    }

    /**
     * Runs one client operation between its invoke and completion lines. A 404 is an ok with a null value (nothing
     * found); any other S3 error is a fail (certainly no effect: validation happens before the invoke and a failed
     * commit appends nothing); anything unexpected is an info (effect unknown).
     */
    private <T> T recorded(int client, String f, String key, String invokeValue, Supplier<T> body,
                           Function<T, String> okValue) {
        if (history == HistoryRecorder.NONE) {
            return body.get();
        }
        HistoryRecorder.Op op = history.invoke(client, f, key, invokeValue);
        T result;
        try {
            result = body.get();
        } catch (S3Exception e) {
            if (e.error().httpStatus() == 404) {
                op.ok(null);
            } else {
                op.fail(e.error().code());
            }
            throw e;
        } catch (RuntimeException | Error e) {
            op.info(e.getClass().getSimpleName());
            throw e;
        }
        op.ok(okValue.apply(result));
        return result;
    }

    private static String versionValue(ObjectVersion v) {
        return "{\"digest\": " + Json.str(v.digest()) + ", \"version\": " + Json.str(v.versionId()) + "}";
    }

    private static String versionArg(String versionId) {
        return "{\"version\": " + Json.str(versionId) + "}";
    }

    private static String listValue(String prefix, ListResult r) {
        StringBuilder sb = new StringBuilder("{\"prefix\": ").append(Json.str(prefix)).append(", \"keys\": [");
        for (int i = 0; i < r.contents().size(); i++) {
            ObjectVersion v = r.contents().get(i);
            sb.append(i == 0 ? "" : ", ").append("{\"key\": ").append(Json.str(v.key()))
                .append(", \"version\": ").append(Json.str(v.versionId()))
                .append(", \"digest\": ").append(Json.str(v.digest())).append('}');
        }
        return sb.append("]}").toString();
    }

    private static String versionsValue(List<ObjectVersion> versions) {
        StringBuilder sb = new StringBuilder("{\"versions\": [");
        for (int i = 0; i < versions.size(); i++) {
            ObjectVersion v = versions.get(i);
            sb.append(i == 0 ? "" : ", ").append("{\"version\": ").append(Json.str(v.versionId()))
                .append(", \"digest\": ").append(Json.str(v.digest()))
                .append(", \"delete-marker\": ").append(v.deleteMarker()).append('}');
        }
        return sb.append("]}").toString();
    }

    private static void checkKey(String key) {
        if (key == null || key.isEmpty() || key.length() > MAX_KEY_LENGTH) {
            throw S3Exception.invalidArgument("a key must be 1.." + MAX_KEY_LENGTH + " characters, got "
                + (key == null ? "none" : key.length() + ""));
        }
    }

    private static void checkVersionId(String versionId) {
        if (!VersionIds.isWellFormed(versionId)) {
            throw S3Exception.invalidArgument("invalid version id: " + versionId);
        }
    }

}
