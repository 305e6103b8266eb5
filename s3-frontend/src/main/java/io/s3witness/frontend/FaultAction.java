package io.s3witness.frontend;

import io.s3witness.store.Faults;

/**
 * One fault of a schedule, by name: {@code impair-node[=N]}, {@code restore-node[=N]}, {@code crash-witness},
 * {@code restart-witness}, {@code replace-witness}, {@code witness-unreachable}, {@code witness-reachable},
 * {@code fail-commits=P}, {@code heal}.
 *
 * @param name the action
 * @param node the node for impair-node / restore-node, -1 for "the next one" / "all"
 * @param probability for fail-commits
 */
record FaultAction(String name, int node, double probability) {

    static FaultAction parse(String text) {
        String t = text.strip();
        int eq = t.indexOf('=');
        String name = eq < 0 ? t : t.substring(0, eq);
        String arg = eq < 0 ? null : t.substring(eq + 1);
        switch (name) {
            case "impair-node", "restore-node" -> {
                int node = -1;
                if (arg != null) {
                    try {
                        node = Integer.parseInt(arg);
                    } catch (NumberFormatException e) {
                        node = -2;
                    }
                    if (node < 0) {
                        throw new IllegalArgumentException("'" + t + "': expected a node number 0, 1, ...");
                    }
                }
                return new FaultAction(name, node, 0);
            }
            case "fail-commits" -> {
                double p;
                try {
                    p = arg == null ? -1 : Double.parseDouble(arg);
                } catch (NumberFormatException e) {
                    p = -1;
                }
                if (!(p >= 0 && p <= 1)) {
                    throw new IllegalArgumentException("'" + t + "': expected fail-commits=P with P from 0 to 1");
                }
                return new FaultAction(name, -1, p);
            }
            case "crash-witness", "restart-witness", "replace-witness", "witness-unreachable", "witness-reachable",
                 "heal" -> {
                if (arg != null) {
                    throw new IllegalArgumentException("'" + t + "': " + name + " takes no argument");
                }
                return new FaultAction(name, -1, 0);
            }
            default -> throw new IllegalArgumentException("unknown fault '" + name + "'; expected impair-node[=N], "
                    + "restore-node[=N], crash-witness, restart-witness, replace-witness, witness-unreachable, "
                    + "witness-reachable, fail-commits=P or heal");
        }
    }

    /** Applies the fault; {@code state} remembers which node "impair-node" without a number impaired last. */
    void apply(Faults f, FaultState state) {
        switch (name) {
            case "impair-node" -> {
                if (node >= 0) {
                    f.impairNode(node % f.cacheNodes());
                } else {
                    // Moves the impairment: the node impaired last recovers, the next one is impaired.
                    if (state.rotating >= 0) {
                        f.restoreNode(state.rotating);
                    }
                    state.rotating = (state.rotating + 1) % f.cacheNodes();
                    f.impairNode(state.rotating);
                }
            }
            case "restore-node" -> {
                if (node >= 0) {
                    f.restoreNode(node % f.cacheNodes());
                } else {
                    restoreAll(f, state);
                }
            }
            case "crash-witness" -> f.crashWitness();
            case "restart-witness" -> f.restartWitness();
            case "replace-witness" -> f.replaceWitness();
            case "witness-unreachable" -> f.witnessUnreachable();
            case "witness-reachable" -> f.witnessReachable();
            case "fail-commits" -> f.failCommitsWithProbability(probability);
            case "heal" -> {
                restoreAll(f, state);
                f.restartWitness();
                f.witnessReachable();
                f.failCommitsWithProbability(0);
            }
            default -> throw new IllegalStateException(name);
        }
    }

    private static void restoreAll(Faults f, FaultState state) {
        for (int n = 0; n < f.cacheNodes(); n++) {
            f.restoreNode(n);
        }
        state.rotating = -1;
    }

    @Override
    public String toString() {
        return name + (node >= 0 ? "=" + node : "") + (name.equals("fail-commits") ? "=" + probability : "");
    }

    /** What rotating impairment remembers between actions. */
    static final class FaultState {
        int rotating = -1;
    }
}
