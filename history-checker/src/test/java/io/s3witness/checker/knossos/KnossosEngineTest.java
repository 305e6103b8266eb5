package io.s3witness.checker.knossos;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.s3witness.checker.CheckOptions;
import io.s3witness.checker.CheckResult;
import io.s3witness.checker.SharedHistories;
import io.s3witness.checker.Verdict;
import io.s3witness.checker.history.History;
import io.s3witness.checker.history.HistoryReader;
import java.io.IOException;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * Knossos gives the same verdicts through the interop adapter. Runs only with the
 * {@code knossos} Maven profile (Clojars); otherwise skipped with the reason.
 */
class KnossosEngineTest {
  private static boolean knossosPresent() {
    try {
      KnossosEngine.require();
      return true;
    } catch (KnossosUnavailableException e) {
      return false;
    }
  }

  @Test
  void absentKnossosIsAClearError() {
    assumeTrue(!knossosPresent(), "Knossos is on the classpath");
    KnossosUnavailableException e = assertThrows(KnossosUnavailableException.class,
        KnossosEngine::require);
    assertTrue(e.getMessage().startsWith(KnossosEngine.ABSENT), e.getMessage());
  }

  @Test
  void knossosAgreesOnEtcdHistories() throws IOException, KnossosUnavailableException {
    assumeTrue(knossosPresent(), "skipped: Knossos is not on the classpath (run with"
        + " -Pknossos where Clojars is reachable)");
    for (String name : new String[] {"etcd_000.log", "etcd_002.log"}) {
      History h = HistoryReader.read(SharedHistories.dir().resolve("porcupine-etcd/" + name),
          null);
      CheckResult r = KnossosEngine.check(h, "cas-register",
          CheckOptions.of("cas-register", Duration.ofSeconds(60)));
      assertEquals(name.equals("etcd_002.log") ? Verdict.LINEARIZABLE : Verdict.NOT_LINEARIZABLE,
          r.verdict(), r.summary());
    }
  }

  @Test
  void kvAndS3HaveNoKnossosModel() {
    History h = HistoryReader.parse("{:process 0, :type :invoke, :f :get, :key \"k\"}", "h.edn",
        null);
    KnossosUnavailableException e = assertThrows(KnossosUnavailableException.class,
        () -> KnossosEngine.check(h, "kv", CheckOptions.of("kv", Duration.ofSeconds(1))));
    assertEquals("the Knossos engine checks register and cas-register histories only; model kv"
        + " has no Knossos counterpart", e.getMessage());
  }
}
