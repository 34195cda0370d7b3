package io.clouddouble.auth;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * The signature nonces seen within the replay window, per access key. Entries leave after the
 * window (a nonce that old comes with a timestamp that is rejected anyway) or, under a flood, once
 * the memory holds {@code capacity} of them, oldest first; so memory stays bounded. Thread-safe:
 * the first use of a nonce is decided atomically by the map.
 */
final class NonceMemory {
  private record Seen(String key, Instant at) {}

  private final Clock clock;
  private final Duration window;
  private final int capacity;
  private final Map<String, Instant> seen = new ConcurrentHashMap<>();
  private final Queue<Seen> order = new ConcurrentLinkedQueue<>();

  NonceMemory(Clock clock, Duration window, int capacity) {
    this.clock = clock;
    this.window = window;
    this.capacity = capacity;
  }

  /** True the first time a nonce is used with an access key within the window, false on a replay. */
  boolean firstUse(String accessKeyId, String nonce) {
    Instant now = clock.instant();
    forgetExpired(now);
    String key = accessKeyId + "\n" + nonce;
    if (seen.putIfAbsent(key, now) != null) {
      return false;
    }
    order.add(new Seen(key, now));
    return true;
  }

  int size() {
    return seen.size();
  }

  /** Entries are queued in arrival order, so the expired ones are at the head. */
  private synchronized void forgetExpired(Instant now) {
    Instant oldest = now.minus(window);
    for (Seen head = order.peek();
        head != null && (head.at().isBefore(oldest) || seen.size() >= capacity);
        head = order.peek()) {
      order.poll();
      seen.remove(head.key(), head.at());
    }
  }
}
