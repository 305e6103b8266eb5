package io.s3witness.checker.report;

import io.s3witness.checker.CheckResult;
import io.s3witness.checker.Evidence;
import io.s3witness.checker.PartitionResult;
import io.s3witness.checker.Step;
import io.s3witness.checker.history.Operation;
import io.s3witness.checker.json.Json;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The timeline page of one checked history: one lane per process, each operation a bar from
 * invocation to completion (open-ended when indeterminate), the partitions selectable with the
 * failing one first, and for a violation the longest linearizable prefix with its
 * linearization points, the operation that cannot be placed, the model state(s) before it and
 * why each candidate fails there.
 *
 * <p>The page embeds every operation compactly (about 100 bytes each) but draws only a window
 * of the selected partition at a time, so a 10,000-operation history stays responsive.
 */
public final class HistoryReport {
  private HistoryReport() {
  }

  /** The page for one result. */
  public static String html(CheckResult result) {
    return HtmlPage.render(result.source() + ": " + result.verdict().label(), data(result),
        "history.js");
  }

  /** The data the page's script draws, as JSON-ready maps and lists. */
  static Map<String, Object> data(CheckResult r) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("source", r.source());
    m.put("model", r.model());
    m.put("verdict", r.verdict().label());
    m.put("summary", r.summary());
    // One array per operation: [process, f, key, input, output, outcome, call, ret, lines].
    // Values are pre-rendered JSON text: the page shows them, it never interprets them.
    List<Object> ops = new ArrayList<>(r.history().size());
    for (Operation op : r.history()) {
      List<Object> o = new ArrayList<>(9);
      o.add(op.process());
      o.add(op.f());
      o.add(op.key());
      o.add(op.input() == null ? null : Json.write(op.input()));
      o.add(op.output() == null ? null : Json.write(op.output()));
      o.add(op.outcome().name().toLowerCase(Locale.ROOT));
      o.add(op.call());
      o.add(op.indeterminate() ? null : op.ret());
      o.add(op.invokeLine() + (op.completeLine() > 0 ? "-" + op.completeLine() : ""));
      ops.add(o);
    }
    m.put("ops", ops);
    List<Object> parts = new ArrayList<>();
    for (PartitionResult p : r.partitions()) {
      Map<String, Object> pm = new LinkedHashMap<>();
      pm.put("name", p.name().isEmpty() ? "whole history" : p.name());
      pm.put("verdict", p.verdict().label());
      pm.put("reason", p.reason());
      pm.put("ids", p.operationIds());
      if (p.evidence() != null) {
        pm.put("evidence", evidence(p.evidence()));
      }
      if (!p.linearization().isEmpty()) {
        pm.put("linearization", p.linearization());
      }
      parts.add(pm);
    }
    if (parts.isEmpty()) {
      // Another engine (Knossos) gives a verdict without partitions or evidence: show the
      // operations under that verdict all the same.
      Map<String, Object> pm = new LinkedHashMap<>();
      pm.put("name", "whole history");
      pm.put("verdict", r.verdict().label());
      pm.put("reason", "the " + r.engine() + " engine gives no evidence to draw");
      List<Integer> all = new ArrayList<>(r.history().size());
      for (Operation op : r.history()) {
        all.add(op.id());
      }
      pm.put("ids", all);
      parts.add(pm);
    }
    m.put("partitions", parts);
    return m;
  }

  private static Map<String, Object> evidence(Evidence e) {
    Map<String, Object> m = new LinkedHashMap<>();
    List<Object> prefix = new ArrayList<>(e.linearizedPrefix().size());
    for (Step s : e.linearizedPrefix()) {
      prefix.add(step(s));
    }
    m.put("prefix", prefix);
    m.put("blocked", step(e.cannotPlace()));
    m.put("states", e.statesBefore());
    List<Object> attempts = new ArrayList<>();
    for (Evidence.Attempt a : e.attempts()) {
      List<Object> candidates = new ArrayList<>();
      for (Evidence.Candidate c : a.candidates()) {
        candidates.add(List.of(c.step().operation().id(), c.step().command(), c.legal(),
            c.why()));
      }
      Map<String, Object> am = new LinkedHashMap<>();
      am.put("state", a.state());
      am.put("candidates", candidates);
      attempts.add(am);
    }
    m.put("attempts", attempts);
    return m;
  }

  /** [operation id, what the model made of it]. */
  private static List<Object> step(Step s) {
    return List.of(s.operation().id(), s.command());
  }
}
