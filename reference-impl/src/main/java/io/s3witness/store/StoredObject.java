package io.s3witness.store;

import java.util.Arrays;

/** A GET answer: the version's metadata and its bytes. The array is copied in and out, so the record stays immutable. */
public record StoredObject(ObjectVersion version, byte[] data) {
    public StoredObject {
        data = data.clone();
    }

    @Override
    public byte[] data() {
        return data.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof StoredObject other && version.equals(other.version) && Arrays.equals(data, other.data);
    }

    @Override
    public int hashCode() {
        return 31 * version.hashCode() + Arrays.hashCode(data);
    }

    @Override
    public String toString() {
        return "StoredObject[" + version + ", " + data.length + " bytes]";
    }
}
