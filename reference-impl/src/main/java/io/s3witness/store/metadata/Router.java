package io.s3witness.store.metadata;

import io.s3witness.store.ImmutableLists;
import io.s3witness.store.SpecAction;
import io.s3witness.store.SpecTrace;

import java.util.List;

/**
 * Picks the cache node a request enters through, as specs/CacheCoherence.tla's {@code Route(k)}: a key's home node
 * (String.hashCode, which Java specifies, mod N), or, while the home node is impaired, its backup — the next node on
 * the ring that is not impaired (with one impaired node, the spec's {@code Backup[k]} = home + 1). Writes made through
 * the backup leave the home node's entry stale, which is what eventual mode gets wrong once the home node is back.
 * When every node is impaired, the home node serves anyway. The client does not influence the route.
 */
public final class Router {
    private final List<CacheNode> nodes;
    private final boolean[] impaired;
    /** Read without the lock on the hot path: while no node is impaired, routing needs no monitor. */
    private volatile boolean anyImpaired;

    private final SpecTrace trace;

    public Router(List<CacheNode> nodes, SpecTrace trace) {
        this.trace = trace;
        this.nodes = ImmutableLists.copyOf(nodes);
        this.impaired = new boolean[nodes.size()];
    }

    public int size() {
        return nodes.size();
    }

    public CacheNode node(int id) {
        return nodes.get(id);
    }

    public List<CacheNode> nodes() {
        return nodes;
    }

    public int home(String key) {
        return Math.floorMod(key.hashCode(), nodes.size());
    }

    /** The node a request of this key enters through now. */
    public CacheNode route(String key) {
        int home = home(key);
        if (!anyImpaired) {
            return nodes.get(home);
        }
        return routeAround(home);
    }

    /**
     * Routes a request of the key and runs the step that reports it. With a {@link SpecTrace} on, both happen in one
     * critical section with {@link #impairNode}/{@link #restoreNode}, so that the traced node is the one the spec's
     * Route(k) gives at that step (otherwise a fault traced between the routing and the report makes the trace show
     * a route the spec never had). Without one, the lock-free {@link #route}. Lock order: router, then node, witness
     * stripe, log.
     */
    public <T> T routed(String key, java.util.function.Function<CacheNode, T> step) {
        if (trace == SpecTrace.NONE) {
            return step.apply(route(key));
        }
        synchronized (this) {
            return step.apply(route(key));
        }
    }

    private synchronized CacheNode routeAround(int home) {
        for (int step = 0; step < nodes.size(); step++) {
            int n = (home + step) % nodes.size();
            if (!impaired[n]) {
                return nodes.get(n);
            }
        }
        return nodes.get(home);
    }

    /** Fault: requests of the node's keys go elsewhere; its entries stay as they are and grow stale. */
    @SpecAction("ImpairNode")
    public synchronized void impairNode(int node) {
        impaired[checkNode(node)] = true;
        anyImpaired = true;
        trace.step("ImpairNode", -1, null, node, -1, null, null);
    }

    /** The node serves its keys again, with whatever entries it kept. */
    @SpecAction("RestoreNode")
    public synchronized void restoreNode(int node) {
        impaired[checkNode(node)] = false;
        boolean any = false;
        for (boolean b : impaired) {
            any |= b;
        }
        anyImpaired = any;
        trace.step("RestoreNode", -1, null, node, -1, null, null);
    }

    public synchronized boolean isImpaired(int node) {
        return impaired[checkNode(node)];
    }

    private int checkNode(int node) {
        if (node < 0 || node >= nodes.size()) {
            throw new IllegalArgumentException("no cache node " + node + " (nodes are 0.." + (nodes.size() - 1) + ")");
        }
        return node;
    }
}
