package io.clouddouble.state;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/**
 * The recent state changes of each resource, for people debugging against the fake (the console).
 * A resource's state fields are the fields its type's transitions move ({@code ZoneStatus},
 * {@code status}...); a change is recorded whatever made it (a stub's effect, a transition, a world)
 * because the store hands out fields that report their own changes ({@link StateFieldWatch}).
 * Bounded: the last {@value #PER_RESOURCE} changes of the {@value #RESOURCES} most recently changed
 * resources, deleted ones included. Not thread-safe: the engine's lock guards it.
 */
public final class StateHistory {
  static final int PER_RESOURCE = 20;
  static final int RESOURCES = 10_000;

  /** One change: {@code field} went {@code from} → {@code to}; creation and deletion have no field. */
  public record Change(Instant at, String event, String field, String from, String to, String cause) {}

  private final Supplier<Instant> clock;
  private final Map<String, Set<String>> stateFields;
  private final Map<String, Deque<Change>> byResource =
      new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Deque<Change>> eldest) {
          return size() > RESOURCES;
        }
      };
  private String cause;
  private Instant causeAt;

  /** @param stateFields by resource type name, the fields whose changes are state changes */
  public StateHistory(Supplier<Instant> clock, Map<String, Set<String>> stateFields) {
    this.clock = clock;
    this.stateFields = Map.copyOf(stateFields);
  }

  /** A history that records nothing, for stores that only stage a world to check it. */
  static StateHistory off() {
    return new StateHistory(Instant::now, Map.of());
  }

  public Set<String> stateFields(String type) {
    return stateFields.getOrDefault(type, Set.of());
  }

  /** The state fields' current values of a resource. */
  public ObjectNode stateOf(Resource resource) {
    ObjectNode state = JsonNodeFactory.instance.objectNode();
    for (String field : stateFields(resource.type())) {
      JsonNode value = resource.fields().get(field);
      if (value != null) {
        state.set(field, value);
      }
    }
    return state;
  }

  /** Runs work whose changes are caused by {@code cause} at {@code at} (a transition completing when due). */
  public <T> T during(String cause, Instant at, Supplier<T> work) {
    String outerCause = this.cause;
    Instant outerAt = this.causeAt;
    this.cause = cause;
    this.causeAt = at;
    try {
      return work.get();
    } finally {
      this.cause = outerCause;
      this.causeAt = outerAt;
    }
  }

  /** The fields a new resource is stored with: they report changes of its state fields here. */
  ObjectNode watch(String cloud, String type, String id, ObjectNode fields) {
    Set<String> watched = stateFields(type);
    if (watched.isEmpty()) {
      return fields;
    }
    String key = key(cloud, type, id);
    return new ObjectNode(
        JsonNodeFactory.instance,
        new StateFieldWatch(fields, watched, (field, from, to) -> record(key, "changed", field, text(from), text(to))));
  }

  void created(Resource resource) {
    record(key(resource), "created", null, null, null);
  }

  void deleted(Resource resource) {
    record(key(resource), "deleted", null, null, null);
  }

  /** Oldest first; empty when nothing is remembered of the resource. */
  public List<Change> of(String cloud, String type, String id) {
    Deque<Change> changes = byResource.get(key(cloud, type, id));
    return changes == null ? List.of() : List.copyOf(changes);
  }

  void clear() {
    byResource.clear();
  }

  private void record(String key, String event, String field, String from, String to) {
    if (stateFields.isEmpty()) {
      return;
    }
    Deque<Change> changes = byResource.computeIfAbsent(key, k -> new ArrayDeque<>(4));
    if (changes.size() == PER_RESOURCE) {
      changes.removeFirst();
    }
    changes.addLast(new Change(causeAt != null ? causeAt : clock.get(), event, field, from, to, cause));
  }

  private static String text(JsonNode value) {
    return value == null ? null : value.isTextual() ? value.asText() : value.toString();
  }

  private static String key(Resource resource) {
    return key(resource.owner().cloud(), resource.type(), resource.id());
  }

  private static String key(String cloud, String type, String id) {
    return cloud + "/" + type + "/" + id;
  }
}
