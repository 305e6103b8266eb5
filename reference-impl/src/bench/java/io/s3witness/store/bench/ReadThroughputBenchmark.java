package io.s3witness.store.bench;

import io.s3witness.store.Mode;
import io.s3witness.store.ObjectStore;
import io.s3witness.store.StoreConfig;
import io.s3witness.store.StoredObject;
import io.s3witness.store.Versioning;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.ThreadParams;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.concurrent.TimeUnit;

/**
 * GET throughput, strong against eventual, same store shape and load: 1024 keys of 64 bytes, every key written and
 * read once before measuring, so every measured GET is a cache hit (the hit-heavy case the witness must not slow
 * down: strong adds one witness check per GET). {@link #main} runs both modes at 1 and 2 threads in one run and
 * prints the ratios.
 */
@State(Scope.Benchmark)
@BenchmarkMode(org.openjdk.jmh.annotations.Mode.Throughput)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class ReadThroughputBenchmark {
    private static final int KEYS = 1024;

    @Param({"EVENTUAL", "STRONG"})
    public Mode mode;

    private ObjectStore store;
    private String[] keys;

    /** Per thread: its client id and where it is in the key sequence. */
    @State(Scope.Thread)
    public static class Client {
        int id;
        int next;

        @Setup(Level.Trial)
        public void setUp(ThreadParams params) {
            id = params.getThreadIndex();
            next = id * 7919;
        }
    }

    @Setup(Level.Trial)
    public void setUp() {
        store = new ObjectStore(new StoreConfig(mode, 3, Versioning.ENABLED, 1L));
        keys = new String[KEYS];
        for (int i = 0; i < KEYS; i++) {
            keys[i] = "bench/key-" + i;
            byte[] data = new byte[64];
            byte[] tag = ("value of " + i).getBytes(StandardCharsets.UTF_8);
            System.arraycopy(tag, 0, data, 0, tag.length);
            store.put(0, keys[i], data);
            store.get(0, keys[i]);
        }
    }

    @Benchmark
    public StoredObject get(Client client) {
        int i = client.next++ & (KEYS - 1);
        return store.get(client.id, keys[i]);
    }

    /**
     * Runs EVENTUAL and STRONG at 1 and 2 threads, alternating the modes over several rounds (one fork each) so that
     * load from elsewhere on a shared machine falls on both alike; prints every round and the median ratio.
     * Argument: {@code quick} (one round, shorter iterations), {@code standard} (3 rounds) or a number of rounds.
     */
    public static void main(String[] args) throws RunnerException {
        String arg = args.length > 0 ? args[0] : "standard";
        boolean quick = arg.equals("quick");
        int rounds = quick ? 1 : arg.equals("standard") ? 3 : Integer.parseInt(arg);
        StringBuilder report = new StringBuilder();
        report.append("GET throughput, ops/us (hit-heavy: 1024 keys x 64 B, 3 cache nodes, every GET a hit)\n");
        for (int threads : new int[] {1, 2}) {
            double[] ratios = new double[rounds];
            for (int round = 0; round < rounds; round++) {
                double eventual = score(Mode.EVENTUAL, threads, quick);
                double strong = score(Mode.STRONG, threads, quick);
                ratios[round] = strong / eventual;
                report.append("  threads=").append(threads).append(" round ").append(round + 1)
                    .append(": eventual=").append(round(eventual)).append(" strong=").append(round(strong))
                    .append(" strong/eventual=").append(round(ratios[round])).append('\n');
            }
            java.util.Arrays.sort(ratios);
            report.append("  threads=").append(threads).append(": median strong/eventual = ")
                .append(round(ratios[rounds / 2])).append('\n');
        }
        System.out.println();
        System.out.print(report);
    }

    private static double score(Mode mode, int threads, boolean quick) throws RunnerException {
        Options opts = new OptionsBuilder()
            .include(ReadThroughputBenchmark.class.getName() + ".get")
            .param("mode", mode.name())
            .threads(threads)
            .forks(1)
            .warmupIterations(quick ? 2 : 4)
            .warmupTime(TimeValue.seconds(1))
            .measurementIterations(quick ? 2 : 4)
            .measurementTime(TimeValue.seconds(1))
            .build();
        Collection<RunResult> results = new Runner(opts).run();
        return results.iterator().next().getPrimaryResult().getScore();
    }

    private static String round(double v) {
        return String.valueOf(Math.round(v * 1000) / 1000.0);
    }
}
