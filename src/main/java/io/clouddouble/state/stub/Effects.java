package io.clouddouble.state.stub;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.clouddouble.state.Resource;
import io.clouddouble.state.Scope;
import io.clouddouble.state.StateEngine;
import io.clouddouble.state.template.Bindings;
import io.clouddouble.state.template.Expression;
import io.clouddouble.state.template.Template;
import io.clouddouble.state.template.Values;
import java.util.ArrayList;
import java.util.List;

/**
 * Applies a mapping's {@code effects}, in order: {@code create} a resource (optionally once per
 * element of a list, shared with other scopes), {@code update} fields of bound resources,
 * (and {@code unset} some), {@code delete} them; any of them may {@code start} transitions on the resources it touched.
 */
final class Effects {
  private Effects() {}

  static void apply(JsonNode effects, StubEvaluation evaluation, StateEngine engine) {
    for (JsonNode effect : effects) {
      if (effect.has("create")) {
        create(effect, evaluation, engine);
      } else if (effect.has("update")) {
        List<Resource> targets = targets(effect.get("update").asText(), evaluation.bindings());
        for (Resource target : targets) {
          Bindings scope = evaluation.bindings().child().bind("it", target);
          JsonNode fields = Template.render(effect.get("set"), scope);
          if (fields instanceof ObjectNode object) {
            target.fields().setAll(object);
          }
          // unset: fields the provider shows only in some states (GmtExpired only while Accepting or Expired)
          effect.path("unset").forEach(name -> target.fields().remove(name.asText()));
        }
        start(effect, targets, engine);
      } else if (effect.has("delete")) {
        targets(effect.get("delete").asText(), evaluation.bindings()).forEach(engine.store()::remove);
      } else {
        throw new IllegalArgumentException("an effect is create, update or delete: " + effect);
      }
    }
  }

  private static void create(JsonNode effect, StubEvaluation evaluation, StateEngine engine) {
    Bindings bindings = evaluation.bindings();
    String type = effect.get("create").asText();
    List<Object> items = new ArrayList<>();
    if (effect.has("forEach")) {
      items.addAll(Values.elements(Expression.parse(effect.get("forEach").asText()).evaluate(bindings)));
    } else {
      items.add(null);
    }
    String itemName = effect.path("item").asText("it");
    List<Resource> created = new ArrayList<>();
    for (Object item : items) {
      Bindings scope = effect.has("forEach") ? bindings.child().bind(itemName, item) : bindings;
      JsonNode fields = Template.render(effect.get("fields"), scope);
      if (!(fields instanceof ObjectNode object)) {
        throw new IllegalArgumentException("create " + type + " needs an object of fields");
      }
      created.add(
          engine.store().create(
              engine.types().get(evaluation.call().scope().cloud(), type),
              evaluation.call().scope(),
              shared(effect.get("shareWith"), scope, evaluation.call().scope()),
              object));
    }
    if (effect.has("as")) {
      bindings.bind(effect.get("as").asText(), effect.has("forEach") ? created : created.get(0));
    }
    start(effect, created, engine);
  }

  private static List<Scope> shared(JsonNode shareWith, Bindings scope, Scope owner) {
    List<Scope> scopes = new ArrayList<>();
    if (shareWith == null) {
      return scopes;
    }
    for (JsonNode spec : shareWith) {
      String account = Values.text(Template.evaluate(spec.get("account"), scope));
      String region = Values.text(Template.evaluate(spec.get("region"), scope));
      Scope other = new Scope(owner.cloud(), account, region != null ? region : owner.region());
      if (account != null && !other.equals(owner)) {
        scopes.add(other);
      }
    }
    return scopes;
  }

  private static void start(JsonNode effect, List<Resource> resources, StateEngine engine) {
    JsonNode start = effect.get("start");
    if (start == null) {
      return;
    }
    List<String> names = new ArrayList<>();
    if (start.isArray()) {
      start.forEach(n -> names.add(n.asText()));
    } else {
      names.add(start.asText());
    }
    for (Resource resource : resources) {
      for (String name : names) {
        engine.transitions().start(name, resource, engine.clock().get());
      }
    }
  }

  private static List<Resource> targets(String expression, Bindings bindings) {
    List<Resource> out = new ArrayList<>();
    for (Object value : Values.elements(Expression.parse(expression).evaluate(bindings))) {
      if (value instanceof Resource resource) {
        out.add(resource);
      }
    }
    return out;
  }
}
