package io.s3witness.specs;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * One test per CI config of configs.tsv: TLC runs in a child JVM and must report exactly what
 * the table expects -- a pass, or a violation of exactly the named invariant/property.
 */
class TlcConfigsTest {

    static List<ModelConfig> ciConfigs() throws IOException {
        return ConfigTable.read(SpecFilesTest.specsDir().resolve("configs.tsv")).ci();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("ciConfigs")
    void tlcReportsWhatConfigsTsvExpects(ModelConfig config) throws IOException {
        Path out = Path.of(System.getProperty("tlc.out", "target/tlc"));
        // A safety net against a hung TLC, not a performance assertion: generous enough for a
        // heavily shared machine (MCStrong took 16-20 min of wall time at load 15 on 2 cores).
        long minutes = Long.getLong("tlc.timeout.minutes", 120);
        TlcRun runner = new TlcRun(SpecFilesTest.specsDir(), out, Duration.ofMinutes(minutes));
        TlcRun.Outcome o = runner.run(config, System.out::println);
        System.out.println(o.summaryLine());
        if (!o.traceTable().isEmpty()) {
            System.out.print(o.traceTable());
        }
        assertTrue(o.asExpected(), () -> config.name() + ": expected " + config.expected()
                + ", TLC reported " + o.result().verdict().label() + " "
                + o.result().verdict().detail() + "\nlog: " + out.resolve(config.name() + ".log")
                + "\n" + o.traceTable());
    }
}
