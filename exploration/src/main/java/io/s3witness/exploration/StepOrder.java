package io.s3witness.exploration;

import java.util.ArrayList;
import java.util.List;

/**
 * One operation-level interleaving: {@code order[i]} is the client whose next step runs i-th. With
 * {@link #allOrders(int[])} a test visits every interleaving of the clients' steps (the multiset permutations).
 */
public final class StepOrder implements Interleaver {
    private final int[] order;

    public StepOrder(int[] order) {
        this.order = order.clone();
    }

    @Override
    public void run(List<List<Runnable>> threads) {
        int[] next = new int[threads.size()];
        for (int client : order) {
            threads.get(client).get(next[client]++).run();
        }
        for (int i = 0; i < next.length; i++) {
            if (next[i] != threads.get(i).size()) {
                throw new IllegalStateException("the order runs " + next[i] + " steps of client " + i + ", which has "
                    + threads.get(i).size());
            }
        }
    }

    /** Every order in which clients with these step counts can run their steps. */
    public static List<int[]> allOrders(int[] steps) {
        List<int[]> orders = new ArrayList<>();
        int total = 0;
        for (int s : steps) {
            total += s;
        }
        extend(steps.clone(), new int[total], 0, orders);
        return orders;
    }

    private static void extend(int[] left, int[] prefix, int at, List<int[]> out) {
        if (at == prefix.length) {
            out.add(prefix.clone());
            return;
        }
        for (int c = 0; c < left.length; c++) {
            if (left[c] > 0) {
                left[c]--;
                prefix[at] = c;
                extend(left, prefix, at + 1, out);
                left[c]++;
            }
        }
    }

    /** Records how many steps each client has, running them client after client. */
    public static final class Counting implements Interleaver {
        private int[] steps = new int[0];

        @Override
        public void run(List<List<Runnable>> threads) {
            steps = new int[threads.size()];
            for (int i = 0; i < threads.size(); i++) {
                steps[i] = threads.get(i).size();
                for (Runnable step : threads.get(i)) {
                    step.run();
                }
            }
        }

        public int[] steps() {
            return steps.clone();
        }
    }
}
