package io.s3witness.checker.model;

import java.util.List;

/**
 * A part of a history checked on its own, e.g. one key.
 *
 * @param name what it is ("key a", or "" for an unpartitioned model)
 */
public record Partition<C>(String name, List<ModelOp<C>> ops) {
  public Partition {
    ops = List.copyOf(ops);
  }
}
