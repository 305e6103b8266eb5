package io.s3witness.store.metadata;

import io.s3witness.store.ImmutableLists;
import io.s3witness.store.SpecAction;
import io.s3witness.store.SpecTrace;

import java.util.ArrayList;
import java.util.List;

/**
 * Picks the cache node a request enters through. Normally a key's home node (String.hashCode, which Java specifies,
 * mod N). When the home node is impaired the request goes to one of the healthy nodes chosen by client id, so
 * different clients' writes and reads of one key pass through different nodes — the situation eventual mode gets
 * wrong. When every node is impaired, the home node serves anyway.
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

    /** The node a request of this client for this key enters through. */
    public CacheNode route(String key, int client) {
        int home = home(key);
        if (!anyImpaired) {
            return nodes.get(home);
        }
        return routeAround(home, client);
    }

    private synchronized CacheNode routeAround(int home, int client) {
        if (!impaired[home]) {
            return nodes.get(home);
        }
        List<CacheNode> healthy = new ArrayList<>(nodes.size());
        for (int i = 0; i < nodes.size(); i++) {
            if (!impaired[i]) {
                healthy.add(nodes.get(i));
            }
        }
        if (healthy.isEmpty()) {
            return nodes.get(home);
        }
        return healthy.get(Math.floorMod(client + home, healthy.size()));
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
