package io.s3witness.specs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CounterexampleTableTest {

    private static TraceStep step(int i, String action, String client, String stage) {
        Map<String, String> v = new LinkedHashMap<>();
        v.put("lastAction", "[action |-> \"" + action + "\", client |-> " + client
                + ", key |-> \"k1\"]");
        v.put("log", "[k1 |-> <<[op |-> \"put\", val |-> 0, target |-> 0, vmode |-> \"enabled\"],"
                + " [op |-> \"delete\", val |-> 0, target |-> 0, vmode |-> \"enabled\"]>>,"
                + " k2 |-> <<>>]");
        v.put("wState", "\"up\"");
        v.put("wHw", "[k1 |-> 2, k2 |-> -1]");
        v.put("wEpoch", "1");
        v.put("published", "[k1 |-> 2, k2 |-> 0]");
        v.put("cache", "[n1 |-> [k1 |-> [seq |-> 2, stack |-> <<>>], k2 |-> [seq |-> -1,"
                + " stack |-> <<>>]]]");
        v.put("op", "(c1 :> [kind |-> \"get\", key |-> \"k1\", arg |-> 0, node |-> \"n1\","
                + " stage |-> \"" + stage + "\", seq |-> 1, resp |-> [st |-> \"found\","
                + " vid |-> 1, val |-> 0], seen |-> [k1 |-> [st |-> \"none\", vid |-> 0,"
                + " val |-> 0]]] @@ c2 :> [kind |-> \"none\"])");
        return new TraceStep(i, "Next", v);
    }

    @Test
    void rowsSayActionClientKeyAndEachComponent() {
        List<CounterexampleTable.Row> rows =
                CounterexampleTable.rows(List.of(step(1, "Init", "\"-\"", "return")));
        CounterexampleTable.Row r = rows.get(0);
        assertEquals("Init", r.action());
        assertEquals("k1", r.key());
        assertEquals("k1: put1=0 del2 | k2: -", r.log());
        assertEquals("up e1 hw k1=2 k2=? pub k1=2 k2=0", r.witness());
        assertEquals("n1 k1@2 k2@-", r.cache());
        assertEquals("c1 get k1 via n1 return s1 found v1=0 | c2 idle", r.clients());
    }

    @Test
    void textTableHasAHeaderAndOneLinePerStep() {
        String t = CounterexampleTable.text(CounterexampleTable.rows(List.of(
                step(1, "Init", "\"-\"", "read"), step(2, "CheckWitness", "c1", "return"))));
        String[] lines = t.split("\\R");
        assertEquals(3, lines.length);
        assertTrue(lines[0].startsWith("# | action"), lines[0]);
        assertTrue(lines[2].contains("CheckWitness | c1"), lines[2]);
    }

    @Test
    void jsonCarriesRowsAndRawState() {
        String j = CounterexampleTable.json("MCX", new Verdict(Verdict.Kind.INVARIANT,
                "NoStaleRead", ""), List.of(step(1, "Init", "\"-\"", "read")));
        assertTrue(j.contains("\"violated\": \"NoStaleRead\""), j);
        assertTrue(j.contains("\"action\": \"Init\""), j);
        assertTrue(j.contains("\"wHw\": \"[k1 |-> 2, k2 |-> -1]\""), j);
    }

    @Test
    void unknownVariablesShowAsQuestionMarks() {
        var rows = CounterexampleTable.rows(List.of(new TraceStep(1, "Inc", Map.of("x", "1"))));
        assertEquals("Inc", rows.get(0).action());
        assertEquals("?", rows.get(0).witness());
    }
}
