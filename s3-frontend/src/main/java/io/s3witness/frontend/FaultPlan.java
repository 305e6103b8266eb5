package io.s3witness.frontend;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * A fault schedule, parsed from {@code --faults}: clauses separated by ';', each
 * <ul>
 *   <li>{@code every:DURATION:A1,A2,...} — every DURATION (e.g. 200ms, 2s) the next action of the list, cycling;</li>
 *   <li>{@code every-op:N:A1,A2,...} — before every N-th object request, the next action, cycling;</li>
 *   <li>{@code at-op:N:A1,A2,...} — before the N-th object request, all the actions, once.</li>
 * </ul>
 * "Object requests" are the requests that reach a store: PUT, GET, HEAD and DELETE of objects and the listings.
 */
record FaultPlan(List<Clause> clauses) {

    enum Trigger { EVERY_TIME, EVERY_OP, AT_OP }

    /** @param period the tick for EVERY_TIME; @param count N for EVERY_OP and AT_OP */
    record Clause(Trigger trigger, Duration period, long count, List<FaultAction> actions) {
    }

    static final FaultPlan NONE = new FaultPlan(List.of());

    static FaultPlan parse(String text) {
        if (text == null || text.isBlank()) {
            return NONE;
        }
        List<Clause> clauses = new ArrayList<>();
        for (String c : text.split(";")) {
            if (c.isBlank()) {
                continue;
            }
            String[] parts = c.strip().split(":", 3);
            if (parts.length != 3) {
                throw new IllegalArgumentException("--faults: '" + c.strip() + "': expected every:DURATION:ACTIONS, "
                        + "every-op:N:ACTIONS or at-op:N:ACTIONS");
            }
            List<FaultAction> actions = new ArrayList<>();
            for (String a : parts[2].split(",")) {
                try {
                    actions.add(FaultAction.parse(a));
                } catch (IllegalArgumentException e) {
                    throw new IllegalArgumentException("--faults: " + e.getMessage());
                }
            }
            clauses.add(switch (parts[0]) {
                case "every" -> new Clause(Trigger.EVERY_TIME, duration(parts[1]), 0, List.copyOf(actions));
                case "every-op" -> new Clause(Trigger.EVERY_OP, null, count(parts[1]), List.copyOf(actions));
                case "at-op" -> new Clause(Trigger.AT_OP, null, count(parts[1]), List.copyOf(actions));
                default -> throw new IllegalArgumentException("--faults: '" + parts[0]
                        + "': expected every, every-op or at-op");
            });
        }
        return new FaultPlan(List.copyOf(clauses));
    }

    private static long count(String s) {
        try {
            long n = Long.parseLong(s.strip());
            if (n >= 1) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalArgumentException("--faults: '" + s + "': expected a request count of 1 or more");
    }

    /** 200ms, 2s, 1m; at least 1 ms. */
    static Duration duration(String s) {
        String t = s.strip();
        try {
            Duration d;
            if (t.endsWith("ms")) {
                d = Duration.ofMillis(Long.parseLong(t.substring(0, t.length() - 2)));
            } else if (t.endsWith("s")) {
                d = Duration.ofSeconds(Long.parseLong(t.substring(0, t.length() - 1)));
            } else if (t.endsWith("m")) {
                d = Duration.ofMinutes(Long.parseLong(t.substring(0, t.length() - 1)));
            } else {
                d = null;
            }
            if (d != null && d.toMillis() >= 1) {
                return d;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalArgumentException("--faults: '" + s + "': expected a duration such as 200ms, 2s or 1m");
    }
}
