package io.s3witness.exploration;

import io.s3witness.store.ListRequest;
import io.s3witness.store.Mode;
import io.s3witness.store.ObjectStore;
import io.s3witness.store.ObjectVersion;
import io.s3witness.store.ProtocolBug;
import io.s3witness.store.S3Exception;
import io.s3witness.store.StoreConfig;
import io.s3witness.store.Versioning;
import io.s3witness.store.metadata.VersionIds;
import org.jetbrains.lincheck.datastructures.IntGen;
import org.jetbrains.lincheck.datastructures.Operation;
import org.jetbrains.lincheck.datastructures.Param;

import java.nio.charset.StandardCharsets;

/**
 * The reference store's S3 operations as Lincheck operations (a fresh store per invocation, versioning enabled, 2
 * cache nodes, 1 witness stripe), checked against {@link SequentialS3}. Two keys, version ids 1..3 (the first
 * mutations of a key), and the cache-node faults as operations that the sequential semantics ignores: a strong store
 * must stay linearizable through them. LIST is asked per key ({@link #listHas}), because S3's LIST is not an atomic
 * snapshot across keys (DESIGN §1 promise 2). Every S3 error is an answer (its code), so that it is compared too.
 */
@Param(name = "key", gen = IntGen.class, conf = "0:1")
@Param(name = "data", gen = IntGen.class, conf = "1:9")
@Param(name = "version", gen = IntGen.class, conf = "1:3")
@Param(name = "node", gen = IntGen.class, conf = "0:1")
public abstract class StoreOperations {
    static final String NOT_FOUND = "404";

    private final ObjectStore store;

    StoreOperations(Mode mode) {
        store = new ObjectStore(new StoreConfig(mode, 2, Versioning.ENABLED, 1L, 1, ProtocolBug.NONE));
    }

    static String key(int key) {
        return "k" + key;
    }

    static String content(int data) {
        return "d" + data;
    }

    static String versionId(int version) {
        return VersionIds.forSeq(version);
    }

    /** The cache node requests for this key enter through while no node is impaired. */
    static int home(int key) {
        return Math.floorMod(key(key).hashCode(), 2);
    }

    @Operation
    public String put(@Param(name = "key") int key, @Param(name = "data") int data) {
        return store.put(0, key(key), content(data).getBytes(StandardCharsets.UTF_8)).versionId();
    }

    @Operation
    public String get(@Param(name = "key") int key) {
        try {
            return new String(store.get(0, key(key)).data(), StandardCharsets.UTF_8);
        } catch (S3Exception e) {
            return e.error().httpStatus() == 404 ? NOT_FOUND : e.error().code();
        }
    }

    @Operation
    public String head(@Param(name = "key") int key) {
        try {
            return store.head(0, key(key)).versionId();
        } catch (S3Exception e) {
            return e.error().httpStatus() == 404 ? NOT_FOUND : e.error().code();
        }
    }

    @Operation
    public String getVersion(@Param(name = "key") int key, @Param(name = "version") int version) {
        try {
            return new String(store.getVersion(0, key(key), versionId(version)).data(), StandardCharsets.UTF_8);
        } catch (S3Exception e) {
            return e.error().code();
        }
    }

    @Operation
    public String delete(@Param(name = "key") int key) {
        return store.delete(0, key(key)).versionId();
    }

    @Operation
    public String deleteVersion(@Param(name = "key") int key, @Param(name = "version") int version) {
        store.deleteVersion(0, key(key), versionId(version));
        return "ok";
    }

    @Operation
    public String listHas(@Param(name = "key") int key) {
        for (ObjectVersion v : store.list(0, ListRequest.of(key(key))).contents()) {
            if (v.key().equals(key(key))) {
                return v.versionId();
            }
        }
        return "absent";
    }

    @Operation
    public String listVersions(@Param(name = "key") int key) {
        StringBuilder sb = new StringBuilder();
        for (ObjectVersion v : store.listVersions(0, key(key))) {
            sb.append(v.versionId()).append(v.deleteMarker() ? ":marker " : ":" + v.digest() + " ");
        }
        return sb.toString();
    }

    @Operation
    public void impair(@Param(name = "node") int node) {
        store.faults().impairNode(node);
    }

    @Operation
    public void restore(@Param(name = "node") int node) {
        store.faults().restoreNode(node);
    }

    /** On a strong store. */
    public static final class Strong extends StoreOperations {
        public Strong() {
            super(Mode.STRONG);
        }
    }

    /** On an eventual store. */
    public static final class Eventual extends StoreOperations {
        public Eventual() {
            super(Mode.EVENTUAL);
        }
    }
}
