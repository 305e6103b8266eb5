package io.s3witness.exploration;

import io.s3witness.store.Faults;
import io.s3witness.store.ObjectStore;

/**
 * One fault as a client's step. A record, not a lambda, like every step: Java PathFinder keeps a lambda's captured
 * values in fields of a class it generates and switches threads at every read of them (its sharedness filters never
 * apply to those classes), while a record's fields are final and set before the thread starts, so JPF skips them
 * ({@code vm.shared.skip_constructed_finals}). Measured on delete-race on a strong store: 59,949 states with lambdas,
 * 18,457 without.
 */
record FaultStep(ObjectStore store, Fault fault, int node) implements Runnable {
    /** The faults the scenarios inject; {@code node} matters only for the first two. */
    enum Fault {
        IMPAIR {
            @Override
            void apply(Faults faults, int node) {
                faults.impairNode(node);
            }
        },
        RESTORE {
            @Override
            void apply(Faults faults, int node) {
                faults.restoreNode(node);
            }
        },
        REPLACE_WITNESS {
            @Override
            void apply(Faults faults, int node) {
                faults.replaceWitness();
            }
        },
        CRASH_WITNESS {
            @Override
            void apply(Faults faults, int node) {
                faults.crashWitness();
            }
        },
        RESTART_WITNESS {
            @Override
            void apply(Faults faults, int node) {
                faults.restartWitness();
            }
        },
        WITNESS_UNREACHABLE {
            @Override
            void apply(Faults faults, int node) {
                faults.witnessUnreachable();
            }
        },
        WITNESS_REACHABLE {
            @Override
            void apply(Faults faults, int node) {
                faults.witnessReachable();
            }
        };

        abstract void apply(Faults faults, int node);
    }

    static FaultStep impair(ObjectStore store, int node) {
        return new FaultStep(store, Fault.IMPAIR, node);
    }

    static FaultStep restore(ObjectStore store, int node) {
        return new FaultStep(store, Fault.RESTORE, node);
    }

    /** A witness fault (no node). */
    static FaultStep of(ObjectStore store, Fault fault) {
        return new FaultStep(store, fault, -1);
    }

    @Override
    public void run() {
        fault.apply(store.faults(), node);
    }
}
