package io.s3witness.recorder;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The recorder's command line: {@code recorder record ...}. */
@Command(name = "recorder", mixinStandardHelpOptions = true, subcommands = RecordCommand.class,
        description = "Records histories of S3 endpoints for the s3-witness linearizability checker.")
public final class RecorderMain implements Runnable {

    static CommandLine commandLine() {
        return new CommandLine(new RecorderMain());
    }

    @Override
    public void run() {
        commandLine().usage(System.err);
    }

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }
}
