package io.s3witness.store;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Unmodifiable copies built from ArrayList rather than List.copyOf: the JDK's ImmutableCollections seed their
 * iteration order from the clock and CDS at class init, which Java PathFinder need not model; these are plain.
 */
public final class ImmutableLists {
    private ImmutableLists() {
    }

    public static <T> List<T> copyOf(List<? extends T> list) {
        return Collections.unmodifiableList(new ArrayList<T>(list));
    }

    public static <T> List<T> empty() {
        return Collections.emptyList();
    }
}
