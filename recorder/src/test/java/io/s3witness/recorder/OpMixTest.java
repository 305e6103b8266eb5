package io.s3witness.recorder;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumMap;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class OpMixTest {
    @Test
    void parsesWeightsAndChoosesInProportion() {
        OpMix mix = OpMix.parse("put=40, get=40,delete=10,list=10", Versioning.UNVERSIONED);
        assertEquals(40, mix.weight(OpKind.PUT));
        assertEquals(0, mix.weight(OpKind.HEAD));
        assertEquals("put=40,get=40,delete=10,list=10", mix.toString());
        Map<OpKind, Integer> counts = new EnumMap<>(OpKind.class);
        SplittableRandom r = new SplittableRandom(1);
        for (int i = 0; i < 10_000; i++) {
            counts.merge(mix.choose(r), 1, Integer::sum);
        }
        assertEquals(null, counts.get(OpKind.HEAD));
        assertTrue(Math.abs(counts.get(OpKind.PUT) - 4000) < 300, counts.toString());
        assertTrue(Math.abs(counts.get(OpKind.LIST) - 1000) < 200, counts.toString());
    }

    @Test
    void rejectsBadMixesWithTheReason() {
        assertMessage("unknown operation 'copy'", "put=1,copy=2", Versioning.UNVERSIONED);
        assertMessage("expected name=weight, got 'put'", "put", Versioning.UNVERSIONED);
        assertMessage("weight of 'get' is not a whole number: 'x'", "get=x", Versioning.UNVERSIONED);
        assertMessage("weight of 'get' is negative", "get=-1", Versioning.UNVERSIONED);
        assertMessage("'put' is given twice", "put=1,put=2", Versioning.UNVERSIONED);
        assertMessage("'list-versions' needs --versioning on", "put=1,list-versions=1", Versioning.UNVERSIONED);
        assertMessage("at least one operation needs a positive weight", "put=0", Versioning.UNVERSIONED);
    }

    @Test
    void defaultsCoverTheVersionedOperationsOnlyWhenVersioned() {
        assertEquals(0, OpMix.defaultFor(Versioning.UNVERSIONED).weight(OpKind.GET_VERSION));
        for (OpKind k : OpKind.values()) {
            assertTrue(OpMix.defaultFor(Versioning.ENABLED).weight(k) > 0, k.f());
        }
    }

    private static void assertMessage(String expected, String mix, Versioning v) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> OpMix.parse(mix, v));
        assertTrue(e.getMessage().contains(expected), e.getMessage());
    }
}
