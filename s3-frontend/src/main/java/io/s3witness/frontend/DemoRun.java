package io.s3witness.frontend;

import io.s3witness.checker.CheckResult;
import io.s3witness.checker.HistoryChecker;
import io.s3witness.checker.ResultJson;
import io.s3witness.checker.Verdict;
import io.s3witness.checker.report.HistoryReport;
import io.s3witness.recorder.FaultSchedule;
import io.s3witness.recorder.OpMix;
import io.s3witness.recorder.RecordCommand;
import io.s3witness.recorder.Recorder;
import io.s3witness.recorder.RecorderConfig;
import io.s3witness.recorder.S3Settings;
import io.s3witness.recorder.StoreException;
import io.s3witness.recorder.Versioning;
import io.s3witness.store.Mode;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * One recorded and checked run of our server: start it (in this JVM, on a free port of 127.0.0.1) in a mode with a
 * fault schedule, let the recorder drive it over HTTP with SigV4, check the history, write the history, the JSON
 * result, the checker's summary and its timeline page into a directory.
 *
 * @param name     file stem, e.g. "strong"
 * @param faults   the fault schedule's text ({@link FaultPlan})
 */
public record DemoRun(String name, Mode mode, String faults, int clients, int keys, int ops, long seed) {
    static final Credentials CREDENTIALS = new Credentials("s3-witness-demo", "s3-witness-demo-secret");

    /** What a run produced. */
    public record Outcome(CheckResult result, Recorder.Summary recorded, Path history, Path json, Path summary,
            Path page) {
        public Verdict verdict() {
            return result.verdict();
        }
    }

    public Outcome run(Path dir, PrintStream progress) throws IOException, StoreException {
        Files.createDirectories(dir);
        Path history = dir.resolve(name + ".jsonl");
        RecorderConfig config = new RecorderConfig(clients, keys, ops, OpMix.defaultFor(Versioning.ENABLED),
                Versioning.ENABLED, seed, name + "/", 64);
        Recorder.Summary recorded;
        PrintStream faultLog = new PrintStream(Files.newOutputStream(dir.resolve(name + ".faults.log")), true,
                StandardCharsets.UTF_8);
        try (faultLog;
             S3Server server = S3Server.start(ServerConfig.local(mode, CREDENTIALS).withFaults(faults).withSeed(seed),
                     faultLog)) {
            recorded = RecordCommand.record(config, S3Settings.local(server.endpoint(), "witness",
                    CREDENTIALS.accessKey(), CREDENTIALS.secretKey()), history, FaultSchedule.NONE, progress);
        }
        CheckResult result = HistoryChecker.checkFile(history, "s3", Duration.ofSeconds(60));
        Path json = dir.resolve(name + ".result.json");
        Files.writeString(json, ResultJson.write(List.of(result)));
        Path summary = dir.resolve(name + ".summary.txt");
        Files.writeString(summary, result.summary() + System.lineSeparator());
        // Drawn from this result: history-checker's `check --html` would check the history all over again.
        Path page = dir.resolve(name + ".html");
        Files.writeString(page, HistoryReport.html(result));
        return new Outcome(result, recorded, history, json, summary, page);
    }
}
