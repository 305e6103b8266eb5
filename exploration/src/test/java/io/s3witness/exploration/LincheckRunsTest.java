package io.s3witness.exploration;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Which Lincheck failures LincheckRuns#explore retries: only the timeout that comes without a trace. */
class LincheckRunsTest {
    @Test
    void theTimeoutAloneIsRetried() {
        // Lincheck 3.7's whole message when an invocation ran past 30 s (seen in the versioned-delete-current runs).
        assertTrue(LincheckRuns.isBareTimeout("\n= Concurrent test has hung =\n"));
    }

    @Test
    void aHangWithAnInterleavingIsNot() {
        // Lincheck's livelock report shares the title but shows how the threads got there (measured: a thread looping
        // 100 times under the default loop bound gives this title and then the interleaving).
        assertFalse(LincheckRuns.isBareTimeout("\n= Concurrent test has hung =\n\n"
            + "The following interleaving leads to the error:\n| Main Thread | Thread 1 |\n"));
    }

    @Test
    void aViolationIsNot() {
        assertFalse(LincheckRuns.isBareTimeout("\n= Concurrent test failed =\n\njava.lang.AssertionError: "
            + "versioned-delete-current (eventual): a read that started after DELETE of version 0000000000000003"
            + " returned saw it\n"));
        assertFalse(LincheckRuns.isBareTimeout(null));
    }
}
