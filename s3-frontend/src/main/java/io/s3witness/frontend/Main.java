package io.s3witness.frontend;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code s3-witness serve|demo}. */
@Command(name = "s3-witness", mixinStandardHelpOptions = true, subcommands = {ServeCommand.class, DemoCommand.class},
        description = "The reference store over the S3 REST API, and the end-to-end demo.")
public final class Main implements Runnable {
    static final int EXIT_USAGE = 2;

    @Override
    public void run() {
        new CommandLine(this).usage(System.err);
    }

    public static void main(String[] args) {
        // The AWS SDK logs through SLF4J and the jar carries no provider: keep SLF4J from warning about it.
        if (System.getProperty("slf4j.internal.verbosity") == null) {
            System.setProperty("slf4j.internal.verbosity", "ERROR");
        }
        System.exit(new CommandLine(new Main()).execute(args));
    }
}
