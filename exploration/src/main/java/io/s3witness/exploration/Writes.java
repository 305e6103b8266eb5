package io.s3witness.exploration;

import io.s3witness.store.ObjectStore;

/**
 * The scenarios' writes as client steps (records, for the reason given on {@link FaultStep}). Each publishes
 * "returned" through its flag, when it has one, the moment the store answered.
 */
final class Writes {
    private Writes() {
    }

    /** PUT of {@code value}'s bytes; {@code returned} may be null. */
    record Put(ObjectStore store, int client, String key, String value, Flag returned) implements Runnable {
        @Override
        public void run() {
            store.put(client, key, Clients.bytes(value));
            if (returned != null) {
                returned.set();
            }
        }
    }

    /** DELETE of the key: a delete marker when versioned, a removal when not. */
    record Delete(ObjectStore store, int client, String key, Flag returned) implements Runnable {
        @Override
        public void run() {
            store.delete(client, key);
            returned.set();
        }
    }

    /** DELETE of one version by id. */
    record DeleteVersion(ObjectStore store, int client, String key, String versionId, Flag returned)
        implements Runnable {
        @Override
        public void run() {
            store.deleteVersion(client, key, versionId);
            returned.set();
        }
    }
}
