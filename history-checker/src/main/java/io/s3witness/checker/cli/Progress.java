package io.s3witness.checker.cli;

import java.io.PrintStream;
import java.util.function.Supplier;

/** Prints a status line to stderr every few seconds while a long run goes on. */
final class Progress {
  private static final long PERIOD_MS = 3000;
  private final Thread thread;
  private volatile boolean done;

  Progress(PrintStream err, Supplier<String> status) {
    long started = System.nanoTime();
    thread = new Thread(() -> {
      while (!done) {
        try {
          Thread.sleep(PERIOD_MS);
        } catch (InterruptedException e) {
          return;
        }
        if (!done) {
          err.printf("... %s (%.0f s)%n", status.get(), (System.nanoTime() - started) / 1e9);
        }
      }
    }, "progress");
    thread.setDaemon(true);
    thread.start();
  }

  void close() {
    done = true;
    thread.interrupt();
  }
}
