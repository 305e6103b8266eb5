package io.s3witness.specs;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the output of {@code tlc2.TLC -tool}: every message is framed as
 * {@code @!@!@STARTMSG code:severity @!@!@ ... @!@!@ENDMSG code @!@!@}, so the verdict, the
 * statistics and the counterexample come from message codes, not from the exit status.
 *
 * <p>Codes used (TLC 2.18, {@code tlc2.output.EC}): 2107/2110 invariant violated (initial
 * state / behaviour), 2108 property violated by the initial state, 2112 action property
 * violated, 2116 temporal properties violated, 2114 deadlock, 2193 success, 2199 statistics,
 * 2194 search depth, 2216-2218 counterexample states; any other message of severity 1 (error)
 * is an error.
 */
public final class TlcOutput {

    private static final Pattern START =
            Pattern.compile("^@!@!@STARTMSG (\\d+):(\\d+) @!@!@$");
    private static final Pattern END = Pattern.compile("^@!@!@ENDMSG (\\d+) @!@!@$");
    private static final Pattern INVARIANT =
            Pattern.compile("Invariant (\\w+) is violated");
    private static final Pattern PROPERTY =
            Pattern.compile("(?:Action property|Property) (\\w+) is violated");
    private static final Pattern STATS = Pattern.compile(
            "([\\d,]+) states generated, ([\\d,]+) distinct states found");
    private static final Pattern DEPTH =
            Pattern.compile("depth of the complete state graph search is (\\d+)");
    private static final Pattern STATE_HEAD = Pattern.compile("^(\\d+): <?(.*?)>?$");

    /** One framed message. */
    record Message(int code, int severity, String body) {
    }

    /**
     * Everything a run said that we use.
     *
     * @param verdict what was found
     * @param distinctStates distinct states found, if TLC got as far as reporting it
     * @param depth depth of the state graph search, if reported
     * @param trace the counterexample, empty on pass or error
     */
    public record Result(Verdict verdict, OptionalLong distinctStates, OptionalLong depth,
            List<TraceStep> trace) {
        public Result {
            trace = List.copyOf(trace);
        }
    }

    private TlcOutput() {
    }

    /**
     * Parses a whole run's output.
     *
     * @param output what TLC printed (stdout and stderr together)
     * @param declaredProperties the PROPERTY names of the config, used to name an action or
     *     temporal property violation, which TLC reports by source location only
     */
    public static Result parse(String output, List<String> declaredProperties) {
        List<Message> messages = messages(output);
        Verdict verdict = null;
        Verdict firstError = null;
        boolean success = false;
        OptionalLong distinct = OptionalLong.empty();
        OptionalLong depth = OptionalLong.empty();
        List<TraceStep> trace = new ArrayList<>();
        String propertyName = declaredProperties.size() == 1 ? declaredProperties.get(0)
                : "property";
        for (Message m : messages) {
            String body = m.body().strip();
            switch (m.code()) {
                case 2107, 2110 -> {
                    Matcher im = INVARIANT.matcher(body);
                    verdict = im.find() ? new Verdict(Verdict.Kind.INVARIANT, im.group(1), body)
                            : Verdict.error(body);
                }
                case 2108, 2112, 2116 -> {
                    // 2116 (temporal) names no property; TLC names action properties by name
                    // or, for a conjunct of one, by its source location.
                    Matcher pm = PROPERTY.matcher(body);
                    verdict = new Verdict(Verdict.Kind.PROPERTY,
                            pm.find() ? pm.group(1) : propertyName, body);
                }
                case 2114 -> verdict = new Verdict(Verdict.Kind.DEADLOCK, "", body);
                case 2193 -> success = true;
                case 2199 -> {
                    Matcher sm = STATS.matcher(body);
                    if (sm.find()) {
                        distinct = OptionalLong.of(Long.parseLong(sm.group(2).replace(",", "")));
                    }
                }
                case 2194 -> {
                    Matcher dm = DEPTH.matcher(body);
                    if (dm.find()) {
                        depth = OptionalLong.of(Long.parseLong(dm.group(1)));
                    }
                }
                case 2216, 2217, 2218 -> trace.add(state(body));
                default -> {
                    if (m.severity() == 1 && firstError == null && m.code() != 2121) {
                        firstError = Verdict.error(body);
                    }
                }
            }
        }
        if (verdict == null) {
            if (firstError != null) {
                verdict = Verdict.error((firstError.detail() + "\n" + unframedErrors(output))
                        .strip());
            } else if (success) {
                verdict = Verdict.pass();
            } else {
                verdict = Verdict.error("TLC stopped without a verdict (killed, timed out or"
                        + " out of memory); see the log");
            }
        }
        return new Result(verdict, distinct, depth, trace);
    }

    /** SANY prints parse errors outside the framed messages; keep those lines. */
    static String unframedErrors(String output) {
        StringBuilder sb = new StringBuilder();
        boolean inErrors = false;
        for (String line : output.split("\\R")) {
            if (line.startsWith("@!@!@")) {
                inErrors = false;
                continue;
            }
            if (line.startsWith("*** Errors") || line.startsWith("Error")) {
                inErrors = true;
            }
            if (inErrors && !line.isBlank()) {
                sb.append(line.strip()).append('\n');
            }
        }
        return sb.toString();
    }

    static List<Message> messages(String output) {
        List<Message> out = new ArrayList<>();
        Integer code = null;
        int severity = 0;
        StringBuilder body = new StringBuilder();
        for (String line : output.split("\\R", -1)) {
            Matcher s = START.matcher(line);
            if (s.matches()) {
                code = Integer.parseInt(s.group(1));
                severity = Integer.parseInt(s.group(2));
                body.setLength(0);
                continue;
            }
            Matcher e = END.matcher(line);
            if (e.matches() && code != null) {
                out.add(new Message(code, severity, body.toString()));
                code = null;
                continue;
            }
            if (code != null) {
                body.append(line).append('\n');
            }
        }
        return out;
    }

    /** A state message: "N: <label>" then one "/\ var = value" conjunct per variable. */
    static TraceStep state(String body) {
        String[] lines = body.split("\\R");
        Matcher h = STATE_HEAD.matcher(lines[0].strip());
        int index = 0;
        String label = lines[0].strip();
        if (h.matches()) {
            index = Integer.parseInt(h.group(1));
            label = h.group(2);
        }
        Map<String, String> vars = new LinkedHashMap<>();
        String name = null;
        StringBuilder value = new StringBuilder();
        for (int i = 1; i < lines.length; i++) {
            String line = lines[i];
            if (line.startsWith("/\\ ") && line.contains(" = ")) {
                if (name != null) {
                    vars.put(name, value.toString().strip());
                }
                int eq = line.indexOf(" = ");
                name = line.substring(3, eq).strip();
                value.setLength(0);
                value.append(line.substring(eq + 3));
            } else if (name != null) {
                value.append(' ').append(line.strip());
            }
        }
        if (name != null) {
            vars.put(name, value.toString().strip());
        }
        return new TraceStep(index, shortLabel(label), vars);
    }

    /** "CommitToLog line 12, col 5 to ... of module X" -> "CommitToLog". */
    static String shortLabel(String label) {
        int cut = label.indexOf(" line ");
        return cut > 0 ? label.substring(0, cut) : label;
    }
}
