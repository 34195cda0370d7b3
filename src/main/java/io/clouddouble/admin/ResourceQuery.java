package io.clouddouble.admin;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.http.Request;
import io.clouddouble.state.Resource;
import io.clouddouble.state.Scope;
import io.clouddouble.state.StateEngine;
import io.clouddouble.state.StateHistory;
import io.clouddouble.state.transition.PendingTransition;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;

/**
 * {@code GET resources}: one page of resources, filtered on the server by cloud, account, region,
 * type and a search text, with each resource's state fields, so the console stays usable with a
 * hundred thousand resources. {@code GET resource}: one resource with its fields, its state
 * history and its pending transitions. Call under the state lock.
 */
final class ResourceQuery {
  static final int DEFAULT_LIMIT = 50;
  static final int MAX_LIMIT = 1_000;
  private final String cloud;
  private final String account;
  private final String region;
  private final String type;
  private final String q;
  private final int offset;
  private final int limit;

  private ResourceQuery(Request request) {
    this.cloud = AdminJson.query(request, "cloud");
    this.account = AdminJson.query(request, "account");
    this.region = AdminJson.query(request, "region");
    this.type = AdminJson.query(request, "type");
    String text = AdminJson.query(request, "q");
    this.q = text == null || text.isBlank() ? null : text.toLowerCase(Locale.ROOT);
    this.offset = number(request, "offset", 0, 0, Integer.MAX_VALUE);
    this.limit = number(request, "limit", DEFAULT_LIMIT, 1, MAX_LIMIT);
  }

  static ObjectNode page(Request request, StateEngine engine) {
    return new ResourceQuery(request).page(engine);
  }

  private ObjectNode page(StateEngine engine) {
    StateHistory history = engine.store().history();
    ObjectNode body = AdminJson.JSON.createObjectNode();
    ArrayNode items = AdminJson.JSON.createArrayNode();
    Map<String, TreeSet<String>> facets = new LinkedHashMap<>();
    List.of("cloud", "account", "region", "type").forEach(name -> facets.put(name, new TreeSet<>()));
    int matched = 0;
    for (Resource resource : engine.store().all()) {
      Scope owner = resource.owner();
      facets.get("cloud").add(owner.cloud());
      facets.get("account").add(owner.account());
      facets.get("region").add(owner.region());
      facets.get("type").add(resource.type());
      if (!keeps(resource, history)) {
        continue;
      }
      if (matched >= offset && matched < offset + limit) {
        items.add(summary(resource, history));
      }
      matched++;
    }
    body.put("total", matched);
    body.put("offset", offset);
    body.put("limit", limit);
    body.set("resources", items);
    ObjectNode values = body.putObject("facets");
    facets.forEach((name, set) -> set.forEach(values.withArray(name)::add));
    return body;
  }

  private boolean keeps(Resource resource, StateHistory history) {
    Scope owner = resource.owner();
    return (cloud == null || owner.cloud().equals(cloud))
        && (account == null || owner.account().equals(account)
            || resource.sharedWith().stream().anyMatch(s -> s.account().equals(account)))
        && (region == null || owner.region().equals(region))
        && (type == null || resource.type().equals(type))
        && (q == null || matches(resource, history));
  }

  /** The search text is found in the id, the type, or a state field's value. */
  private boolean matches(Resource resource, StateHistory history) {
    if (contains(resource.id()) || contains(resource.type())) {
      return true;
    }
    for (String field : history.stateFields(resource.type())) {
      if (contains(resource.fields().path(field).asText())) {
        return true;
      }
    }
    return false;
  }

  private boolean contains(String text) {
    return text.toLowerCase(Locale.ROOT).contains(q);
  }

  private static ObjectNode summary(Resource resource, StateHistory history) {
    ObjectNode item = AdminJson.JSON.createObjectNode();
    item.put("cloud", resource.owner().cloud());
    item.put("account", resource.owner().account());
    item.put("region", resource.owner().region());
    item.put("type", resource.type());
    item.put("id", resource.id());
    item.set("state", history.stateOf(resource));
    if (!resource.sharedWith().isEmpty()) {
      ArrayNode shared = item.putArray("sharedWith");
      resource.sharedWith().forEach(s -> shared.add(s.account()));
    }
    return item;
  }

  /** One resource, or what is remembered of a deleted one; null when neither. */
  static ObjectNode detail(Request request, StateEngine engine) {
    String cloud = required(request, "cloud");
    String type = required(request, "type");
    String id = required(request, "id");
    StateHistory history = engine.store().history();
    Resource resource = engine.store().get(cloud, type, id);
    List<StateHistory.Change> changes = history.of(cloud, type, id);
    if (resource == null && changes.isEmpty()) {
      return null;
    }
    ObjectNode body = resource == null ? AdminJson.JSON.createObjectNode() : summary(resource, history);
    body.put("cloud", cloud);
    body.put("type", type);
    body.put("id", id);
    body.put("exists", resource != null);
    if (resource != null) {
      body.set("fields", resource.toJson());
    }
    ArrayNode list = body.putArray("history");
    for (StateHistory.Change change : changes) {
      ObjectNode item = list.addObject();
      item.put("at", change.at().toString());
      item.put("event", change.event());
      item.put("field", change.field());
      item.put("from", change.from());
      item.put("to", change.to());
      item.put("cause", change.cause());
    }
    ArrayNode pending = body.putArray("pending");
    for (PendingTransition p : engine.transitions().pending()) {
      if (p.cloud().equals(cloud) && p.type().equals(type) && p.id().equals(id)) {
        pending.add(PendingView.of(p, engine));
      }
    }
    return body;
  }

  private static String required(Request request, String name) {
    String value = AdminJson.query(request, name);
    if (value == null || value.isEmpty()) {
      throw new AdminJson.BadInput("say which resource: ?cloud=...&type=...&id=... (" + name + " is missing)");
    }
    return value;
  }

  static int number(Request request, String name, int fallback, int min, int max) {
    String text = AdminJson.query(request, name);
    if (text == null || text.isEmpty()) {
      return fallback;
    }
    try {
      int value = Integer.parseInt(text);
      if (value < min || value > max) {
        throw new AdminJson.BadInput(name + " must be between " + min + " and " + max);
      }
      return value;
    } catch (NumberFormatException e) {
      throw new AdminJson.BadInput(name + " must be a whole number, not '" + text + "'");
    }
  }
}
