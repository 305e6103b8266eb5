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

    // The witness faults follow specs/Witness.tla's states (up, down, cut off): each returns false and changes
    // nothing when the witness is not in the state the action starts from.

    /** Up or cut off → down: the witness dies and its memory is lost. Strong reads fall back to the log. */
    boolean crashWitness();

    /** Down → up, empty, as a new instance. */
    boolean restartWitness();

    /** Up → up: a new, empty witness takes over. */
    boolean replaceWitness();

    /** Up → cut off: nobody can reach the witness (it keeps its memory, but will have to forget it). */
    boolean witnessUnreachable();

    /** Cut off → up: reachable again, and it knows nothing. */
    boolean witnessReachable();

    /** The next {@code count} commits of the key fail (0 clears). */
    void failNextCommits(String key, int count);

    /** Every commit fails with probability p, drawn from the store's seeded random (0 turns it off). */
    void failCommitsWithProbability(double p);

    /** How many cache nodes there are (nodes are 0..n-1). */
    int cacheNodes();
}
