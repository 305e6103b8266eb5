package io.s3witness.recorder;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Anomalies counted independently of the checker, by simple rules that only ever count real
 * violations; the checker finds more (flicker, LIST misses, orders no rule names). The tests use them
 * to confirm a verdict and to say in the results table what kind of violation was found.
 */
final class Anomalies {
    private record Op(String f, String key, long invoke, long complete, String type, JsonNode in, JsonNode out) { }

    private Anomalies() { }

    /**
     * Stale reads (the rule assumes no delete-version, as in unversioned workloads): a GET or HEAD
     * invoked after a write W on its key completed, with no other write on
     * that key invoked before the read completed (and none still open), must return what W wrote (its
     * digest, or nothing after a DELETE).
     */
    static int staleReads(Path history) throws IOException {
        List<Op> ops = pair(HistoryLines.events(history));
        Map<String, List<Op>> writes = new HashMap<>();
        for (Op o : ops) {
            if ((o.f().equals("put") || o.f().equals("delete")) && !o.type().equals("fail")) {
                writes.computeIfAbsent(o.key(), k -> new ArrayList<>()).add(o);
            }
        }
        int stale = 0;
        for (Op r : ops) {
            if (!r.type().equals("ok") || !(r.f().equals("get") || r.f().equals("head"))) {
                continue;
            }
            Op last = null;
            boolean ambiguous = false;
            for (Op w : writes.getOrDefault(r.key(), List.of())) {
                boolean completedBefore = w.type().equals("ok") && w.complete() < r.invoke();
                if (completedBefore) {
                    if (last == null || w.complete() > last.complete()) {
                        last = w;
                    }
                } else if (w.invoke() <= r.complete()) {
                    ambiguous = true;
                }
            }
            if (last == null || ambiguous) {
                continue;
            }
            for (Op w : writes.get(r.key())) {
                if (w != last && w.type().equals("ok") && w.complete() < r.invoke() && w.complete() >= last.invoke()) {
                    ambiguous = true;
                }
            }
            String expected = last.f().equals("put") ? last.in().path("digest").asText() : null;
            String seen = r.out().isNull() ? null : r.out().path("digest").asText();
            if (!ambiguous && !Objects.equals(expected, seen)) {
                stale++;
            }
        }
        return stale;
    }

    /**
     * Torn reads: a GET, HEAD or LIST that returned content no PUT of that key wrote (e.g. the empty
     * body of an object a PUT is still writing in place).
     */
    static int tornReads(Path history) throws IOException {
        List<Op> ops = pair(HistoryLines.events(history));
        Map<String, Set<String>> written = new HashMap<>();
        for (Op o : ops) {
            if (o.f().equals("put")) {
                written.computeIfAbsent(o.key(), k -> new HashSet<>()).add(o.in().path("digest").asText());
            }
        }
        int torn = 0;
        for (Op r : ops) {
            if (!r.type().equals("ok")) {
                continue;
            }
            if ((r.f().equals("get") || r.f().equals("head")) && r.out().path("digest").isTextual()
                    && !written.getOrDefault(r.key(), Set.of()).contains(r.out().path("digest").asText())) {
                torn++;
            }
            if (r.f().equals("list")) {
                for (JsonNode k : r.out().path("keys")) {
                    if (k.path("digest").isTextual() && !written.getOrDefault(k.path("key").asText(), Set.of())
                            .contains(k.path("digest").asText())) {
                        torn++;
                    }
                }
            }
        }
        return torn;
    }

    private static List<Op> pair(List<JsonNode> events) {
        Map<Integer, JsonNode> open = new HashMap<>();
        List<Op> out = new ArrayList<>();
        for (JsonNode e : events) {
            int p = e.path("process").asInt();
            if (e.path("type").asText().equals("invoke")) {
                open.put(p, e);
                continue;
            }
            JsonNode inv = open.remove(p);
            boolean info = e.path("type").asText().equals("info");
            out.add(new Op(inv.path("f").asText(), inv.path("key").asText(), inv.path("time").asLong(),
                    info ? Long.MAX_VALUE : e.path("time").asLong(), e.path("type").asText(), inv.path("value"),
                    e.path("value")));
        }
        for (JsonNode inv : open.values()) {
            out.add(new Op(inv.path("f").asText(), inv.path("key").asText(), inv.path("time").asLong(), Long.MAX_VALUE,
                    "info", inv.path("value"), null));
        }
        return out;
    }
}
