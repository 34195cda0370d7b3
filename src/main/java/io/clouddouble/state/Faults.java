package io.clouddouble.state;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Injected faults: the next N calls of an operation get an error code (Throttling, InternalError,
 * ServiceUnavailable...) instead of their normal answer, in the order they were queued. A fault
 * may be for every caller or for one account only (so teams sharing a fake do not trip each other);
 * an account's own faults come first. Synchronized: calls that share the state lock take faults too.
 */
public final class Faults {
  private record Fault(String code, int[] remaining) {}

  /** Queues by operation and account ({@code cloud/account}, or empty for every caller). */
  private final Map<String, Deque<Fault>> byOperation = new LinkedHashMap<>();

  /** Queues a fault; with a cloud and account (else nulls), only that account's calls get it. */
  public synchronized void inject(String operation, String code, int count, String cloud, String account) {
    if (count < 1) {
      throw new IllegalArgumentException("count must be at least 1");
    }
    byOperation.computeIfAbsent(key(operation, cloud, account), k -> new ArrayDeque<>())
        .add(new Fault(code, new int[] {count}));
  }

  /** The error code the next call of {@code operation} in {@code scope} gets, or null; uses one call of the fault up. */
  public synchronized String take(String operation, Scope scope) {
    String code = take(key(operation, scope.cloud(), scope.account()));
    return code != null ? code : take(key(operation, null, null));
  }

  private String take(String key) {
    Deque<Fault> queue = byOperation.get(key);
    if (queue == null || queue.isEmpty()) {
      return null;
    }
    Fault fault = queue.peek();
    if (--fault.remaining()[0] == 0) {
      queue.poll();
    }
    return fault.code();
  }

  /** The queued faults; with a cloud and account, only that account's. */
  public synchronized ArrayNode toJson(String cloud, String account) {
    ArrayNode out = JsonNodeFactory.instance.arrayNode();
    String suffix = account == null ? null : "@" + cloud + "/" + account;
    byOperation.forEach((key, queue) -> {
      int at = key.indexOf('@');
      if (suffix != null && !key.endsWith(suffix)) {
        return;
      }
      queue.forEach(f -> {
        ObjectNode item = out.addObject();
        item.put("operation", at < 0 ? key : key.substring(0, at));
        if (at >= 0) {
          item.put("account", key.substring(key.indexOf('/', at) + 1));
        }
        item.put("code", f.code()).put("remaining", f.remaining()[0]);
      });
    });
    return out;
  }

  public ArrayNode toJson() {
    return toJson(null, null);
  }

  /** Forgets one account's own faults. */
  public synchronized void clear(String cloud, String account) {
    byOperation.keySet().removeIf(key -> key.endsWith("@" + cloud + "/" + account));
  }

  public synchronized void clear() {
    byOperation.clear();
  }

  private static String key(String operation, String cloud, String account) {
    return account == null ? operation : operation + "@" + cloud + "/" + account;
  }
}
