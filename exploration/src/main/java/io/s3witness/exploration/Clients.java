package io.s3witness.exploration;

import io.s3witness.store.ObjectStore;
import io.s3witness.store.ObjectVersion;
import io.s3witness.store.S3Error;
import io.s3witness.store.S3Exception;
import io.s3witness.store.metadata.VersionIds;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

/** What the scenarios' client threads do with the store, and how they are started. */
final class Clients {
    private Clients() {
    }

    static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    /** The key's home cache node (the one a fault impairs to send writes through the backup). */
    static int home(ObjectStore store, String key) {
        return store.metadata().router().home(key);
    }

    /**
     * The latest live version as GET ({@code viaGet}) or HEAD sees it, null for a 404 (no such key, or a delete
     * marker on top).
     */
    static ObjectVersion latest(ObjectStore store, int client, String key, boolean viaGet) {
        try {
            return viaGet ? store.get(client, key).version() : store.head(client, key);
        } catch (S3Exception e) {
            if (e.error() == S3Error.NO_SUCH_KEY) {
                return null;
            }
            throw e;
        }
    }

    /** The seq of what a read saw, 0 for a 404 (every committed mutation has seq ≥ 1). */
    static long seqOf(ObjectVersion v) {
        return v == null ? 0 : v.seq();
    }

    /** How a message names what a read saw; an unversioned bucket's version id is the string "null", not a null. */
    static String describe(ObjectVersion v) {
        if (v == null) {
            return "404";
        }
        String id = VersionIds.NULL.equals(v.versionId()) ? "the null version" : "version " + v.versionId();
        return id + " (seq " + v.seq() + ")";
    }

    /** Impairs the key's home node, then restores it: writes in between go through the backup node. */
    static List<Runnable> impairThenRestore(ObjectStore store, String key) {
        int home = home(store, key);
        return steps(FaultStep.impair(store, home), FaultStep.restore(store, home));
    }

    /** One client's steps, in program order. */
    static List<Runnable> steps(Runnable... steps) {
        return Arrays.asList(steps);
    }

    @SafeVarargs
    static List<List<Runnable>> clients(List<Runnable>... clients) {
        return Arrays.asList(clients);
    }

    /**
     * Starts one raw thread per client (running its steps in order) and joins them all. An unexpected exception in a
     * client becomes an AssertionError naming the thread, so that no failure is lost with its thread.
     */
    static void startAndJoin(List<List<Runnable>> clients) {
        Thread[] threads = new Thread[clients.size()];
        ClientBody[] bodies = new ClientBody[clients.size()];
        for (int i = 0; i < threads.length; i++) {
            bodies[i] = new ClientBody(clients.get(i));
            threads[i] = new Thread(bodies[i], "client-" + i);
        }
        for (Thread t : threads) {
            t.start();
        }
        for (Thread t : threads) {
            try {
                t.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted while joining " + t.getName(), e);
            }
        }
        for (int i = 0; i < bodies.length; i++) {
            if (bodies[i].failure != null) {
                throw new AssertionError(threads[i].getName() + " failed unexpectedly: " + bodies[i].failure,
                    bodies[i].failure);
            }
        }
    }

    /**
     * What a client's thread runs: its steps in order. A class with a final field rather than a lambda, for the
     * reason given on {@link FaultStep}; a Runnable rather than a Thread subclass because Lincheck 3.7 never
     * schedules a started Thread subclass (measured: every client parked in its awaitTurn at thread start, the test
     * hung without Lincheck's hang detection firing). {@code failure} is written by the client's thread before it
     * ends and read after join, which orders the two.
     */
    private static final class ClientBody implements Runnable {
        private final List<Runnable> steps;
        private Throwable failure;

        ClientBody(List<Runnable> steps) {
            this.steps = steps;
        }

        @Override
        public void run() {
            try {
                for (Runnable step : steps) {
                    step.run();
                }
            } catch (RuntimeException | Error e) {
                failure = e;
            }
        }
    }
}
