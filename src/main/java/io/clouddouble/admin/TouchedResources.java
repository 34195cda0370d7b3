package io.clouddouble.admin;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import io.clouddouble.state.StateEngine;
import io.clouddouble.state.stub.BehaviourResponder;
import io.clouddouble.state.template.Bindings;
import io.clouddouble.state.template.Template;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * The resources a logged call touched, as the console links them: the single resources its behaviour
 * looks up ({@code let: {"zone": {"type": ..., "id": "${param.EndpointId}/${param.ZoneId}"}}}),
 * with ids rendered from the call's own parameters, that exist or are remembered by the history.
 * Call under the state lock.
 */
final class TouchedResources {
  private final StateEngine engine;

  TouchedResources(StateEngine engine) {
    this.engine = engine;
  }

  ArrayNode of(LoggedCall call) {
    ArrayNode links = AdminJson.JSON.createArrayNode();
    String lookups = Outcome.explained(call.explained(), BehaviourResponder.EXPLAINED_LOOKUPS);
    if (call.cloud() == null || call.view() == null || lookups == null) {
      return links;
    }
    JsonNode lets;
    try {
      lets = AdminJson.JSON.readTree(lookups);
    } catch (java.io.IOException notJson) {
      return links;
    }
    Bindings bindings = call.view().bindInto(engine.bindings());
    Set<String> seen = new LinkedHashSet<>();
    for (Iterator<Map.Entry<String, JsonNode>> each = lets.fields(); each.hasNext(); ) {
      JsonNode lookup = each.next().getValue();
      if (!lookup.path("type").isTextual() || !lookup.has("id")) {
        continue; // a query over many resources, not one lookup
      }
      String type = lookup.get("type").asText();
      String id;
      try {
        id = Template.render(lookup.get("id"), bindings).asText();
      } catch (RuntimeException missingParameter) {
        continue;
      }
      boolean exists = engine.store().get(call.cloud(), type, id) != null;
      if ((exists || !engine.store().history().of(call.cloud(), type, id).isEmpty()) && seen.add(type + "/" + id)) {
        links.addObject().put("cloud", call.cloud()).put("type", type).put("id", id).put("exists", exists);
      }
    }
    return links;
  }
}
