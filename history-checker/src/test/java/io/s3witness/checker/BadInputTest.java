package io.s3witness.checker;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.s3witness.checker.history.HistoryFormat;
import io.s3witness.checker.history.HistoryReader;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Each kind of bad input is reported with its file, line, field and what was expected. */
class BadInputTest {
  private static final String INVOKE =
      "{\"process\": 0, \"type\": \"invoke\", \"f\": \"write\", \"value\": 1, \"time\": 1}";
  private static final String OK =
      "{\"process\": 0, \"type\": \"ok\", \"f\": \"write\", \"value\": 1, \"time\": 2}";

  private static String jsonlError(String... lines) {
    return assertThrows(HistoryFormatException.class,
        () -> HistoryChecker.check(HistoryReader.parse(String.join("\n", lines), "h.jsonl",
            HistoryFormat.JSONL), CheckOptions.of("auto", Duration.ofSeconds(5)))).getMessage();
  }

  private static String error(String text, HistoryFormat format, String model) {
    return assertThrows(HistoryFormatException.class,
        () -> HistoryChecker.check(HistoryReader.parse(text, "h", format),
            CheckOptions.of(model, Duration.ofSeconds(5)))).getMessage();
  }

  @Test
  void malformedJson() {
    assertEquals("h.jsonl:2: malformed JSON at column 15: expected ',' or '}' in an object",
        jsonlError(INVOKE, "{\"process\": 0 \"type\": \"ok\"}"));
  }

  @Test
  void notAnObject() {
    assertEquals("h.jsonl:1: expected a JSON object, got an array", jsonlError("[1, 2]"));
  }

  @Test
  void missingField() {
    assertEquals("h.jsonl:1: field \"time\": missing (expected an integer (monotonic"
        + " nanoseconds))", jsonlError("{\"process\": 0, \"type\": \"invoke\", \"f\": \"read\"}"));
  }

  @Test
  void wrongType() {
    assertEquals("h.jsonl:1: field \"time\": expected an integer (monotonic nanoseconds), got"
            + " the string \"soon\"",
        jsonlError("{\"process\": 0, \"type\": \"invoke\", \"f\": \"read\", \"time\": \"soon\"}"));
    assertEquals("h.jsonl:1: field \"process\": expected an integer or a string (the client id),"
            + " got the boolean true",
        jsonlError("{\"process\": true, \"type\": \"invoke\", \"f\": \"read\", \"time\": 1}"));
  }

  @Test
  void unknownType() {
    assertEquals("h.jsonl:1: field \"type\": expected one of invoke, ok, fail, info (or meta on"
            + " the first line), got \"done\"",
        jsonlError("{\"process\": 0, \"type\": \"done\", \"f\": \"read\", \"time\": 1}"));
  }

  @Test
  void unknownField() {
    assertEquals("h.jsonl:1: field \"node\": unknown field (expected only process, type, f, key,"
            + " value, time, index, error)",
        jsonlError("{\"process\": 0, \"type\": \"invoke\", \"f\": \"read\", \"time\": 1,"
            + " \"node\": \"n1\"}"));
  }

  @Test
  void metaLineNotFirst() {
    assertEquals("h.jsonl:2: field \"type\": a meta line is allowed only as the first line",
        jsonlError(INVOKE, "{\"type\": \"meta\", \"model\": \"s3\"}"));
  }

  @Test
  void badVersioning() {
    assertEquals("h.jsonl:1: field \"versioning\": expected one of enabled, unversioned,"
            + " suspended, got \"on\"",
        jsonlError("{\"type\": \"meta\", \"model\": \"s3\", \"versioning\": \"on\"}"));
  }

  @Test
  void unknownModelInMeta() {
    assertEquals("h.jsonl:1: field \"model\": expected one of register, cas-register, kv, s3,"
        + " got \"queue\"", jsonlError("{\"type\": \"meta\", \"model\": \"queue\"}", INVOKE, OK));
  }

  @Test
  void completionWithoutInvoke() {
    assertEquals("h.jsonl:1: field \"type\": completion \"ok\" without an invoke: process 0 has"
        + " no open operation", jsonlError(OK));
  }

  @Test
  void secondInvokeWhileOpen() {
    assertEquals("h.jsonl:2: field \"process\": process 0 invoked again while its operation from"
        + " line 1 is still open (expected a completion first)", jsonlError(INVOKE, INVOKE));
  }

  @Test
  void completionOfAnotherOperation() {
    assertEquals("h.jsonl:2: field \"f\": expected \"write\" (the f of the invoke at line 1), got"
        + " \"read\"", jsonlError(INVOKE, OK.replace("write", "read")));
  }

