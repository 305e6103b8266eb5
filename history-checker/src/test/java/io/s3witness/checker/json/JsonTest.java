package io.s3witness.checker.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.s3witness.checker.history.Edn;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JsonTest {
  @Test
  void parsesTheValueShapesHistoriesUse() throws JsonSyntaxException {
    Object v = Json.parse(" {\"a\": [1, -2.5, true, null, \"x\\n\\u0041\"], \"b\": {}} ");
    assertEquals(Map.of("a", java.util.Arrays.asList(1L, -2.5, true, null, "x\nA"), "b", Map.of()),
        v);
  }

  @Test
  void writesWhatItReads() throws JsonSyntaxException {
    String text = "{\"k\": [1, \"q\\\"\\\\\", null, {\"delete-marker\": false}]}";
    assertEquals(text, Json.write(Json.parse(text)));
  }

  @Test
  void errorsNameTheColumn() {
    JsonSyntaxException e = assertThrows(JsonSyntaxException.class,
        () -> Json.parse("{\"a\": 1, \"a\": 2}"));
    assertEquals("duplicate field \"a\"", e.getMessage());
    assertEquals(10, e.column());
    assertEquals("unknown escape '\\q' in a string",
        assertThrows(JsonSyntaxException.class, () -> Json.parse("\"\\q\"")).getMessage());
    assertEquals("unexpected 'x' after the value (expected end of line)",
        assertThrows(JsonSyntaxException.class, () -> Json.parse("1 x")).getMessage());
  }

  @Test
  void ednReadsJepsenValues() throws Edn.EdnSyntaxException {
    assertEquals(List.of(3L, 0L), Edn.readOne("[3 0]"));
    assertEquals(new Edn.Keyword("timed-out"), Edn.readOne(":timed-out"));
    List<Edn.Form> forms = Edn.readAll("; a comment\n{:a \"x\\ty\" #_ :gone :b #{1}}\n#inst \"2026\"");
    assertEquals(2, forms.size());
    assertEquals(2, forms.get(0).line());
    assertEquals(Map.of(new Edn.Keyword("a"), "x\ty", new Edn.Keyword("b"),
        java.util.Set.of(1L)), forms.get(0).value());
    assertEquals("2026", forms.get(1).value());
  }
}
