package io.s3witness.checker;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.BiConsumer;
import org.junit.jupiter.api.Test;

/**
 * Histories made by running random operations against a sequential object, each given a
 * random interval around its instant, are linearizable; changing one read to a value never
 * written makes them not linearizable.
 *
 * <p>Each property runs over a fixed range of seeds (deterministic; a failure names its seed
 * and length). Plain JUnit rather than a property framework: the JDK's {@link Random} and a
 * loop are all it needs.
 */
class LinearizabilityPropertiesTest {
  private static final Duration TIMEOUT = Duration.ofSeconds(30);

  /** An operation of the sequential run, with the instant it took effect. */
  private record Op(String f, String key, Object input, String type, Object output,
      boolean read) {
  }

  @Test
  void casRegisterRunsAreLinearizable() {
    forSeeds(150, 20261122L, 40, (seed, length) -> {
      List<Op> run = casRegisterRun(new Random(seed), length);
      CheckResult r = check(run, seed, "cas-register", null);
      assertEquals(Verdict.LINEARIZABLE, r.verdict(), r.summary());
    });
  }

  @Test
  void casRegisterRunWithAnImpossibleReadIsNotLinearizable() {
    forSeeds(150, 20261123L, 40, (seed, length) -> {
      List<Op> run = casRegisterRun(new Random(seed), length);
      CheckResult r = check(withImpossibleRead(run, new Random(seed), 99L), seed,
          "cas-register", null);
      assertEquals(Verdict.NOT_LINEARIZABLE, r.verdict(), r.summary());
      assertEquals(99L, r.partitions().get(0).evidence().cannotPlace().operation().output());
    });
  }

  @Test
  void kvRunsAreLinearizable() {
    forSeeds(100, 20261124L, 40, (seed, length) -> {
      CheckResult r = check(kvRun(new Random(seed), length), seed, "kv", null);
      assertEquals(Verdict.LINEARIZABLE, r.verdict(), r.summary());
    });
  }

  @Test
  void kvRunWithAnImpossibleReadIsNotLinearizable() {
    forSeeds(100, 20261125L, 40, (seed, length) -> {
      List<Op> run = withImpossibleRead(kvRun(new Random(seed), length), new Random(seed),
          "never written");
      CheckResult r = check(run, seed, "kv", null);
      assertEquals(Verdict.NOT_LINEARIZABLE, r.verdict(), r.summary());
    });
  }

  @Test
  void s3RunsAreLinearizable() {
    forSeeds(100, 20261126L, 30, (seed, length) -> {
      CheckResult r = check(s3Run(new Random(seed), length), seed, "s3", "enabled");
      assertEquals(Verdict.LINEARIZABLE, r.verdict(), r.summary());
    });
  }

  @Test
  void s3RunWithAnImpossibleReadIsNotLinearizable() {
    forSeeds(100, 20261127L, 30, (seed, length) -> {
      List<Op> run = withImpossibleRead(s3Run(new Random(seed), length), new Random(seed),
          Map.of("digest", "never-written", "version", "v-none"));
      CheckResult r = check(run, seed, "s3", "enabled");
      assertEquals(Verdict.NOT_LINEARIZABLE, r.verdict(), r.summary());
    });
  }

  /** Runs a property for {@code count} seeds from {@code base}, lengths 1..maxLength. */
  private static void forSeeds(int count, long base, int maxLength,
      BiConsumer<Long, Integer> property) {
    Random lengths = new Random(base);
    for (int i = 0; i < count; i++) {
      long seed = base * 1000 + i;
      int length = 1 + lengths.nextInt(maxLength);
      try {
        property.accept(seed, length);
      } catch (AssertionError e) {
        throw new AssertionError("seed " + seed + ", length " + length + ": " + e.getMessage(),
            e);
      }
    }
  }

  // ------------------------------------------------------------------ sequential runs

  private static List<Op> casRegisterRun(Random random, int length) {
    List<Op> run = new ArrayList<>();
    Long value = null;
    for (int i = 0; i < length; i++) {
      int kind = random.nextInt(3);
      if (kind == 0) {
        run.add(new Op("read", null, null, "ok", value, true));
      } else if (kind == 1) {
        long v = random.nextInt(5);
        value = v;
        run.add(new Op("write", null, v, random.nextInt(6) == 0 ? "info" : "ok", v, false));
      } else {
        long from = random.nextInt(5);
        long to = random.nextInt(5);
        boolean applies = value != null && value == from;
        if (applies) {
          value = to;
        }
        // A cas that did not apply is a fail; either may also be recorded as indeterminate.
        String type = random.nextInt(6) == 0 ? "info" : applies ? "ok" : "fail";
        run.add(new Op("cas", null, List.of(from, to), type, List.of(from, to), false));
      }
    }
    return run;
  }