  @Test
  void timeGoingBackwards() {
    assertEquals("h.jsonl:2: field \"time\": completion time 0 is before its invoke's time 1"
            + " (line 1); expected a monotonic clock",
        jsonlError(INVOKE, OK.replace("\"time\": 2", "\"time\": 0")));
  }

  @Test
  void operationTheModelDoesNotKnow() {
    assertEquals("h:1: field \"f\": model register expects read or write, got \"cas\"",
        error("{\"process\": 0, \"type\": \"invoke\", \"f\": \"cas\", \"value\": [1, 2],"
            + " \"time\": 1}", HistoryFormat.JSONL, "register"));
  }

  @Test
  void casWithoutPair() {
    assertEquals("h:1: field \"value\": a cas needs [from to], got 3",
        error("{\"process\": 0, \"type\": \"invoke\", \"f\": \"cas\", \"value\": 3, \"time\": 1}",
            HistoryFormat.JSONL, "cas-register"));
  }

  @Test
  void s3PutWithoutDigest() {
    assertEquals("h:1: field \"value.digest\": missing (expected a string)",
        error("{\"process\": 0, \"type\": \"invoke\", \"f\": \"put\", \"key\": \"k\", \"value\":"
            + " {\"size\": 3}, \"time\": 1}", HistoryFormat.JSONL, "s3"));
  }

  @Test
  void s3ListWithoutKeys() {
    assertEquals("h:2: field \"value.keys\": expected an array of {\"key\": K, \"version\": V,"
            + " \"digest\": D}",
        error("{\"process\": 0, \"type\": \"invoke\", \"f\": \"list\", \"value\": {\"prefix\":"
            + " \"\"}, \"time\": 1}\n{\"process\": 0, \"type\": \"ok\", \"f\": \"list\", \"value\":"
            + " {\"prefix\": \"\"}, \"time\": 2}", HistoryFormat.JSONL, "s3"));
  }

  @Test
  void s3OperationWithoutKey() {
    assertEquals("h:1: field \"key\": missing (expected the object key for get)",
        error("{\"process\": 0, \"type\": \"invoke\", \"f\": \"get\", \"time\": 1}",
            HistoryFormat.JSONL, "s3"));
  }

  @Test
  void kvOperationWithoutKey() {
    assertEquals("h:1: field \"key\": missing (model kv needs a key on every operation)",
        error("{:process 0, :type :invoke, :f :get, :value nil}", HistoryFormat.EDN, "kv"));
  }

  @Test
  void malformedEdn() {
    assertEquals("h:2: malformed EDN at column 33: unexpected end of input (expected '}')",
        error("{:process 0, :type :invoke, :f :read, :value nil}\n{:process 0, :type :ok, :f :read",
            HistoryFormat.EDN, "register"));
  }

  @Test
  void ednWithoutType() {
    assertEquals("h:1: field \":type\": expected one of :invoke, :ok, :fail, :info, got nil",
        error("{:process 0, :f :read, :value nil}", HistoryFormat.EDN, "register"));
  }

  @Test
  void ednNotAMap() {
    assertEquals("h:2: expected an operation map {:process .., :type .., :f .., :value ..}, got"
            + " [1 2]",
        error("{:process 0, :type :invoke, :f :read, :value nil}\n[1 2]", HistoryFormat.EDN,
            "register"));
  }

  @Test
  void malformedJepsenLogLine() {
    assertEquals("h:2: expected PROCESS :type :f VALUE after \"jepsen.util -\", got \"3 :ok\"",
        error("INFO  jepsen.util - 3\t:invoke\t:read\tnil\nINFO  jepsen.util - 3 :ok",
            HistoryFormat.JEPSEN_LOG, "cas-register"));
  }

  @Test
  void jepsenLogValueThatIsNotEdn() {
    assertEquals("h:1: field \"value\": expected an EDN value (nil, a number, [from to], ...), got"
            + " \"[1 2\": unexpected end of input (expected ']')",
        error("INFO  jepsen.util - 3\t:invoke\t:cas\t[1 2", HistoryFormat.JEPSEN_LOG,
            "cas-register"));
  }

  @Test
  void undetectableFormat() {
    assertEquals("h.txt:1: cannot tell the format (expected JSON Lines starting with {\", Jepsen"
            + " EDN starting with { or [, or Jepsen log lines containing \"jepsen.util -\"); name"
            + " it with --format",
        assertThrows(HistoryFormatException.class,
            () -> HistoryReader.parse("hello", "h.txt", null)).getMessage());
  }

  @Test
  void exceptionCarriesItsParts() {
    HistoryFormatException e = assertThrows(HistoryFormatException.class,
        () -> HistoryReader.parse(INVOKE + "\n{\"process\": 0}", "x.jsonl", HistoryFormat.JSONL));
    assertEquals("x.jsonl", e.source());
    assertEquals(2, e.line());
    assertEquals("type", e.field());
  }
}
