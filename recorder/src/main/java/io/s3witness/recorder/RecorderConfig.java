package io.s3witness.recorder;

/**
 * The workload: how many clients, keys and operations, which operations, and the seed that fixes
 * each client's sequence of choices (operation and key; a version id to read or delete is drawn
 * from those seen so far, which depends on timing).
 *
 * @param ops        operations in total, spread evenly over the clients
 * @param keyPrefix  every key and every LIST lives under it, so a run never sees another run's objects
 * @param valueSize  bytes per PUT; at least enough for the unique tag that names the PUT
 */
public record RecorderConfig(int clients, int keys, int ops, OpMix mix, Versioning versioning, long seed,
                             String keyPrefix, int valueSize) {

    public RecorderConfig {
        require(clients >= 1 && clients <= 1024, "--clients: expected 1 to 1024, got " + clients);
        require(keys >= 1 && keys <= 100_000, "--keys: expected 1 to 100000, got " + keys);
        require(ops >= 0, "--ops: expected 0 or more, got " + ops);
        require(valueSize >= 0 && valueSize <= 5 << 20, "--value-size: expected 0 to 5242880, got " + valueSize);
        require(keyPrefix != null && !keyPrefix.isEmpty(), "--key-prefix: must not be empty");
        for (OpKind k : OpKind.values()) {
            require(mix.weight(k) == 0 || !k.needsVersioning() || versioning.hasVersions(),
                    "--mix: '" + k.f() + "' needs --versioning on or suspended");
        }
    }

    private static void require(boolean ok, String message) {
        if (!ok) {
            throw new IllegalArgumentException(message);
        }
    }

    /** The name of key number i: fixed width, so no key is a prefix of another. */
    public String key(int i) {
        int width = Integer.toString(Math.max(keys - 1, 0)).length();
        return keyPrefix + "k" + String.format("%0" + width + "d", i);
    }

    /** How many operations client c issues: the total divided evenly, the first ones taking the remainder. */
    public int quota(int client) {
        return ops / clients + (client < ops % clients ? 1 : 0);
    }
}
