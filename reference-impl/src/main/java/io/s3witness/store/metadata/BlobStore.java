package io.s3witness.store.metadata;

import java.util.HashMap;
import java.util.Map;

/**
 * The data tier, kept simple: bytes by content digest. A PUT stores its bytes before it commits metadata, so any
 * digest a reader can see has its bytes. Nothing is ever removed (versions share content, and this is a test store).
 */
public final class BlobStore {
    private final Map<String, byte[]> blobs = new HashMap<>();

    public synchronized void put(String digest, byte[] data) {
        if (!blobs.containsKey(digest)) {
            blobs.put(digest, data.clone());
        }
    }

    /** The bytes (not copied: callers wrap them in an immutable StoredObject, which copies). */
    public synchronized byte[] get(String digest) {
        byte[] data = blobs.get(digest);
        if (data == null) {
            throw new IllegalStateException("no bytes for digest " + digest + ": metadata committed before data");
        }
        return data;
    }
}
