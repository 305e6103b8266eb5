package io.s3witness.frontend;

import io.s3witness.store.Faults;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Runs a {@link FaultPlan} against the stores: time clauses on a timer thread, request clauses as requests arrive.
 * One lock serialises every fault, so rotating state and the log of applied faults stay consistent.
 */
final class FaultDriver implements AutoCloseable {
    private final FaultPlan plan;
    private final Faults target;
    private final Consumer<String> log;
    private final FaultAction.FaultState state = new FaultAction.FaultState();
    private final int[] cursor;
    private final List<ScheduledExecutorService> timers = new ArrayList<>();
    private long requests;

    FaultDriver(FaultPlan plan, Faults target, Consumer<String> log) {
        this.plan = plan;
        this.target = target;
        this.log = log;
        this.cursor = new int[plan.clauses().size()];
    }

    void start() {
        for (int i = 0; i < plan.clauses().size(); i++) {
            FaultPlan.Clause c = plan.clauses().get(i);
            if (c.trigger() == FaultPlan.Trigger.EVERY_TIME) {
                int index = i;
                ScheduledExecutorService t = Executors.newSingleThreadScheduledExecutor(r -> {
                    Thread th = new Thread(r, "s3-witness-faults");
                    th.setDaemon(true);
                    return th;
                });
                long ms = c.period().toMillis();
                t.scheduleAtFixedRate(() -> next(index, "every " + ms + "ms"), ms, ms, TimeUnit.MILLISECONDS);
                timers.add(t);
            }
        }
    }

    /** Called before each request that reaches a store. */
    synchronized void beforeRequest() {
        long n = ++requests;
        for (int i = 0; i < plan.clauses().size(); i++) {
            FaultPlan.Clause c = plan.clauses().get(i);
            if (c.trigger() == FaultPlan.Trigger.EVERY_OP && n % c.count() == 0) {
                next(i, "request " + n);
            } else if (c.trigger() == FaultPlan.Trigger.AT_OP && n == c.count()) {
                for (FaultAction a : c.actions()) {
                    apply(a, "request " + n);
                }
            }
        }
    }

    private synchronized void next(int clause, String when) {
        List<FaultAction> actions = plan.clauses().get(clause).actions();
        apply(actions.get(cursor[clause]++ % actions.size()), when);
    }

    private void apply(FaultAction a, String when) {
        try {
            a.apply(target, state);
            log.accept("fault at " + when + ": " + a);
        } catch (RuntimeException e) {
            log.accept("fault at " + when + ": " + a + " failed: " + e.getMessage());
        }
    }

    @Override
    public void close() {
        timers.forEach(ScheduledExecutorService::shutdownNow);
    }
}
