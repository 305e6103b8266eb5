package io.s3witness.store;

/**
 * Every fault the store can be put through, in one place: used by tests, scenarios, the S3 front end and the demo.
 * Faults never make a strong store answer wrongly; they make an eventual one show its anomalies.
 */
public interface Faults {
    /** Requests of the node's keys go to other nodes (chosen per client); the node keeps its entries. */
    void impairNode(int node);

    /** The node serves its keys again, with the entries it kept. */
    void restoreNode(int node);

    /** The witness dies: unreachable and its memory lost. Strong reads fall back to the log. */
    void crashWitness();

    /** The witness comes back empty. */
    void restartWitness();

    /** A new, empty witness takes over. */
    void replaceWitness();

    /** Nobody can reach the witness (it keeps its memory, but will have to forget it). */
    void witnessUnreachable();

    /** The witness is reachable again and knows nothing. */
    void witnessReachable();

    /** The next {@code count} commits of the key fail (0 clears). */
    void failNextCommits(String key, int count);

    /** Every commit fails with probability p, drawn from the store's seeded random (0 turns it off). */
    void failCommitsWithProbability(double p);

    /** How many cache nodes there are (nodes are 0..n-1). */
    int cacheNodes();
}
