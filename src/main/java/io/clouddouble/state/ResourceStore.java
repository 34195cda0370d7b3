package io.clouddouble.state;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * All resources, keyed by cloud, type and id, in creation order. Ids are unique per cloud and type
 * (they are random, as the providers' are); who sees a resource is decided by its owner and sharing.
 * Each cloud and type also has its own map, so a list walks its type, not the world.
 * Not thread-safe: the engine's lock guards it (readers may share it: reading changes nothing).
 */
public final class ResourceStore {
  private final Map<String, Resource> resources = new LinkedHashMap<>();
  private final StateHistory history;
  private final Map<String, Map<String, Resource>> byType = new HashMap<>();
  private Changes changes = Changes.NONE;

  /** A store that keeps no history (to stage a world and check it). */
  public ResourceStore() {
    this(StateHistory.off());
  }

  public ResourceStore(StateHistory history) {
    this.history = history;
  }

  public StateHistory history() {
    return history;
  }

  /** Who hears about changes from now on (the journal, when there is a state file), for every resource in the store. */
  public void listen(Changes listener) {
    this.changes = listener;
  }

  Changes changes() {
    return changes;
  }

  public Resource create(ResourceType type, Scope owner, List<Scope> sharedWith, ObjectNode fields) {
    if (resources.containsKey(key(type.cloud(), type.name(), type.idOf(fields)))) {
      throw new IllegalStateException(type.name() + " " + type.idOf(fields) + " exists already");
    }
    return put(type, owner, sharedWith, fields);
  }

  /** Creates a resource or replaces the one with its id in place (keeping its position), as a journal replays it. */
  public Resource put(ResourceType type, Scope owner, List<Scope> sharedWith, ObjectNode fields) {
    String id = type.idOf(fields);
    Resource resource =
        new Resource(type.name(), id, owner, type.regional(), sharedWith, history.watch(type.cloud(), type.name(), id, fields), this);
    resources.put(key(type.cloud(), type.name(), id), resource);
    byType.computeIfAbsent(typeKey(type.cloud(), type.name()), k -> new LinkedHashMap<>()).put(id, resource);
    changes.touched(resource);
    history.created(resource);
    return resource;
  }

  /** The resource with this id that {@code scope} sees, or (with {@code anyAccount}) any account in the region sees. */
  public Resource find(Scope scope, String type, String id, boolean anyAccount) {
    Resource resource = resources.get(key(scope.cloud(), type, id));
    return resource != null && sees(scope, resource, anyAccount) ? resource : null;
  }

  public List<Resource> list(Scope scope, String type, boolean anyAccount) {
    List<Resource> out = new ArrayList<>();
    for (Resource resource : byType.getOrDefault(typeKey(scope.cloud(), type), Map.of()).values()) {
      if (sees(scope, resource, anyAccount)) {
        out.add(resource);
      }
    }
    return out;
  }

  public void remove(Resource resource) {
    if (resources.remove(key(resource.owner().cloud(), resource.type(), resource.id())) != null) {
      Map<String, Resource> ofType = byType.get(typeKey(resource.owner().cloud(), resource.type()));
      if (ofType != null) {
        ofType.remove(resource.id());
      }
      changes.removed(resource);
      history.deleted(resource);
    }
  }

  /** Looks a resource up again by identity, e.g. for a transition started before it may have been deleted. */
  public Resource get(String cloud, String type, String id) {
    return resources.get(key(cloud, type, id));
  }

  public Collection<Resource> all() {
    return resources.values();
  }

  public void clear() {
    resources.clear();
    byType.clear();
    history.clear();
  }

  private static boolean sees(Scope scope, Resource resource, boolean anyAccount) {
    if (anyAccount) {
      return resource.owner().cloud().equals(scope.cloud())
          && (!resource.regional() || resource.owner().region().equals(scope.region()));
    }
    return resource.visibleTo(scope);
  }

  private static String key(String cloud, String type, String id) {
    return typeKey(cloud, type) + "/" + id;
  }

  private static String typeKey(String cloud, String type) {
    return cloud + "/" + type;
  }
}
