package io.clouddouble.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class NonceMemoryTest {
  /** A clock the test moves by hand. */
  private static final class ManualClock extends Clock {
    private Instant now = AuthFixtures.NOW;

    void advance(Duration by) {
      now = now.plus(by);
    }

    @Override
    public Instant instant() {
      return now;
    }

    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return this;
    }
  }

  @Test
  void aNonceIsUsableOncePerKeyWithinTheWindow() {
    ManualClock clock = new ManualClock();
    NonceMemory nonces = new NonceMemory(clock, Duration.ofMinutes(15), 100);
    assertTrue(nonces.firstUse("k", "n"));
    assertFalse(nonces.firstUse("k", "n"));
    assertTrue(nonces.firstUse("other", "n"));
    clock.advance(Duration.ofMinutes(15));
    assertFalse(nonces.firstUse("k", "n"));
    clock.advance(Duration.ofSeconds(1));
    assertTrue(nonces.firstUse("k", "n"), "forgotten once the window has passed");
  }

  @Test
  void expiredEntriesLeaveTheMemory() {
    ManualClock clock = new ManualClock();
    NonceMemory nonces = new NonceMemory(clock, Duration.ofMinutes(15), 1_000);
    for (int i = 0; i < 500; i++) {
      nonces.firstUse("k", "n" + i);
    }
    clock.advance(Duration.ofMinutes(16));
    nonces.firstUse("k", "fresh");
    assertEquals(1, nonces.size());
  }

  @Test
  void theMemoryNeverExceedsItsCapacity() {
    NonceMemory nonces = new NonceMemory(new ManualClock(), Duration.ofMinutes(15), 100);
    for (int i = 0; i < 1_000; i++) {
      assertTrue(nonces.firstUse("k", "n" + i));
    }
    assertEquals(100, nonces.size());
  }

  @Test
  void concurrentUsesOfOneNonceAdmitExactlyOne() throws Exception {
    NonceMemory nonces = new NonceMemory(new ManualClock(), Duration.ofMinutes(15), 10_000);
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      for (int round = 0; round < 200; round++) {
        String nonce = "n" + round;
        List<Future<Boolean>> uses = new ArrayList<>();
        for (int t = 0; t < 8; t++) {
          uses.add(pool.submit(() -> nonces.firstUse("k", nonce)));
        }
        int admitted = 0;
        for (Future<Boolean> use : uses) {
          admitted += use.get() ? 1 : 0;
        }
        assertEquals(1, admitted, nonce);
      }
    } finally {
      pool.shutdownNow();
    }
  }
}
