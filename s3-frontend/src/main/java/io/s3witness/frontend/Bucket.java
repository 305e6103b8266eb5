package io.s3witness.frontend;

import io.s3witness.store.ContentDigest;
import io.s3witness.store.ObjectStore;
import io.s3witness.store.ObjectVersion;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** One bucket: its own reference store, and the ETag and time of every content it was sent, by the store's digest. */
final class Bucket {
    private final String name;
    private final ObjectStore store;
    private final Instant created;
    private final Map<String, ContentInfo> contents = new ConcurrentHashMap<>();

    Bucket(String name, ObjectStore store, Instant created) {
        this.name = name;
        this.store = store;
        this.created = created;
    }

    String name() {
        return name;
    }

    ObjectStore store() {
        return store;
    }

    Instant created() {
        return created;
    }

    /**
     * Called before the store sees the bytes, so that any version a reader can observe already has its entry: the
     * map is keyed by content, never removed from, and so needs no ordering with the store's own locks.
     */
    void remember(byte[] data, Instant now) {
        contents.computeIfAbsent(ContentDigest.of(data),
                d -> new ContentInfo(HexFormat.of().formatHex(Hashing.md5(data)), now));
    }

    ContentInfo info(ObjectVersion v) {
        ContentInfo i = v.digest() == null ? null : contents.get(v.digest());
        return i != null ? i : new ContentInfo("", created);
    }
}
