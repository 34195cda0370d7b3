package io.clouddouble.state;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.clouddouble.ReadMostly;
import io.clouddouble.state.template.Expression;
import io.clouddouble.state.template.Values;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * All resources, keyed by cloud, type and id, in creation order. Ids are unique per cloud and type
 * (they are random, as the providers' are); who sees a resource is decided by its owner and sharing.
 * Each cloud and type also has its own map, so a list walks its type, not the world, and each field
 * a query filters on by equality gets a secondary index ({@link #candidates}), so a lookup costs
 * its matches, not its type.
 * Not thread-safe: the engine's lock guards it (readers may share it: reading changes nothing).
 *
 * <p>The field indexes are kept exact without watching every write: a resource whose fields were
 * handed out for change ({@link Resource#fields()}) or that was just stored is "unsettled" and is
 * offered to every lookup of its type besides the index's answer (callers check each candidate
 * anyway) until {@link #settleIndexes()} indexes it again with its fields as they now are. The engine
 * settles when a writer lets go of the state lock and after loading or restoring state, so the
 * unsettled resources are at most those one write touched.
 */
public final class ResourceStore {
  private static final Comparator<Resource> CREATION_ORDER = Comparator.comparingLong(Resource::order);
  private final Map<String, Resource> resources = new LinkedHashMap<>();
  private final StateHistory history;
  private final Map<String, Map<String, Resource>> byType = new HashMap<>();
  private Changes changes = Changes.NONE;
  private long nextOrder;
  /** By cloud/type: the field indexes built so far (lazily, on first lookup), by field path. */
  private final Map<String, Map<String, FieldIndex>> indexes = new ConcurrentHashMap<>();
  /** By cloud/type: the resources changed or stored since the indexes were last settled. */
  private final Map<String, Set<Resource>> unsettled = new ConcurrentHashMap<>();

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
    Resource previous = resources.get(key(type.cloud(), type.name(), id));
    if (previous != null) {
      unindex(previous);
    }
    Resource resource =
        new Resource(
            type.name(),
            id,
            owner,
            type.regional(),
            sharedWith,
            history.watch(type.cloud(), type.name(), id, fields),
            this,
            previous != null ? previous.order() : nextOrder++);
    resources.put(key(type.cloud(), type.name(), id), resource);
    mayChange(resource);
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
      unindex(resource);
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
    indexes.clear();
    unsettled.clear();
    history.clear();
  }

  /** Whether {@code scope} sees any resource of the type (stops at the first). */
  public boolean any(Scope scope, String type, boolean anyAccount) {
    for (Resource resource : byType.getOrDefault(typeKey(scope.cloud(), type), Map.of()).values()) {
      if (sees(scope, resource, anyAccount)) {
        return true;
      }
    }
    return false;
  }

  /**
   * The resources of a type that {@code scope} sees whose fields have the given texts, in creation
   * order: for each field path in {@code texts} (as a query's {@code where} names it: {@code VpcId},
   * {@code Vpc.VpcId}, {@code $account}), one of its texts is the field's text or, for a list, one
   * of its elements' texts. Answered from the most selective field's index, so the cost is that
   * field's matches, not the resources of the type; the other fields are not checked, and resources
   * changed since the indexes were last settled are offered too: callers check every candidate.
   */
  public List<Resource> candidates(Scope scope, String type, boolean anyAccount, Map<String, ? extends Collection<String>> texts) {
    String typeKey = typeKey(scope.cloud(), type);
    Map<String, FieldIndex> fields = ReadMostly.get(indexes, typeKey, k -> new ConcurrentHashMap<>());
    FieldIndex best = null;
    Collection<String> bestTexts = List.of();
    int fewest = Integer.MAX_VALUE;
    for (Map.Entry<String, ? extends Collection<String>> entry : texts.entrySet()) {
      FieldIndex index = ReadMostly.get(fields, entry.getKey(), f -> build(typeKey, f));
      int count = 0;
      for (String text : entry.getValue()) {
        count += index.holders(text).size();
      }
      if (count < fewest) {
        best = index;
        bestTexts = entry.getValue();
        fewest = count;
      }
    }
    if (best == null) {
      return list(scope, type, anyAccount);
    }
    Set<Resource> found = new LinkedHashSet<>();
    for (String text : bestTexts) {
      found.addAll(best.holders(text));
    }
    found.addAll(unsettled.getOrDefault(typeKey, Set.of()));
    List<Resource> out = new ArrayList<>(found.size());
    for (Resource resource : found) {
      if (sees(scope, resource, anyAccount)) {
        out.add(resource);
      }
    }
    if (out.size() > 1) {
      out.sort(CREATION_ORDER);
    }
    return out;
  }

  /**
   * Indexes the resources changed or stored since the last call with their fields as they are now.
   * Call only when nobody else reads the store and nobody holds fields to change later: when a
   * writer lets go of the state lock, or after loading state.
   */
  public void settleIndexes() {
    if (unsettled.isEmpty()) {
      return;
    }
    for (Map.Entry<String, Set<Resource>> entry : unsettled.entrySet()) {
      Map<String, FieldIndex> fields = indexes.get(entry.getKey());
      if (fields == null) {
        continue;
      }
      for (Resource resource : entry.getValue()) {
        if (resources.get(key(resource.owner().cloud(), resource.type(), resource.id())) != resource) {
          continue; // removed, or replaced by another put (which is unsettled itself)
        }
        for (FieldIndex index : fields.values()) {
          index.remove(resource);
          index.add(resource);
        }
      }
    }
    unsettled.clear();
  }

  /** Its fields may change from now on: it is offered to lookups until the indexes are settled. */
  void mayChange(Resource resource) {
    unsettled
        .computeIfAbsent(typeKey(resource.owner().cloud(), resource.type()), k -> ConcurrentHashMap.newKeySet())
        .add(resource);
  }

  private void unindex(Resource resource) {
    String typeKey = typeKey(resource.owner().cloud(), resource.type());
    Set<Resource> changed = unsettled.get(typeKey);
    if (changed != null) {
      changed.remove(resource);
    }
    Map<String, FieldIndex> fields = indexes.get(typeKey);
    if (fields != null) {
      fields.values().forEach(index -> index.remove(resource));
    }
  }

  private FieldIndex build(String typeKey, String field) {
    FieldIndex index = new FieldIndex(field);
    for (Resource resource : byType.getOrDefault(typeKey, Map.of()).values()) {
      index.add(resource);
    }
    return index;
  }

  /**
   * One field's values of a type's resources: the texts a query's {@code where} compares, the
   * field's own for a scalar, each element's for a list (Tags, Zones.ZoneId). Most texts have one
   * holder (names, ids), so a text maps to that resource itself until it has two: a set for every
   * text cost about 180 bytes a resource for each unique field indexed.
   */
  private static final class FieldIndex {
    private final String path;
    /** By text: its one holder (a {@link Resource}) or a {@code Set} of two or more. */
    private final Map<String, Object> byText = new HashMap<>();
    private final Map<Resource, List<String>> textsOf = new IdentityHashMap<>();

    FieldIndex(String path) {
      this.path = path;
    }

    @SuppressWarnings("unchecked")
    Collection<Resource> holders(String text) {
      Object held = byText.get(text);
      return held == null ? List.of() : held instanceof Resource one ? List.of(one) : (Set<Resource>) held;
    }

    void add(Resource resource) {
      Object value = Expression.field(resource, path);
      if (value == null) {
        return;
      }
      Set<String> texts = new HashSet<>();
      for (Object element : Values.isList(value) ? Values.elements(value) : List.of(value)) {
        String text = Values.text(element);
        if (text != null) {
          texts.add(text);
        }
      }
      if (texts.isEmpty()) {
        return;
      }
      textsOf.put(resource, List.copyOf(texts));
      for (String text : texts) {
        byText.merge(text, resource, FieldIndex::join);
      }
    }

    @SuppressWarnings("unchecked")
    private static Object join(Object held, Object added) {
      if (held == added) {
        return held;
      }
      if (held instanceof Resource one) {
        Set<Resource> both = new HashSet<>();
        both.add(one);
        both.add((Resource) added);
        return both;
      }
      ((Set<Resource>) held).add((Resource) added);
      return held;
    }

    void remove(Resource resource) {
      List<String> texts = textsOf.remove(resource);
      if (texts == null) {
        return;
      }
      for (String text : texts) {
        Object held = byText.get(text);
        if (held == resource) {
          byText.remove(text);
        } else if (held instanceof Set<?> holders && holders.remove(resource) && holders.size() == 1) {
          byText.put(text, holders.iterator().next());
        }
      }
    }
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
