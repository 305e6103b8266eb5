package io.s3witness.checker.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.s3witness.checker.SharedHistories;
import io.s3witness.checker.json.Json;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Exit codes and output of the command line. */
class MainTest {
  private record Run(int code, String out, String err) {
  }

  private static Run run(String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code = Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
    return new Run(code, out.toString(StandardCharsets.UTF_8),
        err.toString(StandardCharsets.UTF_8));
  }

  private static String s3(String name) {
    return SharedHistories.resource("s3/" + name).toString();
  }

  @Test
  void linearizableExitsZero() {
    Run r = run("check", s3("flicker-fixed.jsonl"));
    assertEquals(0, r.code(), r.err());
    assertTrue(r.out().contains("flicker-fixed.jsonl: linearizable (model s3, 5 operations"),
        r.out());
  }

  @Test
  void notLinearizableExitsOneAndShowsTheEvidence() {
    Run r = run("check", s3("flicker.jsonl"));
    assertEquals(1, r.code());
    assertTrue(r.out().contains("cannot place:"), r.out());
    assertTrue(r.out().contains("longest linearizable prefix:"), r.out());
  }

  @Test
  void unknownExitsTwo() {
    Path c50 = SharedHistories.dir().resolve("porcupine-kv/c50-ok.txt");
    Run r = run("check", c50.toString(), "--timeout", "1ms");
    assertEquals(2, r.code(), r.out());
    assertTrue(r.out().contains("unknown: time limit reached"), r.out());
  }

  @Test
  void badInputExitsThreeWithFileLineAndField(@TempDir Path dir) throws Exception {
    Path bad = dir.resolve("bad.jsonl");
    Files.writeString(bad, "{\"process\": 0, \"type\": \"invoke\", \"f\": \"read\"}\n");
    Run r = run("check", bad.toString());
    assertEquals(3, r.code());
    assertEquals("history-checker: bad input: " + bad + ":1: field \"time\": missing (expected"
        + " an integer (monotonic nanoseconds))\n", r.err());
  }

  @Test
  void missingFileExitsThree() {
    Run r = run("check", "no/such/history.jsonl");
    assertEquals(3, r.code());
    assertEquals("history-checker: no such file: no/such/history.jsonl\n", r.err());
  }

  @Test
  void usageErrorsExitThree() {
    assertEquals(3, run().code());
    Run r = run("check", "x.jsonl", "--model", "queue");
    assertEquals(3, r.code());
    assertTrue(r.err().startsWith("history-checker: --model: expected auto, register,"
        + " cas-register, kv or s3, got \"queue\"\n"), r.err());
    assertEquals(3, run("check", "x.jsonl", "--timeout", "soon").code());
    assertEquals(3, run("check", "x.jsonl", "--engine", "jepsen").code());
    assertEquals(3, run("frobnicate").code());
  }

  @Test
  void worstVerdictWinsAcrossFiles() {
    assertEquals(1, run("check", s3("flicker-fixed.jsonl"), s3("flicker.jsonl")).code());
  }

  @Test
  void expectedCorpusPrintsTheTableAndExitsZeroWhenAllAreRight() {
    Run r = run("check", "--expected", s3("expected.tsv"));
    assertEquals(0, r.code(), r.out());
    assertTrue(r.out().startsWith("file "), r.out());
    assertTrue(r.out().contains("flicker.jsonl"), r.out());
    assertTrue(r.out().contains("total: 21 histories, 90 operations, 21 right, 0 wrong,"
        + " 0 unknown"), r.out());
  }

  @Test
  void expectedCorpusExitsOneWhenAVerdictDiffers(@TempDir Path dir) throws Exception {
    Path tsv = dir.resolve("expected.tsv");
    Files.writeString(tsv, "file\texpected\n" + s3("flicker.jsonl") + "\tlinearizable\n");
    Run r = run("check", "--expected", tsv.toString());
    assertEquals(1, r.code());
    assertTrue(r.out().contains("WRONG"), r.out());
  }

  @Test
  void expectedCorpusWithABadHistoryMarksItsRowAndExitsThree(@TempDir Path dir)
      throws Exception {
    Path bad = dir.resolve("bad.jsonl");
    Files.writeString(bad, "{\"process\": 0, \"type\": \"ok\", \"f\": \"read\", \"time\": 1}\n");
    Path tsv = dir.resolve("expected.tsv");
    Files.writeString(tsv, "bad.jsonl\tlinearizable\n" + s3("flicker.jsonl")
        + "\tnot-linearizable\n");
    Run r = run("check", "--expected", tsv.toString());
    assertEquals(3, r.code());
    assertTrue(r.out().contains("bad-input"), r.out());
    assertTrue(r.out().contains("total: 2 histories, 5 operations, 1 right, 1 wrong"), r.out());
    assertEquals("history-checker: bad input: " + bad + ":1: field \"type\": completion \"ok\""
        + " without an invoke: process 0 has no open operation\n", r.err());
  }

  @Test
  void jsonResultCarriesTheEvidence(@TempDir Path dir) throws Exception {
    Path json = dir.resolve("result.json");
    assertEquals(1, run("check", s3("read-after-delete.jsonl"), "--json", json.toString())
        .code());
    Map<?, ?> root = (Map<?, ?>) Json.parse(Files.readString(json));
    Map<?, ?> result = (Map<?, ?>) ((List<?>) root.get("results")).get(0);
    assertEquals("not-linearizable", result.get("verdict"));
    Map<?, ?> partition = (Map<?, ?>) ((List<?>) result.get("partitions")).get(0);
    Map<?, ?> evidence = (Map<?, ?>) partition.get("evidence");
    Map<?, ?> cannotPlace = (Map<?, ?>) evidence.get("cannot-place");
    assertEquals("get", cannotPlace.get("f"));
    assertEquals(6L, cannotPlace.get("invoke-line"));
    assertEquals(List.of("[v2:<delete-marker>, v1:d1]"), evidence.get("states-before"));
    assertEquals(2, ((List<?>) evidence.get("linearized-prefix")).size());
  }

  @Test
  void knossosAbsentIsReportedClearly() {
    Run r = run("check", SharedHistories.dir().resolve("porcupine-etcd/etcd_000.log").toString(),
        "--engine", "knossos");
    org.junit.jupiter.api.Assumptions.assumeTrue(r.code() == 3,
        "Knossos is on this classpath; KnossosEngineTest covers it");
    // Loading Clojure can take over 3 s on a loaded machine, so a progress line may come first.
    assertTrue(r.err().lines().anyMatch(l -> l.startsWith("history-checker: Knossos is not on"
        + " the classpath; install it with the `knossos` Maven profile (Clojars) or add its jars"
        + " with -cp")), r.err());
  }

  @Test
  void convertWritesJsonLinesThatReadBackTheSame() {
    Run r = run("convert", SharedHistories.dir().resolve("porcupine-kv/c01-ok.txt").toString(),
        "--to", "jsonl");
    assertEquals(0, r.code(), r.err());
    assertTrue(r.out().startsWith("{\"process\": \"0\"".replace("\"0\"", "0")
        + ", \"type\": \"invoke\", \"f\": \"append\", \"key\": \"0\", \"value\": \"x 0 0 y\","
        + " \"time\": 1}\n"), r.out());
  }
}
