package io.s3witness.store.metadata;

import io.s3witness.store.ListRequest;
import io.s3witness.store.ListResult;
import io.s3witness.store.ListVersionsRequest;
import io.s3witness.store.ListVersionsResult;
import io.s3witness.store.Mode;
import io.s3witness.store.ObjectVersion;
import io.s3witness.store.S3Exception;
import io.s3witness.store.SpecAction;
import io.s3witness.store.SpecTrace;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * The LIST path: take the keys under the prefix, then observe each one at its own instant (not an atomic snapshot,
 * DESIGN §1 promise 2). Strong: the keys come from the log's key index and each is observed through the read path.
 * Eventual: the keys come from the cache layer and each is observed in the node a read of it would enter, as that
 * node holds it — a key that node does not hold is missed.
 */
public final class ListPath {
    private final Mode mode;
    private final PersistenceTier log;
    private final Witness witness;
    private final Router router;
    private final SpecTrace trace;

    public ListPath(Mode mode, PersistenceTier log, Witness witness, Router router, SpecTrace trace) {
        this.mode = mode;
        this.log = log;
        this.witness = witness;
        this.router = router;
        this.trace = trace;
    }

    /** ListObjectsV2: prefix, delimiter, max-keys, continuation token, start-after. */
    public ListResult list(int client, ListRequest req) {
        List<String> keys = beginList(client, req.prefix());
        List<ObjectVersion> contents = new ArrayList<>();
        List<String> commonPrefixes = new ArrayList<>();
        if (req.maxKeys() == 0) {
            return returnList(client, new ListResult(contents, commonPrefixes, null, false));
        }
        boolean fromToken = req.continuationToken() != null;
        String after = fromToken ? decodeToken(req.continuationToken()) : req.startAfter();
        String lastName = null;
        String lastCommonPrefix = null;
        boolean truncated = false;
        for (String key : keys) {
            if (after != null && (key.compareTo(after) <= 0 || (fromToken && key.startsWith(after)
                && after.equals(commonPrefix(req, after))))) {
                continue;
            }
            String cp = commonPrefix(req, key);
            if (cp != null && cp.equals(lastCommonPrefix)) {
                continue;
            }
            CacheEntry entry = listObserveKey(client, key);
            if (entry == null || !entry.stack().isLive()) {
                continue;
            }
            if (contents.size() + commonPrefixes.size() == req.maxKeys()) {
                truncated = true;
                break;
            }
            if (cp != null) {
                commonPrefixes.add(cp);
                lastCommonPrefix = cp;
                lastName = cp;
            } else {
                contents.add(entry.stack().latest());
                lastName = key;
            }
        }
        return returnList(client, new ListResult(contents, commonPrefixes,
            truncated ? encodeToken(lastName) : null, truncated));
    }

    /** ListObjectVersions: every version and delete marker under the prefix, key order, newest first per key. */
    public ListVersionsResult listVersions(int client, ListVersionsRequest req) {
        List<String> keys = beginList(client, req.prefix());
        List<ObjectVersion> versions = new ArrayList<>();
        List<Boolean> latest = new ArrayList<>();
        boolean truncated = false;
        outer:
        for (String key : keys) {
            if (req.keyMarker() != null && key.compareTo(req.keyMarker()) < 0) {
                continue;
            }
            boolean atMarker = key.equals(req.keyMarker());
            if (atMarker && req.versionIdMarker() == null) {
                continue;
            }
            CacheEntry entry = listObserveKey(client, key);
            if (entry == null) {
                continue;
            }
            List<ObjectVersion> stack = entry.stack().versions();
            int from = 0;
            if (atMarker) {
                from = stack.size();
                for (int i = 0; i < stack.size(); i++) {
                    if (stack.get(i).versionId().equals(req.versionIdMarker())) {
                        from = i + 1;
                    }
                }
            }
            for (int i = from; i < stack.size(); i++) {
                if (versions.size() == req.maxKeys()) {
                    truncated = true;
                    break outer;
                }
                versions.add(stack.get(i));
                latest.add(i == 0);
            }
        }
        ObjectVersion last = truncated ? versions.get(versions.size() - 1) : null;
        return returnList(client, new ListVersionsResult(versions, latest, truncated,
            last == null ? null : last.key(), last == null ? null : last.versionId()));
    }

    /**
     * The keys the LIST will observe, in order: strong, the log's key index (a key created after this instant may be
     * observed absent, which is this instant); eventual, every key some cache node holds.
     */
    @SpecAction("BeginList")
    public List<String> beginList(int client, String prefix) {
        trace.step("BeginList", client, null, -1, -1, null, prefix);
        if (mode == Mode.STRONG) {
            return log.keysWithPrefix(prefix);
        }
        TreeSet<String> keys = new TreeSet<>();
        for (CacheNode node : router.nodes()) {
            keys.addAll(node.keysWithPrefix(prefix));
        }
        return new ArrayList<>(keys);
    }

    /**
     * One key's state at one instant inside the LIST, in the node a read of it enters: strong, the node's entry if the
     * witness vouches for it, else the log (through the witness when it is up; no repair); eventual, the node's entry,
     * null when the node does not hold the key.
     */
    @SpecAction("ListObserveKey")
    public CacheEntry listObserveKey(int client, String key) {
        if (trace == SpecTrace.NONE) {
            return observe(client, key, router.route(key));
        }
        // Routed and observed in one step, as the spec's ListObserveKey routes at the instant it observes.
        return router.routed(key, node -> observe(client, key, node));
    }

    private CacheEntry observe(int client, String key, CacheNode node) {
        if (mode == Mode.EVENTUAL) {
            return node.observeForList(client, key);
        }
        CacheEntry vouched = node.peekIf(key, entry -> witness.vouchForList(client, key, node.id(), entry));
        if (vouched != null) {
            return vouched;
        }
        return witness.syncAndLoad(client, key, node.id(), Steps.LIST_OBSERVE_KEY);
    }

    /** The LIST (or ListObjectVersions) answers its client. */
    @SpecAction("ReturnList")
    private <T> T returnList(int client, T result) {
        trace.step("ReturnList", client, null, -1, -1, null, null);
        return result;
    }

    /** The common prefix the delimiter puts the key in, or null when the key is listed itself. */
    private static String commonPrefix(ListRequest req, String key) {
        if (req.delimiter() == null) {
            return null;
        }
        int at = key.indexOf(req.delimiter(), req.prefix().length());
        return at < 0 ? null : key.substring(0, at + req.delimiter().length());
    }

    /** Tokens are opaque to clients: hex of the last name returned. */
    static String encodeToken(String lastName) {
        StringBuilder sb = new StringBuilder();
        for (byte b : lastName.getBytes(StandardCharsets.UTF_8)) {
            sb.append(Character.forDigit((b >> 4) & 0xf, 16)).append(Character.forDigit(b & 0xf, 16));
        }
        return sb.toString();
    }

    static String decodeToken(String token) {
        if (token.isEmpty() || token.length() % 2 != 0) {
            throw S3Exception.invalidArgument("the continuation token is not valid");
        }
        byte[] bytes = new byte[token.length() / 2];
        for (int i = 0; i < bytes.length; i++) {
            int hi = Character.digit(token.charAt(2 * i), 16);
            int lo = Character.digit(token.charAt(2 * i + 1), 16);
            if (hi < 0 || lo < 0) {
                throw S3Exception.invalidArgument("the continuation token is not valid");
            }
            bytes[i] = (byte) ((hi << 4) | lo);
        }
        return new String(bytes, StandardCharsets.UTF_8);
    }
}
