package io.s3witness.frontend;

import io.s3witness.store.Faults;
import io.s3witness.store.ObjectStore;
import io.s3witness.store.StoreConfig;
import io.s3witness.store.Versioning;
import io.s3witness.store.history.HistoryRecorder;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * The buckets, one reference store each (built from the server's mode, cache nodes and seed, unversioned at first
 * as S3 buckets are), and the store faults applied to all of them at once.
 */
final class BucketRegistry implements Faults {
    private static final Pattern BUCKET_NAME = Pattern.compile("[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]");

    private final StoreConfig template;
    private final ConcurrentMap<String, Bucket> buckets = new ConcurrentHashMap<>();

    BucketRegistry(StoreConfig template) {
        this.template = template.withVersioning(Versioning.UNVERSIONED);
    }

    private static final String NAME_RULE = "expected 3 to 63 lower-case letters, digits, dots or hyphens, "
            + "starting and ending with a letter or digit";

    private static boolean validName(String name) {
        return BUCKET_NAME.matcher(name).matches() && !name.contains("..");
    }

    /** Creates the bucket; false if it already exists. */
    boolean create(String name) {
        if (!validName(name)) {
            throw new S3Failure(400, "InvalidBucketName", "The specified bucket is not valid: " + NAME_RULE);
        }
        return buckets.putIfAbsent(name, new Bucket(name, new ObjectStore(template), Instant.now())) == null;
    }

    /**
     * Creates a bucket whose store records its own history (DESIGN §3) from the first request on; its versioning is
     * fixed up front because the history's meta line states it.
     */
    void createRecorded(String name, Versioning versioning, HistoryRecorder history) {
        if (!validName(name)) {
            throw new IllegalArgumentException("'" + name + "': " + NAME_RULE);
        }
        if (buckets.putIfAbsent(name, new Bucket(name, new ObjectStore(template.withVersioning(versioning), history),
                Instant.now())) != null) {
            throw new IllegalStateException("bucket '" + name + "' exists already");
        }
    }

    Bucket get(String name) {
        Bucket b = buckets.get(name);
        if (b == null) {
            throw S3Failure.noSuchBucket(name);
        }
        return b;
    }

    void remove(String name) {
        buckets.remove(name);
    }

    List<Bucket> all() {
        List<Bucket> l = new ArrayList<>(buckets.values());
        l.sort(Comparator.comparing(Bucket::name));
        return l;
    }

    // Faults: every bucket's store at once (a bucket created later starts healthy).

    @Override
    public void impairNode(int node) {
        all().forEach(b -> b.store().faults().impairNode(node));
    }

    @Override
    public void restoreNode(int node) {
        all().forEach(b -> b.store().faults().restoreNode(node));
    }

    @Override
    public boolean crashWitness() {
        return any(b -> b.store().faults().crashWitness());
    }

    @Override
    public boolean restartWitness() {
        return any(b -> b.store().faults().restartWitness());
    }

    @Override
    public boolean replaceWitness() {
        return any(b -> b.store().faults().replaceWitness());
    }

    @Override
    public boolean witnessUnreachable() {
        return any(b -> b.store().faults().witnessUnreachable());
    }

    @Override
    public boolean witnessReachable() {
        return any(b -> b.store().faults().witnessReachable());
    }

    @Override
    public void failNextCommits(String key, int count) {
        all().forEach(b -> b.store().faults().failNextCommits(key, count));
    }

    @Override
    public void failCommitsWithProbability(double p) {
        all().forEach(b -> b.store().faults().failCommitsWithProbability(p));
    }

    @Override
    public int cacheNodes() {
        return template.cacheNodes();
    }

    /** Applies to every bucket (no short circuit); true if any store took the fault. */
    private boolean any(Predicate<Bucket> fault) {
        boolean took = false;
        for (Bucket b : all()) {
            took |= fault.test(b);
        }
        return took;
    }
}
