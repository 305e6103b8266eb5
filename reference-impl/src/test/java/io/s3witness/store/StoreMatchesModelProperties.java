package io.s3witness.store;

import io.s3witness.store.model.StoreVsModel;
import io.s3witness.store.property.ActionSequences;
import io.s3witness.store.property.Step;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Function;

/**
 * Random single-client request sequences, faults included, against the store and the sequential model; every answer
 * must agree. Sequential use of a strong store must be indistinguishable from an atomic bucket whatever the faults
 * do; an eventual store must be too as long as no node is impaired (every key then passes through its home node).
 * Fixed seeds keep CI deterministic; a failure prints its seed and the shrunk sequence.
 */
class StoreMatchesModelProperties {
    private static final String[] KEYS = {"a/1", "a/2", "a/b/3", "b", "c"};
    private static final String[] PREFIXES = {"", "a", "a/", "b", "z"};

    @Test
    void strongStoreMatchesModelUnderFaults() {
        new ActionSequences<>(
            () -> new StoreVsModel(StoreConfig.defaults().withVersioning(Versioning.UNVERSIONED).withSeed(7)),
            weighted(requestsAndFaults()), 150, 60, 20261122L).check();
    }

    @Test
    void eventualStoreMatchesModelWithoutImpairment() {
        new ActionSequences<>(
            () -> new StoreVsModel(StoreConfig.defaults().withMode(Mode.EVENTUAL)
                .withVersioning(Versioning.ENABLED).withSeed(8)),
            weighted(requests()), 60, 40, 4242L).check();
    }

    /** A kind of step, drawn with its weight. */
    private record Kind(int weight, Function<Random, Step<StoreVsModel>> draw) {
    }

    private static List<Kind> requests() {
        List<Kind> kinds = new ArrayList<>();
        kinds.add(keyed(6, "put", StoreVsModel::put));
        kinds.add(keyed(4, "get", StoreVsModel::get));
        kinds.add(keyed(2, "head", StoreVsModel::head));
        kinds.add(keyed(3, "delete", StoreVsModel::delete));
        kinds.add(keyed(2, "list-versions", StoreVsModel::listVersions));
        kinds.add(new Kind(3, r -> {
            int c = client(r);
            String k = key(r);
            String v = versionId(r);
            return new Step<>("get-version " + c + " " + k + " " + v, s -> s.getVersion(c, k, v));
        }));
        kinds.add(new Kind(2, r -> {
            int c = client(r);
            String k = key(r);
            String v = versionId(r);
            return new Step<>("delete-version " + c + " " + k + " " + v, s -> s.deleteVersion(c, k, v));
        }));
        kinds.add(new Kind(2, r -> {
            int c = client(r);
            String p = PREFIXES[r.nextInt(PREFIXES.length)];
            String d = r.nextBoolean() ? "/" : null;
            int max = r.nextInt(5);
            return new Step<>("list " + c + " '" + p + "' " + d + " " + max, s -> s.list(c, p, d, max));
        }));
        kinds.add(new Kind(1, r -> {
            int c = client(r);
            String p = r.nextBoolean() ? "" : "a/";
            int max = 1 + r.nextInt(3);
            return new Step<>("list-object-versions " + c + " '" + p + "' " + max, s -> s.listAllVersions(c, p, max));
        }));
        kinds.add(new Kind(1, r -> {
            Versioning v = Versioning.values()[r.nextInt(Versioning.values().length)];
            return new Step<>("set-versioning " + v, s -> s.setVersioning(v));
        }));
        kinds.add(new Kind(1, r -> {
            String k = key(r);
            int n = 1 + r.nextInt(2);
            return new Step<>("fail next " + n + " commits of " + k, s -> s.failNextCommit(k, n));
        }));
        return kinds;
    }

    private static List<Kind> requestsAndFaults() {
        List<Kind> kinds = requests();
        kinds.add(new Kind(3, r -> {
            int n = r.nextInt(3);
            return new Step<>("impair node " + n, s -> s.store().faults().impairNode(n));
        }));
        kinds.add(new Kind(3, r -> {
            int n = r.nextInt(3);
            return new Step<>("restore node " + n, s -> s.store().faults().restoreNode(n));
        }));
        kinds.add(fault("crash witness", Faults::crashWitness));
        kinds.add(fault("restart witness", Faults::restartWitness));
        kinds.add(fault("replace witness", Faults::replaceWitness));
        kinds.add(fault("witness unreachable", Faults::witnessUnreachable));
        kinds.add(fault("witness reachable", Faults::witnessReachable));
        return kinds;
    }

    private interface ClientKeyStep {
        void apply(StoreVsModel s, int client, String key);
    }

    private static Kind keyed(int weight, String name, ClientKeyStep step) {
        return new Kind(weight, r -> {
            int c = client(r);
            String k = key(r);
            return new Step<>(name + " " + c + " " + k, s -> step.apply(s, c, k));
        });
    }

    private static Kind fault(String name, java.util.function.Consumer<Faults> f) {
        return new Kind(1, r -> new Step<>(name, s -> f.accept(s.store().faults())));
    }

    private static Function<Random, Step<StoreVsModel>> weighted(List<Kind> kinds) {
        int total = kinds.stream().mapToInt(Kind::weight).sum();
        return r -> {
            int pick = r.nextInt(total);
            for (Kind k : kinds) {
                pick -= k.weight();
                if (pick < 0) {
                    return k.draw().apply(r);
                }
            }
            throw new IllegalStateException("weights exhausted");
        };
    }

    private static int client(Random r) {
        return r.nextInt(4);
    }

    private static String key(Random r) {
        return KEYS[r.nextInt(KEYS.length)];
    }

    /** Mostly ids the store hands out for small seqs (so they hit real versions), some "null", some malformed. */
    private static String versionId(Random r) {
        int pick = r.nextInt(11);
        if (pick < 8) {
            return ContentDigest.hex16(1 + r.nextInt(12));
        }
        return pick < 10 ? "null" : (r.nextBoolean() ? "bogus" : "");
    }
}