  private static List<Op> kvRun(Random random, int length) {
    List<Op> run = new ArrayList<>();
    Map<String, String> store = new HashMap<>();
    for (int i = 0; i < length; i++) {
      String key = "k" + random.nextInt(3);
      String current = store.getOrDefault(key, "");
      switch (random.nextInt(3)) {
        case 0 -> run.add(new Op("get", key, null, "ok", current, true));
        case 1 -> {
          String v = "p" + i + ";";
          store.put(key, v);
          run.add(new Op("put", key, v, random.nextInt(8) == 0 ? "info" : "ok", v, false));
        }
        default -> {
          String v = "a" + i + ";";
          store.put(key, current + v);
          run.add(new Op("append", key, v, random.nextInt(8) == 0 ? "info" : "ok", v, false));
        }
      }
    }
    return run;
  }

  /** PUT, GET, DELETE and LIST on a versioned bucket of two keys. */
  private static List<Op> s3Run(Random random, int length) {
    List<Op> run = new ArrayList<>();
    Map<String, List<String[]>> stacks = new LinkedHashMap<>(); // key -> [version, digest|null]
    stacks.put("a/1", new ArrayList<>());
    stacks.put("a/2", new ArrayList<>());
    for (int i = 0; i < length; i++) {
      String key = random.nextBoolean() ? "a/1" : "a/2";
      List<String[]> stack = stacks.get(key);
      switch (random.nextInt(4)) {
        case 0 -> {
          String digest = "d" + i;
          String version = "v" + i;
          stack.add(0, new String[] {version, digest});
          run.add(new Op("put", key, Map.of("digest", digest),
              random.nextInt(8) == 0 ? "info" : "ok",
              Map.of("digest", digest, "version", version), false));
        }
        case 1 -> run.add(new Op("get", key, null, "ok", latest(stack), true));
        case 2 -> {
          String version = "m" + i;
          stack.add(0, new String[] {version, null});
          Map<String, Object> out = new LinkedHashMap<>();
          out.put("version", version);
          out.put("delete-marker", true);
          run.add(new Op("delete", key, null, random.nextInt(8) == 0 ? "info" : "ok", out,
              false));
        }
        default -> {
          List<Object> keys = new ArrayList<>();
          stacks.forEach((k, s) -> {
            Map<String, Object> seen = latest(s);
            if (seen != null) {
              Map<String, Object> entry = new LinkedHashMap<>();
              entry.put("key", k);
              entry.putAll(seen);
              keys.add(entry);
            }
          });
          run.add(new Op("list", null, Map.of("prefix", "a/"), "ok",
              Map.of("prefix", "a/", "keys", keys), true));
        }
      }
    }
    return run;
  }

  private static Map<String, Object> latest(List<String[]> stack) {
    if (stack.isEmpty() || stack.get(0)[1] == null) {
      return null;
    }
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("digest", stack.get(0)[1]);
    m.put("version", stack.get(0)[0]);
    return m;
  }

  /** The run with one read (added at the end when there is none) returning {@code value}. */
  private static List<Op> withImpossibleRead(List<Op> run, Random random, Object value) {
    List<Integer> reads = new ArrayList<>();
    for (int i = 0; i < run.size(); i++) {
      if (run.get(i).read() && !run.get(i).f().equals("list")) {
        reads.add(i);
      }
    }
    List<Op> out = new ArrayList<>(run);
    if (reads.isEmpty()) {
      Op template = run.get(0);
      String f = template.f().equals("read") || template.f().equals("write")
          || template.f().equals("cas") ? "read" : "get";
      String key = template.key() == null && f.equals("get") ? "a/1" : template.key();
      out.add(new Op(f, key, null, "ok", value, true));
    } else {
      int i = reads.get(random.nextInt(reads.size()));
      Op r = run.get(i);
      out.set(i, new Op(r.f(), r.key(), r.input(), "ok", value, true));
    }
    return out;
  }

  // ------------------------------------------------------------------ intervals

  /**
   * Operation i takes effect at 100*i; its interval extends a random amount either side, so
   * real-time order never contradicts the run's order (if a returns before b is invoked, a's
   * instant is before b's).
   */
  private static CheckResult check(List<Op> run, long seed, String model, String versioning) {
    Random random = new Random(seed ^ 0x9E3779B97F4A7C15L);
    JsonLinesBuilder b = new JsonLinesBuilder();
    if (versioning != null) {
      b.meta(model, versioning);
    }
    for (int i = 0; i < run.size(); i++) {
      Op op = run.get(i);
      long instant = 100L * (i + 1);
      long call = instant - random.nextInt(250);
      long ret = instant + random.nextInt(250);
      boolean neverCompleted = op.type().equals("info") && random.nextBoolean();
      b.op(i, op.f(), op.key(), op.input(), op.type(), op.type().equals("ok") ? op.output() : null,
          Math.max(0, call), neverCompleted ? -1 : ret);
    }
    return HistoryChecker.checkJsonLines(b.build(), model, TIMEOUT);
  }
}
