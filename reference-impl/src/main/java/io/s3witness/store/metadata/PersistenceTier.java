package io.s3witness.store.metadata;

import io.s3witness.store.ImmutableLists;
import io.s3witness.store.S3Error;
import io.s3witness.store.S3Exception;
import io.s3witness.store.SpecAction;
import io.s3witness.store.SpecTrace;
import io.s3witness.store.Versioning;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

/**
 * The source of truth: per key an append-only ordering log, position = sequence number, and the version stacks it
 * derives. One monitor guards it all; the log is short-held and is never held while calling out, so the lock order
 * witness → persistence tier cannot deadlock. The bucket's versioning state lives here because a commit must read
 * it atomically with the append.
 */
public final class PersistenceTier {
    /** A key's log and the stack after each of its entries (index i = after seq i+1). */
    private static final class KeyLog {
        final List<Mutation> entries = new ArrayList<>();
        final List<VersionStack> stacks = new ArrayList<>();
    }

    private final TreeMap<String, KeyLog> logs = new TreeMap<>();
    private final Map<String, Integer> failNext = new HashMap<>();
    private final Random random;
    private final SpecTrace trace;
    private double failProbability;
    private Versioning versioning;

    public PersistenceTier(Versioning versioning, Random random, SpecTrace trace) {
        this.versioning = versioning;
        this.random = random;
        this.trace = trace;
    }

    /** Append the client's mutation; its seq is the new log length. Throws InternalError when a fault says so. */
    @SpecAction("CommitToLog")
    public synchronized Commit commitToLog(int client, String key, WriteIntent intent) {
        if (commitMustFail(key)) {
            commitFails(client, key);
        }
        KeyLog log = logs.get(key);
        if (log == null) {
            log = new KeyLog();
            logs.put(key, log);
        }
        long seq = log.entries.size() + 1L;
        Mutation m = toMutation(intent, seq);
        VersionStack before = log.stacks.isEmpty() ? VersionStack.EMPTY : log.stacks.get(log.stacks.size() - 1);
        VersionStack after = before.apply(key, m, seq);
        log.entries.add(m);
        log.stacks.add(after);
        trace.step("CommitToLog", client, key, -1, seq, null, null);
        return new Commit(seq, m, after);
    }

    /**
     * The entry committing the intent now would produce, without committing it: only the planted flaw
     * PUBLISH_BEFORE_COMMIT uses it.
     */
    public synchronized CacheEntry preview(String key, WriteIntent intent) {
        long seq = length(key) + 1;
        return new CacheEntry(seq, stackAt(key, seq - 1).apply(key, toMutation(intent, seq), seq));
    }

    /** The commit did not happen: nothing is appended and the client gets an error. */
    @SpecAction("CommitFails")
    private void commitFails(int client, String key) {
        trace.step("CommitFails", client, key, -1, -1, null, null);
        throw new S3Exception(S3Error.INTERNAL_ERROR, key, "commit of " + key + " to the ordering log failed");
    }

    private boolean commitMustFail(String key) {
        Integer n = failNext.get(key);
        if (n != null) {
            if (n <= 1) {
                failNext.remove(key);
            } else {
                failNext.put(key, n - 1);
            }
            return true;
        }
        return failProbability > 0 && random.nextDouble() < failProbability;
    }

    private Mutation toMutation(WriteIntent intent, long seq) {
        boolean fresh = versioning == Versioning.ENABLED;
        switch (intent.kind()) {
            case PUT:
                return new Mutation(Mutation.Kind.PUT, fresh ? VersionIds.forSeq(seq) : VersionIds.NULL,
                    intent.digest(), intent.size());
            case DELETE:
                if (versioning == Versioning.UNVERSIONED) {
                    return new Mutation(Mutation.Kind.REMOVE_VERSION, VersionIds.NULL, null, 0);
                }
                return new Mutation(Mutation.Kind.DELETE_MARKER, fresh ? VersionIds.forSeq(seq) : VersionIds.NULL,
                    null, 0);
            default:
                return new Mutation(Mutation.Kind.REMOVE_VERSION, intent.versionId(), null, 0);
        }
    }

    /** Len(log[k]): the key's newest sequence number, 0 when it has none. */
    public synchronized long length(String key) {
        KeyLog log = logs.get(key);
        return log == null ? 0 : log.entries.size();
    }

    /** StackOf(log[k][1..seq]); the prefix is immutable, so any seq up to the length read earlier is stable. */
    public synchronized VersionStack stackAt(String key, long seq) {
        KeyLog log = logs.get(key);
        if (seq == 0 || log == null) {
            return VersionStack.EMPTY;
        }
        return log.stacks.get((int) seq - 1);
    }

    /** The tail entry, read directly (no witness): the newest seq and its stack, atomically. */
    public synchronized CacheEntry tail(String key) {
        long seq = length(key);
        return new CacheEntry(seq, stackAt(key, seq));
    }

    /** {@link #tail(String)} as the given read step of a client through a node (traced as that step). */
    public synchronized CacheEntry tail(int client, String key, int node, String action) {
        CacheEntry entry = tail(key);
        trace.step(action, client, key, node, entry.seq(), Steps.detailOfRead(action, entry), null);
        return entry;
    }

    /** The mutations of a key's log, oldest first (for tests and trace tools). */
    public synchronized List<Mutation> log(String key) {
        KeyLog log = logs.get(key);
        return log == null ? ImmutableLists.empty() : ImmutableLists.copyOf(log.entries);
    }

    /** Every key that has a log and starts with the prefix, in order (the persistence tier's key index). */
    public synchronized List<String> keysWithPrefix(String prefix) {
        List<String> keys = new ArrayList<>();
        for (String k : logs.tailMap(prefix, true).keySet()) {
            if (!k.startsWith(prefix)) {
                break;
            }
            keys.add(k);
        }
        return keys;
    }

    /** Change the bucket's versioning state; S3 never lets a bucket go back to unversioned. */
    @SpecAction("SetVersioning")
    public synchronized void setVersioning(Versioning next) {
        if (next == Versioning.UNVERSIONED && versioning != Versioning.UNVERSIONED) {
            throw S3Exception.invalidArgument("a bucket that had versioning cannot become unversioned again");
        }
        versioning = next;
        trace.step("SetVersioning", -1, null, -1, -1, next.historyName(), null);
    }

    public synchronized Versioning versioning() {
        return versioning;
    }

    /** Fault: the next {@code count} commits of the key fail. */
    public synchronized void failNextCommits(String key, int count) {
        if (count <= 0) {
            failNext.remove(key);
        } else {
            failNext.put(key, count);
        }
    }

    /** Fault: every commit fails with this probability, drawn from the store's seeded random. */
    public synchronized void failCommitsWithProbability(double p) {
        if (p < 0 || p > 1) {
            throw new IllegalArgumentException("probability must be in [0, 1], got " + p);
        }
        failProbability = p;
    }
}
