package io.s3witness.specs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TlaValueTest {

    @Test
    void parsesRecordsSequencesSetsAndScalars() {
        Object v = TlaValue.parse("[a |-> \"s\", b |-> <<1, -1>>, c |-> {TRUE}, d |-> c1]");
        Map<?, ?> r = (Map<?, ?>) v;
        assertEquals("s", r.get("a"));
        assertEquals(List.of(1L, -1L), r.get("b"));
        assertEquals(new TlaValue.Tuples.SetOf(List.of(true)), r.get("c"));
        assertEquals(new TlaValue.ModelValue("c1"), r.get("d"));
    }

    @Test
    void parsesFunctionsPrintedWithColonGreater() {
        Object v = TlaValue.parse("(c1 :> [seq |-> 2] @@ c2 :> [seq |-> -1])");
        Map<?, ?> f = (Map<?, ?>) v;
        assertEquals(Map.of("seq", 2L), f.get(new TlaValue.ModelValue("c1")));
        assertEquals(Map.of("seq", -1L), f.get(new TlaValue.ModelValue("c2")));
    }

    @Test
    void parsesEmptyCollectionsAndEscapedStrings() {
        assertEquals(List.of(), TlaValue.parse("<<>>"));
        assertEquals(Map.of(), TlaValue.parse("[]"));
        assertEquals("a\"b", TlaValue.parse("\"a\\\"b\""));
    }

    @Test
    void rejectsMalformedTextSayingWhereAndWhat() {
        IllegalArgumentException e =
                assertThrows(IllegalArgumentException.class, () -> TlaValue.parse("[a |-> 1"));
        assertTrue(e.getMessage().contains("offset 8"), e.getMessage());
        assertTrue(e.getMessage().contains("expected ','"), e.getMessage());
    }
}
