package io.clouddouble;

import java.util.concurrent.CountDownLatch;

/** What the project's command lines ({@code scripts/clouddouble}, {@code scripts/record}) share. */
public final class CommandLines {
  private CommandLines() {}

  /** A {@code --port} value: 0 (a free port) to 65535, else a clear usage error. */
  public static int port(String text) {
    try {
      int port = Integer.parseInt(text);
      if (port < 0 || port > 65535) {
        throw new NumberFormatException();
      }
      return port;
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("--port must be a number from 0 to 65535, not '" + text + "'");
    }
  }

  /**
   * Blocks until the JVM is asked to stop (SIGTERM, Ctrl-C), then runs {@code onStop} (which
   * closes the server and says so) before the process exits.
   */
  public static void runUntilStopped(Runnable onStop) throws InterruptedException {
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  onStop.run();
                  stopped.countDown();
                }));
    stopped.await();
  }
}
