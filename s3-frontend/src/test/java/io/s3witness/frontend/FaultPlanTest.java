package io.s3witness.frontend;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.s3witness.store.Faults;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class FaultPlanTest {
    /** Records the calls it gets, as "impair 0", "crash", ... */
    static final class Calls implements Faults {
        final List<String> log = new ArrayList<>();

        @Override public void impairNode(int node) { log.add("impair " + node); }
        @Override public void restoreNode(int node) { log.add("restore " + node); }
        @Override public boolean crashWitness() { log.add("crash"); return true; }
        @Override public boolean restartWitness() { log.add("restart"); return true; }
        @Override public boolean replaceWitness() { log.add("replace"); return true; }
        @Override public boolean witnessUnreachable() { log.add("cut"); return true; }
        @Override public boolean witnessReachable() { log.add("reach"); return true; }
        @Override public void failNextCommits(String key, int count) { log.add("fail-next " + key + " " + count); }
        @Override public void failCommitsWithProbability(double p) { log.add("fail " + p); }
        @Override public int cacheNodes() { return 3; }
    }

    @Test
    void parsesEveryClauseKind() {
        FaultPlan p = FaultPlan.parse("every:200ms:impair-node,replace-witness; at-op:5:crash-witness,fail-commits=0.5;"
                + "every-op:3:impair-node=2");
        assertEquals(3, p.clauses().size());
        assertEquals(Duration.ofMillis(200), p.clauses().get(0).period());
        assertEquals(FaultPlan.Trigger.AT_OP, p.clauses().get(1).trigger());
        assertEquals(0.5, p.clauses().get(1).actions().get(1).probability());
        assertEquals(2, p.clauses().get(2).actions().get(0).node());
    }

    @Test
    void requestClausesFireAtTheirCountsAndRotateTheImpairedNode() {
        Calls calls = new Calls();
        FaultDriver d = new FaultDriver(FaultPlan.parse("every-op:2:impair-node;at-op:3:crash-witness,heal"), calls,
                s -> { });
        for (int i = 0; i < 8; i++) {
            d.beforeRequest();
        }
        assertEquals(List.of("impair 0", "crash", "restore 0", "restore 1", "restore 2", "restart", "reach",
                "fail 0.0", "impair 0", "restore 0", "impair 1", "restore 1", "impair 2"), calls.log);
    }

    @Test
    void badSchedulesAreNamedPrecisely() {
        assertTrue(assertThrows(IllegalArgumentException.class, () -> FaultPlan.parse("every:soon:heal"))
                .getMessage().contains("expected a duration"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> FaultPlan.parse("at-op:0:heal"))
                .getMessage().contains("request count of 1 or more"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> FaultPlan.parse("every-op:3:explode"))
                .getMessage().contains("unknown fault 'explode'"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> FaultPlan.parse("fail-commits=2"))
                .getMessage().contains("expected every:DURATION:ACTIONS"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> FaultPlan.parse("at-op:1:fail-commits=2"))
                .getMessage().contains("P from 0 to 1"));
        assertEquals(FaultPlan.NONE, FaultPlan.parse(" "));
    }
}
