package io.s3witness.store.metadata;

/** What a read step reports as its trace detail. */
final class Steps {
    static final String CHECK_WITNESS = "CheckWitness";
    static final String LIST_OBSERVE_KEY = "ListObserveKey";
    static final String RELOAD_FROM_LOG = "ReloadFromLog";

    private Steps() {
    }

    /** ListObserveKey reports whether the key was present; other read steps report nothing. */
    static String detailOfRead(String action, CacheEntry entry) {
        if (!LIST_OBSERVE_KEY.equals(action)) {
            return null;
        }
        return entry != null && entry.stack().isLive() ? "present" : "absent";
    }
}
