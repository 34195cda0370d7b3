package io.clouddouble.auth;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;

/**
 * The signature nonces seen within the replay window, per access key. Entries leave after the
 * window (a nonce that old comes with a timestamp that is rejected anyway) or, under a flood, once
 * the memory holds {@code capacity} of them, oldest first; so memory stays bounded.
 *
 * <p>Each entry is a 64-bit fingerprint of key and nonce and the time it was seen, in primitive
 * arrays that grow with use: 24 bytes an entry instead of the few hundred that strings in a map
 * cost, so a full memory (a million nonces under load) takes tens of megabytes, not hundreds.
 * Two different nonces share a fingerprint with odds of about one in 2^64 / entries.
 * Thread-safe: each use is decided under the object's monitor, in well under a microsecond.
 */
final class NonceMemory {
  private static final long EMPTY = 0;
  private final Clock clock;
  private final long windowMillis;
  private final int capacity;
  // Arrival order: a ring of fingerprints and the times they were seen.
  private long[] ringPrints = new long[16];
  private long[] ringTimes = new long[16];
  private int head;
  private int size;
  // The same fingerprints for lookup: open addressing, linear probing, at most half full.
  private long[] table = new long[32];

  NonceMemory(Clock clock, Duration window, int capacity) {
    this.clock = clock;
    this.windowMillis = window.toMillis();
    this.capacity = capacity;
  }

  /** True the first time a nonce is used with an access key within the window, false on a replay. */
  synchronized boolean firstUse(String accessKeyId, String nonce) {
    long now = clock.millis();
    while (size > 0 && (ringTimes[head] < now - windowMillis || size >= capacity)) {
      remove(ringPrints[head]);
      head = (head + 1) % ringPrints.length;
      size--;
    }
    long print = fingerprint(accessKeyId, nonce);
    if (slot(print) >= 0) {
      return false;
    }
    if (size == ringPrints.length) {
      grow();
    }
    int tail = (head + size) % ringPrints.length;
    ringPrints[tail] = print;
    ringTimes[tail] = now;
    size++;
    insert(print);
    return true;
  }

  synchronized int size() {
    return size;
  }

  private void grow() {
    int length = ringPrints.length * 2;
    long[] prints = new long[length];
    long[] times = new long[length];
    for (int i = 0; i < size; i++) {
      prints[i] = ringPrints[(head + i) % ringPrints.length];
      times[i] = ringTimes[(head + i) % ringTimes.length];
    }
    ringPrints = prints;
    ringTimes = times;
    head = 0;
    table = new long[length * 2];
    for (int i = 0; i < size; i++) {
      insert(prints[i]);
    }
  }

  private int slot(long print) {
    int mask = table.length - 1;
    for (int i = (int) print & mask; table[i] != EMPTY; i = (i + 1) & mask) {
      if (table[i] == print) {
        return i;
      }
    }
    return -1;
  }

  private void insert(long print) {
    int mask = table.length - 1;
    int i = (int) print & mask;
    while (table[i] != EMPTY) {
      i = (i + 1) & mask;
    }
    table[i] = print;
  }

  /** Removes by shifting later entries of the probe run back, so lookups need no tombstones. */
  private void remove(long print) {
    int mask = table.length - 1;
    int gap = slot(print);
    if (gap < 0) {
      return;
    }
    for (int i = (gap + 1) & mask; table[i] != EMPTY; i = (i + 1) & mask) {
      int home = (int) table[i] & mask;
      // Move the entry into the gap unless its home lies cyclically in (gap, i].
      if (gap <= i ? (home <= gap || home > i) : (home <= gap && home > i)) {
        table[gap] = table[i];
        gap = i;
      }
    }
    table[gap] = EMPTY;
  }

  /** FNV-1a over the key, a separator and the nonce, then a finaliser that spreads the bits; never EMPTY. */
  private static long fingerprint(String accessKeyId, String nonce) {
    long hash = 0xcbf29ce484222325L;
    for (byte b : (accessKeyId + "\n" + nonce).getBytes(StandardCharsets.UTF_8)) {
      hash = (hash ^ (b & 0xff)) * 0x100000001b3L;
    }
    hash ^= hash >>> 33;
    hash *= 0xff51afd7ed558ccdL;
    hash ^= hash >>> 33;
    return hash == EMPTY ? 1 : hash;
  }
}
