package io.s3witness.store.metadata;

import io.s3witness.store.ImmutableLists;
import io.s3witness.store.ObjectVersion;

import java.util.ArrayList;
import java.util.List;

/**
 * A key's versions and delete markers, newest first: {@code StackOf(log[k][1..seq])} in the spec. Immutable, so a
 * cache entry can share it with the log.
 */
public record VersionStack(List<ObjectVersion> versions) {
    public static final VersionStack EMPTY = new VersionStack(ImmutableLists.empty());

    public VersionStack {
        versions = ImmutableLists.copyOf(versions);
    }

    /** The stack after one more mutation, numbered seq. */
    public VersionStack apply(String key, Mutation m, long seq) {
        List<ObjectVersion> next = new ArrayList<>(versions.size() + 1);
        boolean replacesNull = m.kind() != Mutation.Kind.REMOVE_VERSION && VersionIds.NULL.equals(m.versionId());
        if (m.kind() == Mutation.Kind.PUT) {
            next.add(new ObjectVersion(key, m.versionId(), m.digest(), m.size(), false, seq));
        } else if (m.kind() == Mutation.Kind.DELETE_MARKER) {
            next.add(new ObjectVersion(key, m.versionId(), null, 0, true, seq));
        }
        for (ObjectVersion v : versions) {
            boolean removed = v.versionId().equals(m.versionId())
                && (m.kind() == Mutation.Kind.REMOVE_VERSION || replacesNull);
            if (!removed) {
                next.add(v);
            }
        }
        return new VersionStack(next);
    }

    /** The current version or delete marker; null when the key has none. */
    public ObjectVersion latest() {
        return versions.isEmpty() ? null : versions.get(0);
    }

    /** Whether a plain GET finds an object (latest exists and is not a delete marker). */
    public boolean isLive() {
        ObjectVersion v = latest();
        return v != null && !v.deleteMarker();
    }

    /** The version with this id; null when there is none. */
    public ObjectVersion find(String versionId) {
        for (ObjectVersion v : versions) {
            if (v.versionId().equals(versionId)) {
                return v;
            }
        }
        return null;
    }
}
