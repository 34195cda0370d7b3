package io.clouddouble.state;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Injected faults: the next N calls of an operation get an error code (Throttling, InternalError,
 * ServiceUnavailable...) instead of their normal answer, in the order they were queued. Synchronized:
 * calls that share the state lock take faults too.
 */
public final class Faults {
  private record Fault(String code, int[] remaining) {}

  private final Map<String, Deque<Fault>> byOperation = new LinkedHashMap<>();

  public synchronized void inject(String operation, String code, int count) {
    if (count < 1) {
      throw new IllegalArgumentException("count must be at least 1");
    }
    byOperation.computeIfAbsent(operation, k -> new ArrayDeque<>()).add(new Fault(code, new int[] {count}));
  }

  /** The error code the next call of {@code operation} gets, or null; uses one call of the fault up. */
  public synchronized String take(String operation) {
    Deque<Fault> queue = byOperation.get(operation);
    if (queue == null || queue.isEmpty()) {
      return null;
    }
    Fault fault = queue.peek();
    if (--fault.remaining()[0] == 0) {
      queue.poll();
    }
    return fault.code();
  }

  public synchronized ArrayNode toJson() {
    ArrayNode out = JsonNodeFactory.instance.arrayNode();
    byOperation.forEach((operation, queue) -> queue.forEach(f ->
        out.addObject().put("operation", operation).put("code", f.code()).put("remaining", f.remaining()[0])));
    return out;
  }

  public synchronized void clear() {
    byOperation.clear();
  }
}
