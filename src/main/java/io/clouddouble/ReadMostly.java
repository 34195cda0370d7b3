package io.clouddouble;

import java.util.Map;
import java.util.function.Function;

/**
 * Look-ups in the concurrent caches that requests read on every call (parsed templates and
 * expressions, compiled schemas, field indexes): filled once per key, then only read.
 */
public final class ReadMostly {
  private ReadMostly() {}

  /**
   * The value of {@code key} in {@code cache}, computed and kept on the first look-up. It reads
   * before it computes: on a hit whose key does not head its bin, JDK 17's
   * {@code ConcurrentHashMap.computeIfAbsent} takes the bin's lock, and request threads queued on it.
   */
  public static <K, V> V get(Map<K, V> cache, K key, Function<? super K, ? extends V> compute) {
    V value = cache.get(key);
    return value != null ? value : cache.computeIfAbsent(key, compute);
  }
}
