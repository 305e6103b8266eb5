package io.s3witness.specs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class ConfigTableTest {

    @Test
    void readsRowsSkippingCommentsAndSelectsCiOnes() {
        ConfigTable t = ConfigTable.parse("t.tsv", List.of("# comment", "",
                "MCA\tpass\tci\tthe first", "MCB\tNoStaleRead\textra\tthe second"));
        assertEquals(2, t.all().size());
        assertEquals(List.of("MCA"), t.ci().stream().map(ModelConfig::name).toList());
        assertTrue(t.find("MCB").orElseThrow().accepts(
                new Verdict(Verdict.Kind.INVARIANT, "NoStaleRead", "")));
    }

    @Test
    void aViolationConfigAcceptsOnlyThatViolation() {
        ModelConfig c = new ModelConfig("MCB", "NoStaleRead", true, "");
        assertFalse(c.accepts(Verdict.pass()));
        assertFalse(c.accepts(new Verdict(Verdict.Kind.INVARIANT, "NoFlicker", "")));
        assertFalse(c.accepts(Verdict.error("timed out")));
        assertFalse(c.accepts(new Verdict(Verdict.Kind.DEADLOCK, "", "")));
        ModelConfig p = new ModelConfig("MCA", "pass", true, "");
        assertTrue(p.accepts(Verdict.pass()));
        assertFalse(p.accepts(new Verdict(Verdict.Kind.INVARIANT, "NoStaleRead", "")));
    }

    @Test
    void errorsNameFileLineAndField() {
        var e = assertThrows(ConfigTable.ConfigTableException.class,
                () -> ConfigTable.parse("t.tsv", List.of("MCA\tpass\tci")));
        assertTrue(e.getMessage().startsWith("t.tsv:1: expected 4"), e.getMessage());
        e = assertThrows(ConfigTable.ConfigTableException.class,
                () -> ConfigTable.parse("t.tsv", List.of("#", "MCA\tpass\tnightly\tx")));
        assertTrue(e.getMessage().startsWith("t.tsv:2: field 'group'"), e.getMessage());
        e = assertThrows(ConfigTable.ConfigTableException.class,
                () -> ConfigTable.parse("t.tsv", List.of("MCA\tpass\tci\tx", "MCA\tpass\tci\ty")));
        assertTrue(e.getMessage().contains("listed twice"), e.getMessage());
        e = assertThrows(ConfigTable.ConfigTableException.class,
                () -> ConfigTable.parse("t.tsv", List.of("strong\tpass\tci\tx")));
        assertTrue(e.getMessage().contains("field 'config'"), e.getMessage());
    }
}
