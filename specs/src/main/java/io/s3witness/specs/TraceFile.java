package io.s3witness.specs;

import java.io.IOException;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * A spec trace as reference-impl's {@code SpecTraceJsonLines} writes it, read and checked field by field: a header
 * line (format, mode, cacheNodes, versioning, home), then one step per line. Values stay in the Java world here;
 * {@link TraceModule} maps them to the spec's.
 *
 * @param file   where it was read from (for messages)
 * @param header line 1
 * @param steps  the steps, in file order
 */
public record TraceFile(Path file, Header header, List<Step> steps) {
    public static final String FORMAT = "s3-witness-spec-trace/1";

    /**
     * Line 1.
     *
     * @param mode       strong or eventual
     * @param cacheNodes how many cache nodes (0..cacheNodes-1)
     * @param versioning the bucket's versioning state at the start
     * @param home       every key the trace may name, and its home node
     */
    public record Header(String mode, int cacheNodes, String versioning, Map<String, Integer> home) {
        public Header {
            home = Map.copyOf(home);
        }
    }

    /** One step: SpecTrace#step's fields, and the line of the file it came from. */
    public record Step(int line, String action, int client, String key, int node, long seq, String detail,
                       String arg) {
    }

    public TraceFile {
        steps = List.copyOf(steps);
    }

    static final Set<String> MODES = Set.of("strong", "eventual");
    static final Set<String> VERSIONING = Set.of("unversioned", "enabled", "suspended");

    /** Client steps and the details each allows (null: the detail must be null). */
    private static final Map<String, Set<String>> CLIENT_ACTIONS = Map.ofEntries(
            Map.entry("InvokeWrite", Set.of("put", "delete", "delver")),
            Map.entry("CommitToLog", Set.of()), Map.entry("CommitFails", Set.of()),
            Map.entry("NotifyWitness", Set.of()), Map.entry("WriteThroughCache", Set.of()),
            Map.entry("ReturnWrite", Set.of("ok", "fail")),
            Map.entry("InvokeRead", Set.of("get", "getver")),
            Map.entry("ReadCache", Set.of()), Map.entry("CheckWitness", Set.of("current", "stale")),
            Map.entry("ReloadFromLog", Set.of()), Map.entry("RepairCache", Set.of()),
            Map.entry("ReturnRead", Set.of()),
            Map.entry("BeginList", Set.of()), Map.entry("ListObserveKey", Set.of("present", "absent")),
            Map.entry("ReturnList", Set.of()));
    private static final Set<String> KEYLESS = Set.of("BeginList", "ReturnList");
    private static final Set<String> WITNESS_EVENTS = Set.of("WitnessCrash", "WitnessRestart", "WitnessReplace",
            "WitnessUnreachable", "WitnessReachable");
    private static final Set<String> NODE_EVENTS = Set.of("ImpairNode", "RestoreNode");

    /** Reads and checks a trace file; every problem is a {@link TraceInputException} naming line and field. */
    public static TraceFile read(Path file) throws TraceInputException {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (MalformedInputException e) {
            throw new TraceInputException(file, 0, null, "not UTF-8 text");
        } catch (IOException e) {
            throw new TraceInputException(file, 0, null, "cannot read it: " + e);
        }
        if (lines.isEmpty() || lines.get(0).isBlank()) {
            throw new TraceInputException(file, 1, null, "expected the header line {\"format\":\"" + FORMAT
                    + "\",...}, found " + (lines.isEmpty() ? "an empty file" : "a blank line"));
        }
        Header header = header(file, lines.get(0));
        List<Step> steps = new ArrayList<>();
        for (int i = 1; i < lines.size(); i++) {
            String text = lines.get(i);
            if (text.isBlank()) {
                if (lines.subList(i, lines.size()).stream().allMatch(String::isBlank)) {
                    break;
                }
                throw new TraceInputException(file, i + 1, null, "expected a step, found a blank line");
            }
            steps.add(step(file, i + 1, text, header));
        }
        return new TraceFile(file, header, steps);
    }

