package io.clouddouble.state.stub;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.clouddouble.DataRoot;
import io.clouddouble.state.template.Expression;
import io.clouddouble.state.template.Template;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Every behaviour file under {@code stubs/behaviour/<cloud>/<product>/}, indexed by operation.
 * A product folder's {@code _shared.json} names the product and declares what several of its
 * operations share: {@code lookups} (a {@code let} entry whose value is a name binds the shared
 * lookup of that name), {@code outcomes} (an outcome, or a list of outcomes, named in an operation's outcome list)
 * and {@code templates} (an object {@code {"$template": name, ...}} is that template with its own
 * members added or replaced; an operation file may declare its own {@code templates} too). All
 * references are resolved and every expression parsed at load, so a request only evaluates.
 */
public final class Behaviours {
  public static final String SHARED = "_shared.json";
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Set<String> EXPRESSIONS = Set.of("exists", "absent", "path", "forEach", "update", "delete", "$each");
  private final Map<String, Behaviour> byOperation;

  private Behaviours(Map<String, Behaviour> byOperation) {
    this.byOperation = byOperation;
  }

  /** The behaviours under {@code root} ({@code stubs/behaviour}); none when it does not exist. */
  public static Behaviours load(Path root) {
    Map<String, Behaviour> byOperation = new LinkedHashMap<>();
    for (Path file : DataRoot.jsonFiles(root)) {
      Path shared = file.resolveSibling(SHARED);
      if (!Files.exists(shared)) {
        throw new IllegalArgumentException(file + ": its folder needs a " + SHARED + " naming the product");
      }
      if (file.equals(shared)) {
        new Product(shared).load(byOperation);
      }
    }
    return new Behaviours(byOperation);
  }

  public static Behaviours none() {
    return new Behaviours(Map.of());
  }

  public Optional<Behaviour> find(String operation) {
    return Optional.ofNullable(operation == null ? null : byOperation.get(operation));
  }

  public Collection<Behaviour> all() {
    return byOperation.values();
  }

  /** One product folder: its shared declarations and the operation files beside them. */
  private static final class Product {
    private final Path folder;
    private final String product;
    private final JsonNode lookups;
    private final JsonNode outcomes;
    private final JsonNode productTemplates;

    Product(Path shared) {
      JsonNode document = read(shared);
      this.folder = shared.getParent();
      this.product = StubEvaluation.require(document, "product");
      this.lookups = document.path("lookups");
      this.outcomes = document.path("outcomes");
      this.productTemplates = document.has("templates") ? document.get("templates") : JsonNodeFactory.instance.objectNode();
    }

    void load(Map<String, Behaviour> into) {
      for (Path file : DataRoot.jsonFiles(folder)) {
        String name = file.getFileName().toString();
        if (!file.getParent().equals(folder) || name.equals(SHARED)) {
          continue;
        }
        String operation = product + ":" + name.substring(0, name.length() - ".json".length());
        try {
          into.put(operation, behaviour(operation, read(file)));
        } catch (RuntimeException e) {
          throw new IllegalArgumentException(file + ": " + e.getMessage(), e);
        }
      }
    }

    private Behaviour behaviour(String operation, JsonNode document) {
      ObjectNode templates = JsonNodeFactory.instance.objectNode();
      templates.setAll((ObjectNode) productTemplates);
      document.path("templates").fields().forEachRemaining(t -> templates.set(t.getKey(), t.getValue()));
      ObjectNode let = JsonNodeFactory.instance.objectNode();
      Iterator<Map.Entry<String, JsonNode>> entries = document.path("let").fields();
      while (entries.hasNext()) {
        Map.Entry<String, JsonNode> entry = entries.next();
        JsonNode query = entry.getValue().isTextual() ? shared(lookups, entry.getValue().asText(), "lookup") : entry.getValue();
        let.set(entry.getKey(), compiled(resolve(query, templates)));
      }
      List<Outcome> list = new ArrayList<>();
      for (JsonNode outcome : document.path("outcomes")) {
        add(outcome, templates, list);
      }
      if (list.isEmpty()) {
        throw new IllegalArgumentException("a behaviour needs outcomes");
      }
      return new Behaviour(operation, let, List.copyOf(list));
    }

    /** An outcome, or the name of a shared outcome or list of outcomes, flattened in order. */
    private void add(JsonNode outcome, JsonNode templates, List<Outcome> into) {
      if (outcome.isTextual()) {
        JsonNode named = shared(outcomes, outcome.asText(), "outcome");
        for (JsonNode each : named.isArray() ? named : List.of(named)) {
          add(each, templates, into);
        }
        return;
      }
      ObjectNode answer = (ObjectNode) compiled(resolve(outcome, templates));
      JsonNode when = answer.remove("when");
      if (!answer.has("error") && !answer.has("body") && !answer.has("effects")) {
        throw new IllegalArgumentException("an outcome is an error or a success (effects, body): " + outcome);
      }
      into.add(new Outcome(when, answer));
    }

    private JsonNode shared(JsonNode declared, String name, String what) {
      JsonNode value = declared.get(name);
      if (value == null) {
        throw new IllegalArgumentException("no shared " + what + " '" + name + "' in " + folder.resolve(SHARED));
      }
      return value;
    }

    /** A copy with every {@code {"$template": name, ...}} replaced by the template plus its own members. */
    private JsonNode resolve(JsonNode node, JsonNode templates) {
      if (node.isArray()) {
        var out = JsonNodeFactory.instance.arrayNode();
        node.forEach(element -> out.add(resolve(element, templates)));
        return out;
      }
      if (!node.isObject()) {
        return node;
      }
      ObjectNode out = JsonNodeFactory.instance.objectNode();
      if (node.has("$template")) {
        out.setAll((ObjectNode) resolve(shared(templates, node.get("$template").asText(), "template"), templates));
      }
      node.fields().forEachRemaining(member -> {
        if (!member.getKey().equals("$template")) {
          out.set(member.getKey(), resolve(member.getValue(), templates));
        }
      });
      return out;
    }
  }

  /** Parses every expression and template string once, so a mistake fails the load, not a request. */
  private static JsonNode compiled(JsonNode node) {
    node.fields().forEachRemaining(member -> {
      JsonNode value = member.getValue();
      if (value.isTextual() && EXPRESSIONS.contains(member.getKey())) {
        Expression.parse(value.asText());
      } else if (value.isTextual()) {
        Template.compile(value.asText());
      } else {
        compiled(value);
      }
    });
    if (node.isArray()) {
      node.forEach(element -> {
        if (element.isTextual()) {
          Template.compile(element.asText());
        } else {
          compiled(element);
        }
      });
    }
    return node;
  }

  private static JsonNode read(Path file) {
    try {
      return JSON.readTree(Files.readString(file));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
  }
}
