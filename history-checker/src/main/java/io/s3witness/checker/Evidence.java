package io.s3witness.checker;

import java.util.List;

/**
 * Why a partition is not linearizable: the longest prefix the search could linearize (in
 * linearization order), the operation that then could not be placed, and the model state(s)
 * it was tried in.
 */
public record Evidence(List<Step> linearizedPrefix, Step cannotPlace, List<String> statesBefore) {
  public Evidence {
    linearizedPrefix = List.copyOf(linearizedPrefix);
    statesBefore = List.copyOf(statesBefore);
  }
}