    private static Header header(Path file, String text) throws TraceInputException {
        Fields f = Fields.parse(file, 1, text);
        String format = f.string("format", false);
        if (!FORMAT.equals(format)) {
            throw new TraceInputException(file, 1, "format", "expected \"" + FORMAT + "\", found " + quote(format));
        }
        String mode = f.oneOf("mode", MODES);
        long nodes = f.number("cacheNodes");
        if (nodes < 2 || nodes > 26) {
            throw new TraceInputException(file, 1, "cacheNodes", "expected 2..26 (the spec routes an impaired"
                    + " node's keys to another node), found " + nodes);
        }
        String versioning = f.oneOf("versioning", VERSIONING);
        Object homeValue = f.get("home");
        if (!(homeValue instanceof Map<?, ?> raw)) {
            throw new TraceInputException(file, 1, "home", "expected an object of key: home node");
        }
        Map<String, Integer> home = new TreeMap<>();
        for (Map.Entry<?, ?> e : raw.entrySet()) {
            String key = (String) e.getKey();
            checkKeyText(file, 1, "home", key);
            if (!(e.getValue() instanceof Long n) || n < 0 || n >= nodes) {
                throw new TraceInputException(file, 1, "home", "expected key " + quote(key)
                        + " to have a node number 0.." + (nodes - 1) + ", found " + e.getValue());
            }
            home.put(key, n.intValue());
        }
        f.noOthers(Set.of("format", "mode", "cacheNodes", "versioning", "home"));
        return new Header(mode, (int) nodes, versioning, home);
    }

    private static Step step(Path file, int line, String text, Header header) throws TraceInputException {
        Fields f = Fields.parse(file, line, text);
        f.noOthers(Set.of("action", "client", "key", "node", "seq", "detail", "arg"));
        String action = f.string("action", false);
        boolean client = CLIENT_ACTIONS.containsKey(action);
        if (!client && !WITNESS_EVENTS.contains(action) && !NODE_EVENTS.contains(action)
                && !action.equals("SetVersioning") && !action.equals("PublishCommitted")) {
            throw new TraceInputException(file, line, "action", "expected a CacheCoherence action (InvokeWrite,"
                    + " CommitToLog, ..., WitnessCrash, ImpairNode, SetVersioning), found " + quote(action));
        }
        long c = f.number("client");
        if (client ? c < 0 || c > Integer.MAX_VALUE : c != -1) {
            throw new TraceInputException(file, line, "client", client
                    ? "expected the client's number (0 or more), found " + c
                    : "expected -1 (an environment step has no client), found " + c);
        }
        String key = f.string("key", true);
        boolean keyed = client && !KEYLESS.contains(action);
        if (keyed && key == null) {
            throw new TraceInputException(file, line, "key", "expected the key " + action + " acts on, found null");
        }
        if (!keyed && key != null) {
            throw new TraceInputException(file, line, "key", "expected null (" + action + " has no key), found "
                    + quote(key));
        }
        if (key != null && !header.home().containsKey(key)) {
            throw new TraceInputException(file, line, "key", "expected a key the header's \"home\" declares "
                    + new java.util.TreeSet<>(header.home().keySet()) + ", found " + quote(key));
        }
        long node = f.number("node");
        if (node < -1 || node >= header.cacheNodes()) {
            throw new TraceInputException(file, line, "node", "expected -1 or a node 0.." + (header.cacheNodes() - 1)
                    + ", found " + node);
        }
        if (NODE_EVENTS.contains(action) && node < 0) {
            throw new TraceInputException(file, line, "node", "expected the node " + action + " acts on, found -1");
        }
        long seq = f.number("seq");
        if (seq < -1 || seq > Integer.MAX_VALUE) {
            throw new TraceInputException(file, line, "seq", "expected -1 or a log position (TLC's integers are"
                    + " 32-bit), found " + seq);
        }
        String detail = f.string("detail", true);
        Set<String> details = client ? CLIENT_ACTIONS.get(action)
                : action.equals("SetVersioning") ? VERSIONING : Set.of();
        if (details.isEmpty() ? detail != null : !details.contains(detail)) {
            throw new TraceInputException(file, line, "detail", "expected " + (details.isEmpty() ? "null"
                    : "one of " + new java.util.TreeSet<>(details)) + " for " + action + ", found " + quote(detail));
        }
        String arg = f.string("arg", true);
        checkArg(file, line, action, detail, arg);
        return new Step(line, action, (int) c, key, (int) node, seq, detail, arg);
    }

