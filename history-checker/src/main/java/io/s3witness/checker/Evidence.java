package io.s3witness.checker;

import java.util.List;

/**
 * Why a partition is not linearizable: the longest prefix the search could linearize (in
 * linearization order), the operation that then could not be placed, the model state(s) it was
 * tried in and, per state, what became of each operation that could have come next.
 *
 * @param attempts one per state in {@code statesBefore} (same order): the candidates there
 */
public record Evidence(List<Step> linearizedPrefix, Step cannotPlace, List<String> statesBefore,
    List<Attempt> attempts) {
  public Evidence {
    linearizedPrefix = List.copyOf(linearizedPrefix);
    statesBefore = List.copyOf(statesBefore);
    attempts = List.copyOf(attempts);
  }

  public Evidence(List<Step> linearizedPrefix, Step cannotPlace, List<String> statesBefore) {
    this(linearizedPrefix, cannotPlace, statesBefore, List.of());
  }

  /** The search stuck in {@code state}: every candidate there, each with why it led nowhere. */
  public record Attempt(String state, List<Candidate> candidates) {
    public Attempt {
      candidates = List.copyOf(candidates);
    }
  }

  /**
   * An operation that could have been linearized next.
   *
   * @param legal whether the model accepts it in the state at all
   * @param why the model's reason it is illegal, or, when legal, that every continuation
   *     after it failed (the search explored that configuration already)
   */
  public record Candidate(Step step, boolean legal, String why) {
  }
}
