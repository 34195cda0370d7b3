package io.clouddouble.state;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Supplier;

/**
 * The fake's time: real time plus an offset the admin API can advance, so async transitions
 * complete within seconds for interactive users and at once for tests, which never sleep.
 */
public final class VirtualClock implements Supplier<Instant> {
  private final Clock real;
  private volatile Duration offset = Duration.ZERO;

  public VirtualClock(Clock real) {
    this.real = real;
  }

  @Override
  public Instant get() {
    return real.instant().plus(offset);
  }

  public Duration offset() {
    return offset;
  }

  public synchronized void advance(Duration by) {
    if (by.isNegative()) {
      throw new IllegalArgumentException("the clock only moves forward");
    }
    offset = offset.plus(by);
  }

  /** Puts back an offset kept in a state file. */
  public synchronized void restore(Duration saved) {
    offset = saved;
  }

  public void reset() {
    offset = Duration.ZERO;
  }
}
