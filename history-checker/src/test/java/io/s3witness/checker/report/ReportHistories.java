package io.s3witness.checker.report;

import io.s3witness.checker.JsonLinesBuilder;
import java.util.Map;
import java.util.SplittableRandom;

/** Histories made for the report tests. */
final class ReportHistories {
  /** Keys and values a browser would run if they were ever parsed as markup. */
  static final String EVIL_KEY = "<img src=x onerror=\"document.title='pwned-key'\">";
  static final String EVIL_DIGEST = "</script><script>document.title='pwned-digest'</script>";

  private ReportHistories() {
  }

  /** The S3 flicker (DESIGN §1) on a key and with digests that are markup. */
  static String evilFlicker() {
    String d2 = "d2&amp;<b>bold</b>";
    return new JsonLinesBuilder().meta("s3", "enabled")
        .op(0, "put", EVIL_KEY, Map.of("digest", EVIL_DIGEST), "ok",
            Map.of("digest", EVIL_DIGEST, "version", "v1'\"<"), 1, 2)
        .op(0, "put", EVIL_KEY, Map.of("digest", d2), "ok",
            Map.of("digest", d2, "version", "v2"), 3, 4)
        .op(1, "get", EVIL_KEY, null, "ok", Map.of("digest", d2, "version", "v2"), 5, 6)
        .op(2, "get", EVIL_KEY, null, "ok", Map.of("digest", EVIL_DIGEST, "version", "v1'\"<"),
            7, 8)
        .build();
  }

  /**
   * {@code n} cas-register operations on five processes, each overlapping its neighbours,
   * linearizable in invocation order, except the last: a read of a value never written.
   */
  static String longRegister(int n, long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    JsonLinesBuilder b = new JsonLinesBuilder();
    Long value = null;
    for (int i = 0; i < n; i++) {
      long call = 10L * i;
      long ret = call + 15;
      int process = i % 5;
      if (i == n - 1) {
        b.op(process, "read", null, null, "ok", -1L, call, ret);
      } else if (value == null || random.nextInt(3) == 0) {
        value = (long) i;
        b.op(process, "write", null, value, "ok", value, call, ret);
      } else if (random.nextInt(4) == 0) {
        long to = (long) i;
        b.op(process, "cas", null, java.util.List.of(value, to), "ok", null, call, ret);
        value = to;
      } else {
        b.op(process, "read", null, null, "ok", value, call, ret);
      }
    }
    return b.build();
  }
}
