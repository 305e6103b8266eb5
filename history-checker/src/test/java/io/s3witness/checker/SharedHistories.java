package io.s3witness.checker;

import java.nio.file.Files;
import java.nio.file.Path;

/** Locates ../shared/histories (beside the repository) from wherever the tests run. */
public final class SharedHistories {
  private SharedHistories() {
  }

  /** The shared histories directory; fails the test with a clear message when it is absent. */
  public static Path dir() {
    for (String candidate : new String[] {"../../shared/histories", "../shared/histories"}) {
      Path p = Path.of(candidate).toAbsolutePath().normalize();
      if (Files.isRegularFile(p.resolve("expected.tsv"))) {
        return p;
      }
    }
    throw new AssertionError("the shared histories are missing: expected ../shared/histories/"
        + "expected.tsv beside the repository (looked from " + Path.of("").toAbsolutePath()
        + " at ../../shared/histories and ../shared/histories)");
  }

  /** A test resource as a path. */
  public static Path resource(String name) {
    try {
      return Path.of(SharedHistories.class.getResource("/" + name).toURI());
    } catch (Exception e) {
      throw new AssertionError("missing test resource " + name, e);
    }
  }
}
