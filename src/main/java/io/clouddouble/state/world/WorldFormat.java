package io.clouddouble.state.world;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.clouddouble.state.Resource;
import io.clouddouble.state.ResourceStore;
import io.clouddouble.state.ResourceType;
import io.clouddouble.state.ResourceTypes;
import io.clouddouble.state.Scope;
import io.clouddouble.state.transition.PendingTransition;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Reads and writes world documents: {@code {"accounts": [{"cloud", "account" | "accessKeyId",
 * "regions": {region: {Type: [fields...]}}}], "pending": [...]}}. A resource's {@code $sharedWith}
 * lists the other scopes that see it; other {@code $} members are informative and ignored on input.
 * State dumps and state files use the same format, so a dump can be posted back as a world.
 */
public final class WorldFormat {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private final ResourceTypes types;
  private final AccountResolver accounts;

  public WorldFormat(ResourceTypes types, AccountResolver accounts) {
    this.types = types;
    this.accounts = accounts;
  }

  /** Adds a document's resources to the store; returns the transitions in progress it carries. */
  public List<PendingTransition> apply(JsonNode document, ResourceStore store) {
    return apply(document, store, false);
  }

  /** Like {@link #apply}, but a resource that exists already is replaced in place (a journal's replay). */
  public List<PendingTransition> replace(JsonNode document, ResourceStore store) {
    return apply(document, store, true);
  }

  private List<PendingTransition> apply(JsonNode document, ResourceStore store, boolean replace) {
    if (document == null || !document.isObject()) {
      throw new IllegalArgumentException("a world is a JSON object with an \"accounts\" array");
    }
    for (JsonNode holder : document.path("accounts")) {
      String cloud = holder.path("cloud").asText(null);
      if (cloud == null) {
        throw new IllegalArgumentException("every entry of \"accounts\" needs a \"cloud\"");
      }
      String account = accounts.account(cloud, holder);
      Iterator<Map.Entry<String, JsonNode>> regions = holder.path("regions").fields();
      while (regions.hasNext()) {
        Map.Entry<String, JsonNode> region = regions.next();
        Scope owner = new Scope(cloud, account, region.getKey());
        Iterator<Map.Entry<String, JsonNode>> byType = region.getValue().fields();
        while (byType.hasNext()) {
          Map.Entry<String, JsonNode> entry = byType.next();
          ResourceType type = types.get(cloud, entry.getKey());
          for (JsonNode resource : entry.getValue()) {
            List<Scope> shared = shared(cloud, resource.path("$sharedWith"));
            if (replace) {
              store.put(type, owner, shared, fields(resource));
            } else {
              store.create(type, owner, shared, fields(resource));
            }
          }
        }
      }
    }
    return pending(document.path("pending"));
  }

  /** Reads a {@code pending} list of transitions in progress. */
  public static List<PendingTransition> pending(JsonNode list) {
    List<PendingTransition> pending = new ArrayList<>();
    for (JsonNode p : list) {
      pending.add(
          new PendingTransition(
              p.path("transition").asText(),
              p.path("cloud").asText(),
              p.path("type").asText(),
              p.path("id").asText(),
              Instant.parse(p.path("startedAt").asText()),
              p.path("readsAtStart").asLong()));
    }
    return pending;
  }

  private List<Scope> shared(String cloud, JsonNode list) {
    List<Scope> scopes = new ArrayList<>();
    for (JsonNode s : list) {
      scopes.add(new Scope(cloud, accounts.account(cloud, s), s.path("region").asText("")));
    }
    return scopes;
  }

  private static ObjectNode fields(JsonNode resource) {
    ObjectNode fields = NODES.objectNode();
    resource.fields().forEachRemaining(f -> {
      if (!f.getKey().startsWith("$")) {
        fields.set(f.getKey(), f.getValue().deepCopy());
      }
    });
    return fields;
  }

  /** The resources {@code filter} keeps, as a world document (plus the pending transitions on them). */
  public ObjectNode write(Collection<Resource> resources, Predicate<Resource> filter, List<PendingTransition> pending) {
    Map<String, ObjectNode> holders = new LinkedHashMap<>();
    ArrayNode accountList = NODES.arrayNode();
    Set<String> kept = new HashSet<>();
    for (Resource resource : resources) {
      if (!filter.test(resource)) {
        continue;
      }
      kept.add(resourceKey(resource.owner().cloud(), resource.type(), resource.id()));
      Scope owner = resource.owner();
      ObjectNode holder =
          holders.computeIfAbsent(
              owner.cloud() + "/" + owner.account(),
              k -> {
                ObjectNode h = accountList.addObject();
                h.put("cloud", owner.cloud());
                h.put("account", owner.account());
                h.putObject("regions");
                return h;
              });
      ObjectNode region = holder.with("regions").with(owner.region());
      ObjectNode item = region.withArray(resource.type()).addObject();
      item.put("$id", resource.id());
      if (!resource.sharedWith().isEmpty()) {
        ArrayNode shared = item.putArray("$sharedWith");
        resource.sharedWith().forEach(s -> shared.addObject().put("account", s.account()).put("region", s.region()));
      }
      item.setAll((ObjectNode) resource.toJson());
    }
    ObjectNode document = NODES.objectNode();
    document.set("accounts", accountList);
    document.set(
        "pending",
        pending(pending.stream()
            .filter(p -> kept.contains(resourceKey(p.cloud(), p.type(), p.id()))).toList()));
    return document;
  }

  private static String resourceKey(String cloud, String type, String id) {
    return cloud + "/" + type + "/" + id;
  }

  /** Writes a {@code pending} list of transitions in progress. */
  public static ArrayNode pending(List<PendingTransition> pending) {
    ArrayNode list = NODES.arrayNode();
    for (PendingTransition p : pending) {
      list.addObject()
          .put("transition", p.name())
          .put("cloud", p.cloud())
          .put("type", p.type())
          .put("id", p.id())
          .put("startedAt", p.startedAt().toString())
          .put("readsAtStart", p.readsAtStart());
    }
    return list;
  }
}
