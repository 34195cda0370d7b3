package io.clouddouble.admin;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import io.clouddouble.state.Resource;
import io.clouddouble.state.ResourceType;
import io.clouddouble.state.StateEngine;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Large worlds for load and scaling tests ({@code POST /__admin/clouddouble/generate}): copies one
 * resource {@code count} times, each copy with a new id of the same length and alphabet, together
 * with the resources of the {@code dependents} types that name it (an endpoint's zones and security
 * groups). Copies keep the original's owner and sharing, so they answer every call the original
 * does. They are added to the current state; {@code reset} goes back to the world without them.
 *
 * <pre>{"cloud": "alibaba", "type": "VpcEndpoint", "like": "ep-bp1demo0endpoint000001",
 *  "count": 100000, "dependents": ["VpcEndpointZone", "VpcEndpointSecurityGroup"]}</pre>
 */
final class WorldGenerator {
  private static final String DIGITS = "0123456789abcdefghijklmnopqrstuvwxyz";
  private final StateEngine engine;

  WorldGenerator(StateEngine engine) {
    this.engine = engine;
  }

  ResponseDefinition generate(Request request) {
    JsonNode spec = AdminJson.body(request);
    String cloud = text(spec, "cloud");
    ResourceType type = engine.types().get(cloud, text(spec, "type"));
    String like = text(spec, "like");
    int count = spec.path("count").asInt(0);
    if (count < 1 || count > 1_000_000) {
      throw new AdminJson.BadInput("'count' must be between 1 and 1000000");
    }
    Resource original = engine.store().get(cloud, type.name(), like);
    if (original == null) {
      throw new AdminJson.BadInput("no " + type.name() + " " + like + " to copy");
    }
    List<Resource> dependents = new ArrayList<>();
    for (JsonNode name : spec.path("dependents")) {
      ResourceType dependent = engine.types().get(cloud, name.asText());
      engine.store().all().stream()
          .filter(r -> r.type().equals(dependent.name()) && r.owner().cloud().equals(cloud) && names(r, like))
          .forEach(dependents::add);
    }
    int n = 0;
    for (int copy = 0; copy < count; copy++) {
      String id;
      do {
        id = variant(like, ++n); // past the copies an earlier call made
      } while (engine.store().get(cloud, type.name(), id) != null);
      engine.store().create(type, original.owner(), original.sharedWith(), renamed(original, like, id));
      for (Resource dependent : dependents) {
        engine.store().create(engine.types().get(cloud, dependent.type()), dependent.owner(), dependent.sharedWith(),
            renamed(dependent, like, id));
      }
    }
    ObjectNode body = AdminJson.JSON.createObjectNode();
    body.put("created", count * (1 + dependents.size()));
    body.put("resources", engine.store().all().size());
    return AdminJson.ok(body);
  }

  private static String text(JsonNode spec, String field) {
    if (!spec.path(field).isTextual()) {
      throw new AdminJson.BadInput("'" + field + "' is required");
    }
    return spec.get(field).asText();
  }

  /** Whether a resource names {@code id} in one of its top-level fields. */
  private static boolean names(Resource resource, String id) {
    Iterator<JsonNode> values = resource.fields().elements();
    while (values.hasNext()) {
      if (id.equals(values.next().asText(null))) {
        return true;
      }
    }
    return false;
  }

  /** A copy of the resource's fields with every top-level field equal to {@code from} set to {@code to}. */
  private static ObjectNode renamed(Resource resource, String from, String to) {
    ObjectNode fields = resource.fields().deepCopy();
    for (Map.Entry<String, JsonNode> field : resource.fields().properties()) {
      if (from.equals(field.getValue().asText(null))) {
        fields.set(field.getKey(), TextNode.valueOf(to));
      }
    }
    return fields;
  }

  /** {@code id} with its last 7 characters replaced by z and {@code n} in base 36: same length, same alphabet. */
  private static String variant(String id, int n) {
    StringBuilder suffix = new StringBuilder();
    for (int rest = n, i = 0; i < 6; rest /= DIGITS.length(), i++) {
      suffix.insert(0, DIGITS.charAt(rest % DIGITS.length()));
    }
    suffix.insert(0, 'z');
    if (suffix.length() >= id.length()) {
      throw new AdminJson.BadInput("id " + id + " is too short to copy");
    }
    return id.substring(0, id.length() - suffix.length()) + suffix;
  }
}
