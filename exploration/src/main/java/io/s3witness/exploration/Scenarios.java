package io.s3witness.exploration;

import java.util.List;

/** Every scenario, in the order reports list them. */
public final class Scenarios {
    private Scenarios() {
    }

    public static List<Scenario> all() {
        return java.util.Arrays.asList(new OverwriteRace(), new DeleteRace(), new ListAfterPutRace(),
            new StaleCacheRepair(), new UncommittedWrite(), new WitnessReplacement(), new WitnessPartition(),
            new VersionedDeleteCurrent(), new Flicker());
    }
}
