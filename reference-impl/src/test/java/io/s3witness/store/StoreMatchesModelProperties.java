package io.s3witness.store;

import io.s3witness.store.model.StoreVsModel;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.ShrinkingMode;
import net.jqwik.api.state.Action;
import net.jqwik.api.state.ActionChain;
import net.jqwik.api.state.Transformer;

/**
 * Random single-client request sequences, faults included, against the store and the sequential model; every answer
 * must agree. Sequential use of a strong store must be indistinguishable from an atomic bucket whatever the faults
 * do; an eventual store must be too as long as no node is impaired (every key then passes through its home node).
 * Fixed seeds keep CI deterministic; jqwik prints the seed and the shrunk chain when a property fails.
 */
class StoreMatchesModelProperties {
    private static final String[] KEYS = {"a/1", "a/2", "a/b/3", "b", "c"};

    @Property(tries = 150, seed = "20261122", shrinking = ShrinkingMode.FULL)
    void strongStoreMatchesModelUnderFaults(@ForAll("strongChains") ActionChain<StoreVsModel> chain) {
        chain.run();
    }

    @Property(tries = 60, seed = "4242", shrinking = ShrinkingMode.FULL)
    void eventualStoreMatchesModelWithoutImpairment(@ForAll("eventualChains") ActionChain<StoreVsModel> chain) {
        chain.run();
    }

    @Provide
    Arbitrary<ActionChain<StoreVsModel>> strongChains() {
        return requests(ActionChain.startWith(() -> new StoreVsModel(
                StoreConfig.defaults().withVersioning(Versioning.UNVERSIONED).withSeed(7))))
            .withAction(3, just(nodes(), (n) -> "impair node " + n, (s, n) -> s.store().faults().impairNode(n)))
            .withAction(3, just(nodes(), (n) -> "restore node " + n, (s, n) -> s.store().faults().restoreNode(n)))
            .withAction(1, fault("crash witness", Faults::crashWitness))
            .withAction(1, fault("restart witness", Faults::restartWitness))
            .withAction(1, fault("replace witness", Faults::replaceWitness))
            .withAction(1, fault("witness unreachable", Faults::witnessUnreachable))
            .withAction(1, fault("witness reachable", Faults::witnessReachable))
            .withMaxTransformations(60);
    }

    @Provide
    Arbitrary<ActionChain<StoreVsModel>> eventualChains() {
        return requests(ActionChain.startWith(() -> new StoreVsModel(
                StoreConfig.defaults().withMode(Mode.EVENTUAL).withVersioning(Versioning.ENABLED).withSeed(8))))
            .withMaxTransformations(40);
    }

    private static net.jqwik.api.state.ActionChainArbitrary<StoreVsModel> requests(
        net.jqwik.api.state.ActionChainArbitrary<StoreVsModel> chain) {
        return chain
            .withAction(6, keyed("put", StoreVsModel::put))
            .withAction(4, keyed("get", StoreVsModel::get))
            .withAction(2, keyed("head", StoreVsModel::head))
            .withAction(3, keyed("delete", StoreVsModel::delete))
            .withAction(2, keyed("list-versions", StoreVsModel::listVersions))
            .withAction(3, act(Combinators.combine(clients(), keys(), versionIds())
                .as((c, k, v) -> Transformer.<StoreVsModel>mutate("get-version " + c + " " + k + " " + v,
                    s -> s.getVersion(c, k, v)))))
            .withAction(2, act(Combinators.combine(clients(), keys(), versionIds())
                .as((c, k, v) -> Transformer.<StoreVsModel>mutate("delete-version " + c + " " + k + " " + v,
                    s -> s.deleteVersion(c, k, v)))))
            .withAction(2, act(Combinators.combine(clients(), Arbitraries.of("", "a", "a/", "b", "z"),
                    Arbitraries.of("/", "none"), Arbitraries.integers().between(0, 4))
                .as((c, p, d, m) -> Transformer.<StoreVsModel>mutate("list " + c + " " + p + " " + d + " " + m,
                    s -> s.list(c, p, d.equals("none") ? null : d, m)))))
            .withAction(1, act(Combinators.combine(clients(), Arbitraries.of("", "a/"),
                    Arbitraries.integers().between(1, 3))
                .as((c, p, m) -> Transformer.<StoreVsModel>mutate("list-object-versions " + c + " " + p + " " + m,
                    s -> s.listAllVersions(c, p, m)))))
            .withAction(1, just(Arbitraries.of(Versioning.class), (v) -> "set-versioning " + v,
                StoreVsModel::setVersioning))
            .withAction(1, act(Combinators.combine(keys(), Arbitraries.integers().between(1, 2))
                .as((k, n) -> Transformer.<StoreVsModel>mutate("fail next " + n + " commits of " + k,
                    s -> s.failNextCommit(k, n)))));
    }

    private interface ClientKeyStep {
        void apply(StoreVsModel s, int client, String key);
    }

    private interface Step<T> {
        void apply(StoreVsModel s, T arg);
    }

    private static Action.Independent<StoreVsModel> keyed(String name, ClientKeyStep step) {
        return act(Combinators.combine(clients(), keys())
            .as((c, k) -> Transformer.<StoreVsModel>mutate(name + " " + c + " " + k, s -> step.apply(s, c, k))));
    }

    private static <T> Action.Independent<StoreVsModel> just(Arbitrary<T> args,
                                                            java.util.function.Function<T, String> describe,
                                                            Step<T> step) {
        return act(args.map(a -> Transformer.<StoreVsModel>mutate(describe.apply(a), s -> step.apply(s, a))));
    }

    private static Action.Independent<StoreVsModel> fault(String name, java.util.function.Consumer<Faults> f) {
        return Action.just(Transformer.<StoreVsModel>mutate(name, s -> f.accept(s.store().faults())));
    }

    private static Action.Independent<StoreVsModel> act(Arbitrary<Transformer<StoreVsModel>> transformers) {
        return new Action.Independent<>() {
            @Override
            public Arbitrary<Transformer<StoreVsModel>> transformer() {
                return transformers;
            }
        };
    }

    private static Arbitrary<Integer> clients() {
        return Arbitraries.integers().between(0, 3);
    }

    private static Arbitrary<Integer> nodes() {
        return Arbitraries.integers().between(0, 2);
    }

    private static Arbitrary<String> keys() {
        return Arbitraries.of(KEYS);
    }

    /** Mostly ids the store hands out for small seqs (so they hit real versions), some "null", some malformed. */
    private static Arbitrary<String> versionIds() {
        return Arbitraries.frequencyOf(
            net.jqwik.api.Tuple.of(8, Arbitraries.longs().between(1, 12).map(ContentDigest::hex16)),
            net.jqwik.api.Tuple.of(2, Arbitraries.just("null")),
            net.jqwik.api.Tuple.of(1, Arbitraries.of("bogus", "")));
    }
}
