package io.clouddouble.contract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Generates the Alibaba contracts from the official API metadata stored in {@code
 * contracts/alibaba/_metadata/}, the seed pages' errors ({@code seed-errors.json}), the common
 * error catalogue and the curations in {@code overlay.json}. Run by {@code scripts/generate-contracts}.
 *
 * <pre>
 *   extract &lt;api-docs-dir&gt; [contracts-root]   copy the official files of the products in scope into _metadata/
 *   generate [contracts-root] [output-root]     write alibaba/&lt;product&gt;/&lt;version&gt;/&lt;Action&gt;.json
 * </pre>
 */
public final class ContractGenerator {
  static final String SCHEMA_DIALECT = "https://json-schema.org/draft/2020-12/schema";
  private static final String PARAMS_2025 = ".params-2025.json";

  private final Path alibaba;
  private final JsonNode overlay;

  public ContractGenerator(Path contractsRoot) {
    this.alibaba = contractsRoot.resolve("alibaba");
    this.overlay = CanonicalJson.read(alibaba.resolve("overlay.json"));
  }

  public static void main(String[] args) throws IOException {
    String command = args.length > 0 ? args[0] : "generate";
    if (command.equals("extract") && args.length >= 2) {
      new ContractGenerator(Path.of(args.length > 2 ? args[2] : "contracts")).extract(Path.of(args[1]));
    } else if (command.equals("generate")) {
      Path root = Path.of(args.length > 1 ? args[1] : "contracts");
      Map<Path, JsonNode> contracts = new ContractGenerator(root).generate();
      Path out = args.length > 2 ? Path.of(args[2]) : root;
      contracts.forEach((file, contract) -> CanonicalJson.write(out.resolve(file), contract));
      System.out.println("generated " + contracts.size() + " Alibaba contracts under " + out.resolve("alibaba"));
    } else {
      System.err.println("usage: ContractGenerator extract <api-docs-dir> [contracts-root] | generate [contracts-root] [output-root]");
      System.exit(2);
    }
  }

  /**
   * Copies each product's official files ({@code <product>-<version>.json} and, where it exists,
   * {@code .params-2025.json}) into {@code _metadata/} unchanged: they are the generator's input.
   */
  public void extract(Path apiDocs) throws IOException {
    for (JsonNode product : overlay.path("scope")) {
      for (String suffix : new String[] {".json", PARAMS_2025}) {
        Path source = apiDocs.resolve(product.asText() + suffix);
        if (Files.exists(source)) {
          Files.copy(source, alibaba.resolve("_metadata").resolve(source.getFileName()), StandardCopyOption.REPLACE_EXISTING);
        }
      }
    }
  }

  /** A contract for every operation of every product in scope, by its path relative to the contracts root. */
  public Map<Path, JsonNode> generate() {
    JsonNode common = CanonicalJson.read(alibaba.resolve("common-errors.json"));
    Map<String, JsonNode> seeds = new LinkedHashMap<>();
    CanonicalJson.read(alibaba.resolve("seed-errors.json"))
        .path("pages")
        .forEach(page -> seeds.put(page.path("operation").asText(), page));
    Map<Path, JsonNode> contracts = new LinkedHashMap<>();
    for (JsonNode scoped : overlay.path("scope")) {
      String name = scoped.asText();
      JsonNode metadata = CanonicalJson.read(alibaba.resolve("_metadata").resolve(name + ".json"));
      Path newer = alibaba.resolve("_metadata").resolve(name + PARAMS_2025);
      JsonNode params2025 = Files.exists(newer) ? CanonicalJson.read(newer) : null;
      String product = metadata.path("info").path("product").asText();
      String version = metadata.path("info").path("version").asText();
      for (Map.Entry<String, JsonNode> entry : metadata.path("apis").properties()) {
        String operation = entry.getKey();
        JsonNode api = entry.getValue();
        JsonNode added = params2025 == null ? null : params2025.path("apis").path(operation).get("parameters");
        ObjectNode contract = contract(product, version, operation, api, added, name);
        addErrors(contract, api, seeds.get(product + ":" + operation));
        contract.set("commonErrors", commonErrors(contract, common));
        Curations.apply(contract, overlay);
        contracts.put(
            Path.of("alibaba", product.toLowerCase(Locale.ROOT), version, operation + ".json"), contract);
      }
    }
    return contracts;
  }

