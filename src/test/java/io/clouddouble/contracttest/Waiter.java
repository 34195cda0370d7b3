package io.clouddouble.contracttest;

import java.time.Duration;
import java.util.function.BooleanSupplier;

/**
 * Polls until an async transition is observed. Against a real cloud it pauses between polls (the
 * cloud's own clock is the only one); against the in-process fake it advances the fake's clock
 * instead, so fake runs never sleep.
 */
final class Waiter {
  private final Runnable betweenPolls;
  private final int maxPolls;

  private Waiter(Runnable betweenPolls, int maxPolls) {
    this.betweenPolls = betweenPolls;
    this.maxPolls = maxPolls;
  }

  static Waiter pausing(Duration interval, Duration timeout) {
    return new Waiter(
        () -> {
          try {
            Thread.sleep(interval.toMillis());
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting", e);
          }
        },
        (int) Math.max(1, timeout.toMillis() / Math.max(1, interval.toMillis())));
  }

  /** Polls up to {@code maxPolls} times, running {@code advance} (e.g. the fake's clock) between them. */
  static Waiter advancing(Runnable advance, int maxPolls) {
    return new Waiter(advance, maxPolls);
  }

  void await(String what, BooleanSupplier done) {
    for (int poll = 1; poll <= maxPolls; poll++) {
      if (done.getAsBoolean()) {
        return;
      }
      betweenPolls.run();
    }
    if (!done.getAsBoolean()) {
      throw new AssertionError("gave up waiting for " + what + " after " + maxPolls + " polls");
    }
  }
}
