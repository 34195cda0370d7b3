package io.clouddouble.state.stub;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.clouddouble.contract.Contract;
import io.clouddouble.contract.ContractRegistry;
import io.clouddouble.contract.CoverageReport;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;

/**
 * {@code scripts/scaffold-behaviour <Product> <Operation>}: writes the behaviour file of an
 * operation from its contract, every documented error as an outcome and the success last with the
 * response schema's fields, each with the condition {@code TODO}. Such outcomes are never served
 * (and the coverage report does not count them) until their conditions are written.
 */
public final class BehaviourScaffold {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private BehaviourScaffold() {}

  public static void main(String[] args) throws IOException {
    if (args.length != 3) {
      System.err.println("usage: scaffold-behaviour <Product> <Operation>   (e.g. Privatelink ListVpcEndpointServices)");
      System.exit(2);
    }
    Path root = Path.of(args[2]);
    ContractRegistry contracts = ContractRegistry.load(root.resolve("contracts"));
    Contract contract =
        contracts.all().stream()
            .filter(c -> c.product().equalsIgnoreCase(args[0]) && c.operation().equals(args[1]))
            .findFirst()
            .orElse(null);
    if (contract == null) {
      System.err.println("no contract for " + args[0] + ":" + args[1] + " under " + root.resolve("contracts"));
      System.exit(1);
    }
    Path folder =
        root.resolve("stubs/behaviour").resolve(contract.cloud()).resolve(contract.product().toLowerCase(Locale.ROOT));
    Path file = folder.resolve(contract.operation() + ".json");
    if (Files.exists(file)) {
      System.err.println(file + " exists already; not overwritten");
      System.exit(1);
    }
    Files.createDirectories(folder);
    Path shared = folder.resolve(Behaviours.SHARED);
    if (!Files.exists(shared)) {
      write(shared, NODES.objectNode().put("product", contract.product()));
    }
    write(file, scaffold(contract, CoverageReport.documented(root.resolve("contracts"), contract)));
    System.out.println("wrote " + file + ": write each outcome's \"when\" (now \"TODO\"), the lookups in \"let\", the body and effects");
  }

  /** The behaviour of {@code contract} with every one of its {@code documented} outcomes (see {@link CoverageReport}). */
  static ObjectNode scaffold(Contract contract, Set<String> documented) {
    ObjectNode behaviour = NODES.objectNode();
    behaviour.putObject("let");
    ArrayNode outcomes = behaviour.putArray("outcomes");
    for (String code : documented) {
      if (!code.equals("success")) {
        outcomes.addObject().put("when", Outcome.TODO).putObject("error").put("code", code);
      }
    }
    ObjectNode success = outcomes.addObject().put("when", Outcome.TODO);
    success.putArray("effects");
    JsonNode body = fields(contract.response().path("schema"));
    success.set("body", body.isObject() ? body : NODES.objectNode());
    if (contract.cloud().equals("alibaba")) {
      ((ObjectNode) success.get("body")).remove("RequestId"); // the envelope adds it
    } else {
      success.put("status", contract.response().path("status").asInt(200));
    }
    return behaviour;
  }

  /** A placeholder value of the schema's shape: objects with every property, one array element. */
  private static JsonNode fields(JsonNode schema) {
    JsonNode type = schema.path("type");
    String kind = type.isArray() ? type.path(0).asText() : type.asText();
    switch (kind) {
      case "object" -> {
        ObjectNode object = NODES.objectNode();
        schema.path("properties").fields().forEachRemaining(p -> object.set(p.getKey(), fields(p.getValue())));
        return object;
      }
      case "array" -> {
        return NODES.arrayNode().add(fields(schema.path("items")));
      }
      case "integer", "number" -> {
        return NODES.numberNode(0);
      }
      case "boolean" -> {
        return NODES.booleanNode(false);
      }
      default -> {
        return NODES.textNode(Outcome.TODO);
      }
    }
  }

  private static void write(Path file, JsonNode document) {
    try {
      Files.writeString(file, new ObjectMapper().writerWithDefaultPrettyPrinter().writeValueAsString(document) + "\n");
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file, e);
    }
  }
}
