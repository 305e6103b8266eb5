package io.s3witness.checker;

import io.s3witness.checker.history.Operation;
import io.s3witness.checker.json.Json;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The JSON result file: one object per checked history, with the evidence. */
public final class ResultJson {
  private ResultJson() {
  }

  /** {@code {"results": [...]}} for any number of results. */
  public static String write(List<CheckResult> results) {
    List<Object> list = new ArrayList<>();
    for (CheckResult r : results) {
      list.add(toMap(r));
    }
    Map<String, Object> root = new LinkedHashMap<>();
    root.put("results", list);
    return Json.write(root) + "\n";
  }

  /** One result as JSON-ready maps and lists. */
  public static Map<String, Object> toMap(CheckResult r) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("source", r.source());
    m.put("model", r.model());
    m.put("engine", r.engine());
    m.put("verdict", r.verdict().label());
    m.put("operations", (long) r.operations());
    m.put("elapsed-ms", r.elapsedNanos() / 1e6);
    m.put("summary", r.summary());
    List<Object> parts = new ArrayList<>();
    for (PartitionResult p : r.partitions()) {
      Map<String, Object> pm = new LinkedHashMap<>();
      pm.put("name", p.name());
      pm.put("verdict", p.verdict().label());
      pm.put("operations", (long) p.operations());
      pm.put("reason", p.reason());
      pm.put("states-cached", p.statesCached());
      pm.put("elapsed-ms", p.elapsedNanos() / 1e6);
      pm.put("cpu-ms", p.cpuNanos() / 1e6);
      if (p.evidence() != null) {
        Evidence e = p.evidence();
        Map<String, Object> em = new LinkedHashMap<>();
        List<Object> prefix = new ArrayList<>();
        for (Step s : e.linearizedPrefix()) {
          prefix.add(step(s));
        }
        em.put("linearized-prefix", prefix);
        em.put("cannot-place", step(e.cannotPlace()));
        em.put("states-before", new ArrayList<Object>(e.statesBefore()));
        List<Object> attempts = new ArrayList<>();
        for (Evidence.Attempt a : e.attempts()) {
          List<Object> candidates = new ArrayList<>();
          for (Evidence.Candidate c : a.candidates()) {
            Map<String, Object> cm = step(c.step());
            cm.put("legal", c.legal());
            cm.put("why", c.why());
            candidates.add(cm);
          }
          Map<String, Object> am = new LinkedHashMap<>();
          am.put("state", a.state());
          am.put("candidates", candidates);
          attempts.add(am);
        }
        em.put("attempts", attempts);
        pm.put("evidence", em);
      }
      parts.add(pm);
    }
    m.put("partitions", parts);
    return m;
  }

  private static Map<String, Object> step(Step s) {
    Operation op = s.operation();
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("id", (long) op.id());
    m.put("process", op.process());
    m.put("f", op.f());
    m.put("key", op.key());
    m.put("input", op.input());
    m.put("output", op.output());
    m.put("outcome", op.outcome().name().toLowerCase(java.util.Locale.ROOT));
    m.put("call", op.call());
    m.put("ret", op.indeterminate() ? null : op.ret());
    m.put("invoke-line", (long) op.invokeLine());
    m.put("complete-line", op.completeLine() == 0 ? null : (long) op.completeLine());
    m.put("as", s.command());
    return m;
  }
}
