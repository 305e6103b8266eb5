package io.s3witness.frontend;

import io.s3witness.store.Mode;

/**
 * How {@code serve} runs.
 *
 * @param bindAddress    where to listen (127.0.0.1 by default: the server is for tests, not the network)
 * @param port           0 picks a free port
 * @param maxObjectBytes larger bodies get 413 EntityTooLarge
 * @param faults         the fault schedule's text (see {@link FaultPlan}), or null
 */
public record ServerConfig(String bindAddress, int port, Mode mode, int cacheNodes, long seed,
                           Credentials credentials, long maxObjectBytes, String faults) {
    public static final long DEFAULT_MAX_OBJECT_BYTES = 16L << 20;

    public ServerConfig {
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("--port: expected 0 to 65535, got " + port);
        }
        if (cacheNodes < 1) {
            throw new IllegalArgumentException("--cache-nodes: expected 1 or more, got " + cacheNodes);
        }
        if (maxObjectBytes < 0) {
            throw new IllegalArgumentException("--max-object-size: expected 0 or more, got " + maxObjectBytes);
        }
    }

    /** 127.0.0.1, a free port, 3 cache nodes, seed 1, 16 MiB objects, no faults. */
    public static ServerConfig local(Mode mode, Credentials credentials) {
        return new ServerConfig("127.0.0.1", 0, mode, 3, 1L, credentials, DEFAULT_MAX_OBJECT_BYTES, null);
    }

    public ServerConfig withFaults(String schedule) {
        return new ServerConfig(bindAddress, port, mode, cacheNodes, seed, credentials, maxObjectBytes, schedule);
    }

    public ServerConfig withMaxObjectBytes(long n) {
        return new ServerConfig(bindAddress, port, mode, cacheNodes, seed, credentials, n, faults);
    }

    public ServerConfig withSeed(long s) {
        return new ServerConfig(bindAddress, port, mode, cacheNodes, s, credentials, maxObjectBytes, faults);
    }
}
