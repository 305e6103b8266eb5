package io.s3witness.recorder;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Relative weights of the operations a client chooses from, e.g. {@code put=40,get=40,delete=10,list=10}.
 * Weights need not add up to 100; an operation with weight 0 or not named is never chosen.
 */
public record OpMix(Map<OpKind, Integer> weights) {

    public static final String DEFAULT_UNVERSIONED = "put=40,get=30,head=5,delete=10,list=15";
    public static final String DEFAULT_VERSIONED =
            "put=30,get=20,head=5,get-version=10,delete=10,delete-version=5,list=10,list-versions=10";

    public OpMix {
        weights = Collections.unmodifiableMap(new EnumMap<>(weights));
        if (total(weights) <= 0) {
            throw new IllegalArgumentException("--mix: at least one operation needs a positive weight");
        }
    }

    /** The mix used when {@code --mix} is not given. */
    public static OpMix defaultFor(Versioning versioning) {
        return parse(versioning.hasVersions() ? DEFAULT_VERSIONED : DEFAULT_UNVERSIONED, versioning);
    }

    /**
     * Parses {@code name=weight,...}; rejects unknown names, negative or non-numeric weights, duplicates,
     * and version-id operations on an unversioned bucket (they would only ever fail).
     */
    public static OpMix parse(String text, Versioning versioning) {
        Map<OpKind, Integer> weights = new EnumMap<>(OpKind.class);
        for (String part : text.split(",")) {
            String item = part.trim();
            if (item.isEmpty()) {
                continue;
            }
            int eq = item.indexOf('=');
            if (eq < 0) {
                throw new IllegalArgumentException("--mix: expected name=weight, got '" + item + "'");
            }
            String name = item.substring(0, eq).trim();
            OpKind kind = OpKind.byName(name).orElseThrow(() -> new IllegalArgumentException(
                    "--mix: unknown operation '" + name + "'; expected one of put, get, head, get-version, "
                            + "delete, delete-version, list, list-versions"));
            int weight;
            try {
                weight = Integer.parseInt(item.substring(eq + 1).trim());
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("--mix: weight of '" + name + "' is not a whole number: '"
                        + item.substring(eq + 1).trim() + "'");
            }
            if (weight < 0) {
                throw new IllegalArgumentException("--mix: weight of '" + name + "' is negative");
            }
            if (weights.put(kind, weight) != null) {
                throw new IllegalArgumentException("--mix: '" + name + "' is given twice");
            }
            if (weight > 0 && kind.needsVersioning() && !versioning.hasVersions()) {
                throw new IllegalArgumentException("--mix: '" + name + "' needs --versioning on or suspended");
            }
        }
        return new OpMix(weights);
    }

    /** Chooses an operation with probability proportional to its weight. */
    public OpKind choose(SplittableRandom random) {
        int pick = random.nextInt(total(weights));
        for (Map.Entry<OpKind, Integer> e : weights.entrySet()) {
            pick -= e.getValue();
            if (pick < 0) {
                return e.getKey();
            }
        }
        throw new AssertionError("weights changed under us");
    }

    public int weight(OpKind kind) {
        return weights.getOrDefault(kind, 0);
    }

    private static int total(Map<OpKind, Integer> weights) {
        return weights.values().stream().mapToInt(Integer::intValue).sum();
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder();
        weights.forEach((k, w) -> {
            if (w > 0) {
                sb.append(sb.length() == 0 ? "" : ",").append(k.f()).append('=').append(w);
            }
        });
        return sb.toString();
    }
}
