package io.clouddouble.state;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * A resource's field map that reports changes of its state fields, so every writer (stub effects,
 * transitions, worlds) feeds the {@link StateHistory} without knowing of it. Jackson's
 * {@link ObjectNode} writes its children through {@code put}, {@code putAll} and {@code remove}.
 */
final class StateFieldWatch extends LinkedHashMap<String, JsonNode> {
  interface Listener {
    void changed(String field, JsonNode from, JsonNode to);
  }

  private final Set<String> watched;
  private final Listener listener;

  StateFieldWatch(ObjectNode initial, Set<String> watched, Listener listener) {
    initial.fields().forEachRemaining(f -> super.put(f.getKey(), f.getValue()));
    this.watched = watched;
    this.listener = listener;
  }

  @Override
  public JsonNode put(String field, JsonNode value) {
    JsonNode old = super.put(field, value);
    if (watched.contains(field) && !Objects.equals(old, value)) {
      listener.changed(field, old, value);
    }
    return old;
  }

  @Override
  public void putAll(Map<? extends String, ? extends JsonNode> fields) {
    fields.forEach(this::put);
  }

  @Override
  public JsonNode remove(Object field) {
    JsonNode old = super.remove(field);
    if (old != null && watched.contains(field)) {
      listener.changed((String) field, old, null);
    }
    return old;
  }
}