  private static ObjectNode contract(
      String product, String version, String operation, JsonNode api, JsonNode added, String source) {
    String inputs =
        "_metadata/" + source + ".json (official API metadata, 2024-07)"
            + (added == null ? "" : " + _metadata/" + source + PARAMS_2025 + " (parameters added since)");
    ObjectNode contract = CanonicalJson.MAPPER.createObjectNode();
    contract.put("cloud", "alibaba");
    contract.put("product", product);
    contract.put("version", version);
    contract.put("operation", operation);
    contract.put(
        "generatedFrom",
        inputs
            + " + seed-errors.json + common-errors.json + overlay.json; regenerate with scripts/generate-contracts, do not edit");
    ObjectNode binding = contract.putObject("binding");
    ArrayNode methods = binding.putArray("methods");
    api.path("methods").forEach(m -> methods.add(m.asText().toUpperCase(Locale.ROOT)));
    binding.put("path", "/");
    binding.put("operationType", operationType(api));
    ObjectNode placement = binding.putObject("parameters");

    ObjectNode request = contract.putObject("request");
    request.put("$schema", SCHEMA_DIALECT);
    request.put("type", "object");
    ObjectNode properties = request.putObject("properties");
    Set<String> required = new LinkedHashSet<>();
    Map<String, JsonNode> parameters = new LinkedHashMap<>();
    for (JsonNode parameter : api.path("parameters")) {
      JsonNode earlier = parameters.putIfAbsent(parameter.path("name").asText(), parameter);
      // The metadata lists RegionId twice on PrivateLink; a duplicate is harmless only if identical.
      if (earlier != null && !earlier.equals(parameter)) {
        throw new IllegalStateException(operation + " lists " + parameter.path("name").asText() + " twice, differently");
      }
    }
    if (added != null) {
      added.forEach(p -> parameters.putIfAbsent(p.path("name").asText(), p));
    }
    parameters.forEach((name, parameter) -> {
      ObjectNode where = placement.putObject(name);
      where.put("in", parameter.path("in").asText());
      if (parameter.has("style")) {
        where.put("style", parameter.get("style").asText());
      }
      properties.set(name, AlibabaSchemas.request(parameter.path("schema")));
      if (parameter.path("schema").path("required").asBoolean(false)) {
        required.add(name);
      }
    });
    ArrayNode requiredNode = request.putArray("required");
    required.forEach(requiredNode::add);

    ObjectNode response = contract.putObject("response");
    response.put("status", 200);
    response.put("contentType", "application/json;charset=utf-8");
    ObjectNode schema = response.putObject("schema");
    schema.put("$schema", SCHEMA_DIALECT);
    schema.setAll(AlibabaSchemas.response(api.path("responses").path("200").path("schema")));
    schema.putArray("required").add("RequestId");
    ArrayNode examples = response.putArray("examples");
    try {
      for (JsonNode demo : CanonicalJson.MAPPER.readTree(api.path("responseDemo").asText("[]"))) {
        if (demo.path("type").asText().equals("json")) {
          examples.add(CanonicalJson.MAPPER.readTree(demo.path("example").asText()));
        }
      }
    } catch (IOException e) {
      throw new IllegalStateException(operation + ": unreadable responseDemo", e);
    }
    return contract;
  }

  /**
   * {@code read}, {@code write} or {@code readAndWrite}, as the metadata's operationType says; CloudAPI
   * gives only the RAM access level (systemTags), where get and list are reads.
   */
  private static String operationType(JsonNode api) {
    if (api.has("operationType")) {
      return api.get("operationType").asText();
    }
    String access = api.path("systemTags").path("operationType").asText();
    return access.equals("get") || access.equals("list") ? "read" : "write";
  }

  /** The metadata's errorCodes, then what the seed page adds; the page's description is the condition. */
  private static void addErrors(ObjectNode contract, JsonNode api, JsonNode seed) {
    Map<String, ObjectNode> errors = new LinkedHashMap<>();
    api.path("errorCodes").fields().forEachRemaining(byStatus -> {
      for (JsonNode e : byStatus.getValue()) {
        ObjectNode error = CanonicalJson.MAPPER.createObjectNode();
        error.put("status", Integer.parseInt(byStatus.getKey()));
        error.put("code", e.path("errorCode").asText());
        error.put("message", e.path("errorMessage").asText());
        error.put("when", "Documented in the official metadata; it gives no condition beyond the message.");
        error.put("source", "metadata");
        errors.putIfAbsent(error.path("code").asText(), error);
      }
    });
    if (seed != null) {
      for (JsonNode e : seed.path("errors")) {
        ObjectNode error = errors.computeIfAbsent(e.path("code").asText(), code -> {
          ObjectNode fresh = CanonicalJson.MAPPER.createObjectNode();
          fresh.put("status", e.path("status").asInt());
          fresh.put("code", code);
          fresh.put("message", e.path("message").asText());
          return fresh;
        });
        error.put("when", e.path("when").asText());
        error.put("source", error.has("source") ? "metadata, seed page" : "seed page");
      }
    }
    ArrayNode list = contract.putArray("errors");
    errors.values().forEach(list::add);
  }

  /** The common errors whose {@code appliesTo} matches this operation, as concrete codes. */
  private static ArrayNode commonErrors(ObjectNode contract, JsonNode common) {
    ArrayNode codes = CanonicalJson.MAPPER.createArrayNode();
    JsonNode properties = contract.path("request").path("properties");
    for (JsonNode error : common.path("errors")) {
      JsonNode applies = error.path("appliesTo");
      String code = error.path("code").asText();
      if (applies.asText().equals("every")) {
        codes.add(code);
      } else if (applies.asText().equals("required")) {
        contract.path("request").path("required").forEach(name -> codes.add(code.replace("{Name}", name.asText())));
      } else if (applies.has("parameter") && properties.has(applies.path("parameter").asText())) {
        codes.add(code);
      }
    }
    return codes;
  }
}
