package io.s3witness.checker.lin;

import java.util.Arrays;

/**
 * The memo of Lowe's algorithm: the set of (linearized operations, model state) pairs already
 * explored. Open addressing over parallel arrays, so that a probe with the live bitset allocates
 * nothing and only a new entry copies it.
 */
final class StateCache {
  private int[] hashes;
  private long[][] bits;
  private Object[] states;
  private int size;
  private int mask;

  StateCache() {
    int capacity = 1 << 14; // growing is costly: rehashing touches every entry
    hashes = new int[capacity];
    bits = new long[capacity][];
    states = new Object[capacity];
    mask = capacity - 1;
  }

  int size() {
    return size;
  }

  /** Adds the pair unless present; true when it was new. */
  boolean add(long[] liveBits, Object state, int hash) {
    int i = hash & mask;
    while (bits[i] != null) {
      if (hashes[i] == hash && Arrays.equals(bits[i], liveBits) && states[i].equals(state)) {
        return false;
      }
      i = (i + 1) & mask;
    }
    hashes[i] = hash;
    bits[i] = liveBits.clone();
    states[i] = state;
    if (++size * 2 > hashes.length) {
      grow();
    }
    return true;
  }

  private void grow() {
    int[] oldHashes = hashes;
    long[][] oldBits = bits;
    Object[] oldStates = states;
    int capacity = oldHashes.length * 2;
    hashes = new int[capacity];
    bits = new long[capacity][];
    states = new Object[capacity];
    mask = capacity - 1;
    for (int j = 0; j < oldHashes.length; j++) {
      if (oldBits[j] != null) {
        int i = oldHashes[j] & mask;
        while (bits[i] != null) {
          i = (i + 1) & mask;
        }
        hashes[i] = oldHashes[j];
        bits[i] = oldBits[j];
        states[i] = oldStates[j];
      }
    }
  }
}