    private static void checkArg(Path file, int line, String action, String detail, String arg)
            throws TraceInputException {
        boolean versioned = "delver".equals(detail) || "getver".equals(detail);
        if (action.equals("InvokeWrite") && "put".equals(detail) && arg == null) {
            throw new TraceInputException(file, line, "arg", "expected the PUT's content digest, found null");
        }
        if (versioned && !isVersionId(arg)) {
            throw new TraceInputException(file, line, "arg", "expected a version id (\"null\" or 16 hex digits), found "
                    + quote(arg));
        }
        if (action.equals("BeginList") && !"".equals(arg)) {
            throw new TraceInputException(file, line, "arg", "expected the prefix \"\" (the spec's LIST covers the"
                    + " whole bucket), found " + quote(arg));
        }
        boolean takesArg = versioned || action.equals("BeginList")
                || (action.equals("InvokeWrite") && "put".equals(detail));
        if (!takesArg && arg != null) {
            throw new TraceInputException(file, line, "arg", "expected null for " + action
                    + (detail == null ? "" : " " + detail) + ", found " + quote(arg));
        }
    }

    static boolean isVersionId(String id) {
        return id != null && (id.equals("null") || id.matches("[0-9a-f]{16}"));
    }

    /** Keys become TLA+ strings: printable ASCII only, so the generated module needs no other escapes. */
    private static void checkKeyText(Path file, int line, String field, String key) throws TraceInputException {
        for (int i = 0; i < key.length(); i++) {
            char ch = key.charAt(i);
            if (ch < 0x20 || ch > 0x7e) {
                throw new TraceInputException(file, line, field, "expected keys of printable ASCII, found "
                        + quote(key));
            }
        }
    }

    private static String quote(String s) {
        return s == null ? "null" : Json.quote(s);
    }

    /** One line's fields, with typed getters that name the field on error. */
    private record Fields(Path file, int line, Map<String, Object> values) {
        static Fields parse(Path file, int line, String text) throws TraceInputException {
            try {
                return new Fields(file, line, TraceJson.object(text));
            } catch (TraceJson.SyntaxError e) {
                throw new TraceInputException(file, line, null, "not a JSON object: " + e.getMessage());
            }
        }

        Object get(String name) throws TraceInputException {
            if (!values.containsKey(name)) {
                throw new TraceInputException(file, line, name, "missing");
            }
            return values.get(name);
        }

        String string(String name, boolean nullable) throws TraceInputException {
            Object v = get(name);
            if (v == null && nullable) {
                return null;
            }
            if (!(v instanceof String s)) {
                throw new TraceInputException(file, line, name, "expected a string" + (nullable ? " or null" : "")
                        + ", found " + describe(v));
            }
            return s;
        }

        long number(String name) throws TraceInputException {
            Object v = get(name);
            if (!(v instanceof Long n)) {
                throw new TraceInputException(file, line, name, "expected a whole number, found " + describe(v));
            }
            return n;
        }

        String oneOf(String name, Set<String> allowed) throws TraceInputException {
            String s = string(name, false);
            if (!allowed.contains(s)) {
                throw new TraceInputException(file, line, name, "expected one of " + new java.util.TreeSet<>(allowed)
                        + ", found " + quote(s));
            }
            return s;
        }

        void noOthers(Set<String> known) throws TraceInputException {
            for (String name : values.keySet()) {
                if (!known.contains(name)) {
                    throw new TraceInputException(file, line, name, "not a field of this line (expected "
                            + new java.util.TreeSet<>(known) + ")");
                }
            }
        }

        private static String describe(Object v) {
            if (v == null) {
                return "null";
            }
            if (v instanceof String s) {
                return quote(s);
            }
            if (v instanceof Map) {
                return "an object";
            }
            return v.toString();
        }
    }
}
