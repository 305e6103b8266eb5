package io.s3witness.store;

/**
 * How a store is built.
 *
 * @param mode       eventual or strong reads
 * @param cacheNodes how many cache nodes (≥ 1; with 2 or more, an impaired node's keys go to the next node)
 * @param versioning the bucket's versioning state at creation
 * @param seed       seeds the store's only source of randomness (probabilistic commit failures)
 * @param witnessStripes how many monitors the witness spreads its keys over (default 64, so strong readers of
 *                   different keys do not queue on one lock; 1 keeps model checkers' state spaces small)
 * @param bug        {@link ProtocolBug#NONE}, or a flaw to plant for a model checker to find
 */
public record StoreConfig(Mode mode, int cacheNodes, Versioning versioning, long seed, int witnessStripes,
                          ProtocolBug bug) {
    public static final int DEFAULT_WITNESS_STRIPES = 64;

    public StoreConfig {
        if (mode == null || versioning == null || bug == null) {
            throw new IllegalArgumentException("mode, versioning and bug are required");
        }
        if (cacheNodes < 1) {
            throw new IllegalArgumentException("a store needs at least one cache node, got " + cacheNodes);
        }
        if (witnessStripes < 1) {
            throw new IllegalArgumentException("the witness needs at least one stripe, got " + witnessStripes);
        }
    }

    public StoreConfig(Mode mode, int cacheNodes, Versioning versioning, long seed, int witnessStripes) {
        this(mode, cacheNodes, versioning, seed, witnessStripes, ProtocolBug.NONE);
    }

    public StoreConfig(Mode mode, int cacheNodes, Versioning versioning, long seed) {
        this(mode, cacheNodes, versioning, seed, DEFAULT_WITNESS_STRIPES);
    }

    /** Strong, 3 nodes, versioning enabled, seed 1. */
    public static StoreConfig defaults() {
        return new StoreConfig(Mode.STRONG, 3, Versioning.ENABLED, 1L);
    }

    public StoreConfig withMode(Mode m) {
        return new StoreConfig(m, cacheNodes, versioning, seed, witnessStripes, bug);
    }

    public StoreConfig withCacheNodes(int n) {
        return new StoreConfig(mode, n, versioning, seed, witnessStripes, bug);
    }

    public StoreConfig withVersioning(Versioning v) {
        return new StoreConfig(mode, cacheNodes, v, seed, witnessStripes, bug);
    }

    public StoreConfig withSeed(long s) {
        return new StoreConfig(mode, cacheNodes, versioning, s, witnessStripes, bug);
    }

    public StoreConfig withWitnessStripes(int n) {
        return new StoreConfig(mode, cacheNodes, versioning, seed, n, bug);
    }

    public StoreConfig withBug(ProtocolBug b) {
        return new StoreConfig(mode, cacheNodes, versioning, seed, witnessStripes, b);
    }
}
