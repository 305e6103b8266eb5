package io.s3witness.specs;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Turns a CacheCoherence counterexample into a short table a person can read: one row per
 * step with the action, its client and key, and what each component held afterwards (the
 * log, the witness, the cache nodes, every client's operation), plus a JSON form of the same
 * rows for tools (a later issue renders it as HTML).
 *
 * <p>Values come from TLC's printed state; a variable the spec does not have (another
 * module's trace) is shown as {@code ?} rather than failing.
 */
public final class CounterexampleTable {

    /** One row: the step and each component's state as short text. */
    public record Row(int step, String action, String client, String key, String log,
            String witness, String cache, String clients) {
    }

    private static final String[] HEADERS =
            {"#", "action", "client", "key", "log (per key)", "witness", "cache", "clients"};

    private CounterexampleTable() {
    }

    public static List<Row> rows(List<TraceStep> trace) {
        List<Row> rows = new ArrayList<>();
        for (TraceStep s : trace) {
            Map<Object, Object> last = asMap(value(s, "lastAction"));
            String action = last.isEmpty() ? s.label() : text(last.get("action"));
            rows.add(new Row(s.index(), action, dash(last.get("client")), dash(last.get("key")),
                    render(s, "log", CounterexampleTable::log),
                    witness(s),
                    render(s, "cache", CounterexampleTable::cache),
                    render(s, "op", CounterexampleTable::clients)));
        }
        return rows;
    }

    /** The rows as a fixed-width text table. */
    public static String text(List<Row> rows) {
        List<String[]> cells = new ArrayList<>();
        cells.add(HEADERS);
        for (Row r : rows) {
            cells.add(new String[] {String.valueOf(r.step()), r.action(), r.client(), r.key(),
                r.log(), r.witness(), r.cache(), r.clients()});
        }
        int[] width = new int[HEADERS.length];
        for (String[] c : cells) {
            for (int i = 0; i < c.length; i++) {
                width[i] = Math.max(width[i], c[i].length());
            }
        }
        StringBuilder sb = new StringBuilder();
        for (String[] c : cells) {
            for (int i = 0; i < c.length; i++) {
                sb.append(i == 0 ? "" : " | ").append(pad(c[i], width[i]));
            }
            sb.append(System.lineSeparator());
        }
        return sb.toString().replaceAll("(?m) +$", "");
    }

    /** The rows, and the raw TLC values of every variable, as one JSON document. */
    public static String json(String config, Verdict verdict, List<TraceStep> trace) {
        List<Row> rows = rows(trace);
        StringBuilder sb = new StringBuilder();
        sb.append("{\n  \"config\": ").append(Json.quote(config))
                .append(",\n  \"violated\": ").append(Json.quote(verdict.label()))
                .append(",\n  \"steps\": [");
        for (int i = 0; i < rows.size(); i++) {
            Row r = rows.get(i);
            sb.append(i == 0 ? "\n" : ",\n").append("    {")
                    .append("\"step\": ").append(r.step())
                    .append(", \"action\": ").append(Json.quote(r.action()))
                    .append(", \"client\": ").append(Json.quote(r.client()))
                    .append(", \"key\": ").append(Json.quote(r.key()))
                    .append(", \"log\": ").append(Json.quote(r.log()))
                    .append(", \"witness\": ").append(Json.quote(r.witness()))
                    .append(", \"cache\": ").append(Json.quote(r.cache()))
                    .append(", \"clients\": ").append(Json.quote(r.clients()))
                    .append(", \"state\": {");
            int j = 0;
            for (Map.Entry<String, String> v : new TreeMap<>(trace.get(i).variables()).entrySet()) {
                sb.append(j++ == 0 ? "" : ", ").append(Json.quote(v.getKey())).append(": ")
                        .append(Json.quote(v.getValue()));
            }
            sb.append("}}");
        }
        sb.append(rows.isEmpty() ? "]\n}\n" : "\n  ]\n}\n");
        return sb.toString();
    }

    // --- components -----------------------------------------------------------------------

    /** k1: put1 del2 | k2: put1  (each mutation: op and seq; v = delete-version). */
    private static String log(Object value) {
        List<String> parts = new ArrayList<>();
        for (Map.Entry<Object, Object> e : asMap(value).entrySet()) {
            List<String> ms = new ArrayList<>();
            int seq = 1;
            for (Object m : asList(e.getValue())) {
                Map<Object, Object> mut = asMap(m);
                String op = text(mut.get("op"));
                ms.add(switch (op) {
                    case "put" -> "put" + seq + "=" + text(mut.get("val"));
                    case "delete" -> "del" + seq;
                    case "delver" -> "delv" + seq + "(" + text(mut.get("target")) + ")";
                    default -> op + seq;
                });
                seq++;
            }
            parts.add(text(e.getKey()) + ": " + (ms.isEmpty() ? "-" : String.join(" ", ms)));
        }
        return String.join(" | ", parts);
    }

    /** up e1 hw k1=2 k2=?  (? = Unknown). */
    private static String witness(TraceStep s) {
        Object state = value(s, "wState");
        Object hw = value(s, "wHw");
        if (state == null || hw == null) {
            return "?";
        }
        StringBuilder sb = new StringBuilder(text(state));
        Object epoch = value(s, "wEpoch");
        if (epoch != null) {
            sb.append(" e").append(text(epoch));
        }
        sb.append(" hw");
        for (Map.Entry<Object, Object> e : asMap(hw).entrySet()) {
            long v = e.getValue() instanceof Long l ? l : -1;
            sb.append(' ').append(text(e.getKey())).append('=').append(v < 0 ? "?" : v);
        }
        Object pub = value(s, "published");
        if (pub != null) {
            sb.append(" pub");
            for (Map.Entry<Object, Object> e : asMap(pub).entrySet()) {
                sb.append(' ').append(text(e.getKey())).append('=').append(text(e.getValue()));
            }
        }
        return sb.toString();
    }

    /** n1 k1@2 k2@1 | n2 ...  (@- = miss). */
    private static String cache(Object value) {
        List<String> parts = new ArrayList<>();
        for (Map.Entry<Object, Object> node : asMap(value).entrySet()) {
            StringBuilder sb = new StringBuilder(text(node.getKey()));
            for (Map.Entry<Object, Object> e : asMap(node.getValue()).entrySet()) {
                Object seq = asMap(e.getValue()).get("seq");
                long v = seq instanceof Long l ? l : -1;
                sb.append(' ').append(text(e.getKey())).append('@').append(v < 0 ? "-" : v);
            }
            parts.add(sb.toString());
        }
        return String.join(" | ", parts);
    }

    /** c1 put k1 via n1 notify s2 ok | c2 get k1 via n2 return found v2=1 | c3 idle. */
    private static String clients(Object value) {
        List<String> parts = new ArrayList<>();
        for (Map.Entry<Object, Object> e : asMap(value).entrySet()) {
            Map<Object, Object> o = asMap(e.getValue());
            String kind = text(o.get("kind"));
            if (kind.equals("none")) {
                parts.add(text(e.getKey()) + " idle");
                continue;
            }
            StringBuilder sb = new StringBuilder(text(e.getKey())).append(' ').append(kind);
            if (!kind.equals("list")) {
                sb.append(' ').append(text(o.get("key")));
                long arg = o.get("arg") instanceof Long l ? l : 0;
                if (arg != 0) {
                    sb.append('(').append(arg).append(')');
                }
                sb.append(" via ").append(text(o.get("node")));
            }
            sb.append(' ').append(text(o.get("stage")));
            long seq = o.get("seq") instanceof Long l ? l : 0;
            if (seq > 0) {
                sb.append(" s").append(seq);
            }
            String resp = resp(o.get("resp"));
            if (!resp.isEmpty()) {
                sb.append(' ').append(resp);
            }
            if (kind.equals("list")) {
                List<String> seen = new ArrayList<>();
                for (Map.Entry<Object, Object> k : asMap(o.get("seen")).entrySet()) {
                    String r = resp(k.getValue());
                    if (!r.isEmpty()) {
                        seen.add(text(k.getKey()) + ":" + r);
                    }
                }
                sb.append(" saw[").append(String.join(" ", seen)).append(']');
            }
            parts.add(sb.toString());
        }
        return String.join(" | ", parts);
    }

    /** found v2=1 / absent / ok v3 / fail; empty for none. */
    private static String resp(Object value) {
        Map<Object, Object> r = asMap(value);
        String st = text(r.get("st"));
        return switch (st) {
            case "found" -> "found v" + text(r.get("vid")) + "=" + text(r.get("val"));
            case "ok" -> "ok v" + text(r.get("vid"));
            case "absent", "fail" -> st;
            default -> "";
        };
    }

    // --- helpers --------------------------------------------------------------------------

    private static String render(TraceStep s, String variable, Function<Object, String> how) {
        Object v = value(s, variable);
        if (v == null) {
            return "?";
        }
        try {
            return how.apply(v);
        } catch (RuntimeException e) {
            return s.variables().get(variable);
        }
    }

    private static Object value(TraceStep s, String variable) {
        String raw = s.variables().get(variable);
        if (raw == null) {
            return null;
        }
        try {
            return TlaValue.parse(raw);
        } catch (IllegalArgumentException e) {
            return raw;
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<Object, Object> asMap(Object v) {
        if (v instanceof Map<?, ?> m) {
            return (Map<Object, Object>) m;
        }
        return Map.of();
    }

    private static List<Object> asList(Object v) {
        if (v instanceof List<?> l) {
            return List.copyOf(l);
        }
        if (v instanceof Map<?, ?> m && m.isEmpty()) {
            return List.of(); // TLC prints the empty sequence as <<>>, but an empty function as [].
        }
        return List.of();
    }

    private static String text(Object v) {
        return v == null ? "" : String.valueOf(v);
    }

    private static String dash(Object v) {
        String t = text(v);
        return t.isEmpty() ? "-" : t;
    }

    private static String pad(String s, int width) {
        return s + " ".repeat(width - s.length());
    }
}
