package io.clouddouble.contract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Generates the Huawei contracts from the official SDK's own metadata ({@code DnsMeta} and the model
 * classes, read by reflection from the SDK jar) and the facts extracted once from the official API
 * reference ({@code huawei/_metadata/dns-docs.json}), then applies the rules and curations of {@code
 * huawei/overlay.json}. Run by {@code scripts/generate-contracts}; the SDK must be on the class path.
 *
 * <pre>
 *   extract &lt;API参考-dir&gt; &lt;commit&gt; [contracts-root]   refresh _metadata/dns-docs.json from the docs (rarely)
 *   generate [contracts-root] [output-root]            write huawei/dns/v2/&lt;Operation&gt;.json and documented-outcomes.json
 * </pre>
 *
 * <p>Precedence: the SDK fixes the operations, methods, paths, field locations, types and which
 * path and query fields must be present (what the SDK sends is what the service receives); the docs
 * add enums, ranges, lengths and which body fields are required; the overlay's field rules add what
 * neither says in schema form (id patterns, the DNS.xxxx code of each field); curations come last.
 */
public final class HuaweiContractGenerator {
  static final String DOCS = "_metadata/dns-docs.json";
  private static final Pattern VARIABLE = Pattern.compile("\\{([^}]+)}");

  private final Path huawei;
  private final JsonNode overlay;
  private final JsonNode docs;

  public HuaweiContractGenerator(Path contractsRoot) {
    this.huawei = contractsRoot.resolve("huawei");
    this.overlay = CanonicalJson.read(huawei.resolve("overlay.json"));
    this.docs = CanonicalJson.read(huawei.resolve(DOCS));
  }

  public static void main(String[] args) {
    String command = args.length > 0 ? args[0] : "generate";
    if (command.equals("extract") && args.length >= 3) {
      Path root = Path.of(args.length > 3 ? args[3] : "contracts");
      CanonicalJson.write(root.resolve("huawei").resolve(DOCS), HuaweiDocs.extract(Path.of(args[1]), args[2]));
    } else if (command.equals("generate")) {
      Path root = Path.of(args.length > 1 ? args[1] : "contracts");
      Map<Path, JsonNode> files = new HuaweiContractGenerator(root).generate();
      Path out = args.length > 2 ? Path.of(args[2]) : root;
      files.forEach((file, json) -> CanonicalJson.write(out.resolve(file), json));
      System.out.println("generated " + (files.size() - 1) + " Huawei contracts under " + out.resolve("huawei"));
    } else {
      System.err.println("usage: HuaweiContractGenerator extract <API参考-dir> <commit> [contracts-root] | generate [contracts-root] [output-root]");
      System.exit(2);
    }
  }

  /** Every contract and {@code documented-outcomes.json}, by path relative to the contracts root. */
  public Map<Path, JsonNode> generate() {
    Map<Path, JsonNode> files = new LinkedHashMap<>();
    ObjectNode outcomes = CanonicalJson.MAPPER.createObjectNode();
    outcomes.put(
        "about",
        "GENERATED with the contracts (scripts/generate-contracts): the outcomes the documentation names for each operation, "
            + "that is the DNS.xxxx codes of its documented field rules, the catalogue codes that apply to it and the errors the "
            + "seed page and reference/huawei/NOTES.md name. scripts/coverage checks each against the contracts, stubs and tests.");
    ObjectNode byOperation = outcomes.putObject("operations");
    String product = overlay.path("product").asText();
    String version = overlay.path("version").asText();
    for (HuaweiSdkMetadata.Operation operation : HuaweiSdkMetadata.operations(overlay.path("sdk").path("metaClass").asText())) {
      ObjectNode contract = contract(product, version, operation);
      Curations.apply(contract, overlay);
      files.put(Path.of("huawei", product.toLowerCase(Locale.ROOT), version, operation.name() + ".json"), contract);
      ArrayNode documented = byOperation.putArray(product + ":" + operation.name());
      documented.add("success");
      contract.path("errors").forEach(e -> documented.add(e.path("code").asText()));
      contract.path("commonErrors").forEach(documented::add);
    }
    files.put(Path.of("huawei", "documented-outcomes.json"), outcomes);
    return files;
  }

  private ObjectNode contract(String product, String version, HuaweiSdkMetadata.Operation operation) {
    JsonNode page = docs.path("operations").path(overlay.path("docsPages").path(operation.name()).asText(operation.name()));
    ObjectNode contract = CanonicalJson.MAPPER.createObjectNode();
    contract.put("cloud", "huawei");
    contract.put("product", product);
    contract.put("version", version);
    contract.put("operation", operation.name());
    contract.put(
        "generatedFrom",
        overlay.path("sdk").path("artifact").asText() + " (" + overlay.path("sdk").path("metaClass").asText() + ", model classes)"
            + (page.isMissingNode() ? "" : " + " + DOCS + " (" + page.path("page").asText() + ")")
            + " + overlay.json; regenerate with scripts/generate-contracts, do not edit");

    ObjectNode responseSchema = HuaweiSdkMetadata.schema(operation.response());
    int status = successStatus(operation.method(), responseSchema);
    ObjectNode binding = contract.putObject("binding");
    binding.put("method", operation.method());
    binding.put("path", operation.uri());
    binding.put("successStatus", status);
    binding.set("headers", overlay.path("requestHeaders").deepCopy());

    contract.set("request", request(operation, page.path("parameters")));
    applyFieldRules(operation.name(), "request", contract.get("request"));

    ObjectNode response = contract.putObject("response");
    response.put("status", status);
    response.put("contentType", "application/json");
    response.set("headers", overlay.path("responseHeaders").deepCopy());
    ObjectNode schema = response.putObject("schema");
    schema.put("$schema", ContractGenerator.SCHEMA_DIALECT);
    schema.setAll(responseSchema);
    applyFieldRules(operation.name(), "response", schema);
    ArrayNode examples = response.putArray("examples");
    page.path("responseExamples").forEach(e -> examples.add(e.deepCopy()));
    nullableWhereExamplesShowNull(schema, examples);

    ArrayNode common = commonErrors(operation);
    contract.set("errors", fieldErrors(contract.get("request"), common));
    contract.set("commonErrors", common);
    return contract;
  }

  /** 200 for reads; 204 where the SDK's response class has no body; 202 for the other writes. */
  private static int successStatus(String method, ObjectNode responseSchema) {
    if (method.equals("GET")) {
      return 200;
    }
    return responseSchema.path("properties").isEmpty() ? 204 : 202;
  }

  /** {@code {path, query, body}}: path and query fields as the SDK places them, the body as its model class. */
  private static ObjectNode request(HuaweiSdkMetadata.Operation operation, JsonNode documented) {
    ObjectNode request = CanonicalJson.MAPPER.createObjectNode();
    request.put("$schema", ContractGenerator.SCHEMA_DIALECT);
    request.put("type", "object");
    ArrayNode required = request.putArray("required").add("path").add("query");
    ObjectNode sections = request.putObject("properties");
    ObjectNode path = section(sections, "path");
    ObjectNode query = section(sections, "query");
    Matcher variables = VARIABLE.matcher(operation.uri());
    while (variables.find()) {
      // a template variable the SDK fills itself ({project_id}) is still a path segment
      ((ObjectNode) path.get("properties")).putObject(variables.group(1)).put("type", "string");
      path.withArray("required").add(variables.group(1));
    }
    for (HuaweiSdkMetadata.RequestField field : operation.fields()) {
      JsonNode docsFacts = documented.path(field.name());
      switch (field.location()) {
        case "Path" -> ((ObjectNode) path.get("properties")).set(field.name(), scalar(field, docsFacts));
        case "Query" -> {
          ((ObjectNode) query.get("properties")).set(field.name(), scalar(field, docsFacts));
          if (field.required()) {
            query.withArray("required").add(field.name());
          }
        }
        case "Body" -> {
          ObjectNode body = HuaweiSdkMetadata.schema(field.type());
          applyDocs(body, documented);
          sections.set("body", body);
          if (field.required() || body.has("required")) {
            required.add("body");
          }
        }
        default -> throw new IllegalStateException(operation.name() + ": no request section for " + field.location());
      }
    }
    return request;
  }

  private static ObjectNode section(ObjectNode sections, String name) {
    ObjectNode section = sections.putObject(name);
    section.put("type", "object");
    section.putObject("properties");
    return section;
  }

  private static ObjectNode scalar(HuaweiSdkMetadata.RequestField field, JsonNode docsFacts) {
    ObjectNode schema = HuaweiSdkMetadata.schema(field.type());
    constrain(schema, docsFacts);
    return schema;
  }

  /** The documented facts, by field name, on every body property (nested ones too); required flags on their object. */
  private static void applyDocs(ObjectNode object, JsonNode documented) {
    JsonNode properties = object.path("properties");
    ArrayNode required = CanonicalJson.MAPPER.createArrayNode();
    properties.fields().forEachRemaining(property -> {
      ObjectNode schema = (ObjectNode) property.getValue();
      JsonNode facts = documented.path(property.getKey());
      constrain(schema, facts);
      if (facts.path("required").asBoolean(false)) {
        required.add(property.getKey());
      }
      ObjectNode nested = schema.has("items") ? (ObjectNode) schema.get("items") : schema;
      if (nested.has("properties")) {
        applyDocs(nested, documented);
      }
    });
    if (!required.isEmpty()) {
      object.set("required", required);
    }
  }

  /** Enum and lengths on strings, ranges on integers, as the docs state them. */
  private static void constrain(ObjectNode schema, JsonNode facts) {
    String type = schema.path("type").asText();
    if (type.equals("string")) {
      copy(facts, schema, "enum", "minLength", "maxLength");
    } else if (type.equals("integer")) {
      copy(facts, schema, "minimum", "maximum");
    }
  }

  private static void copy(JsonNode from, ObjectNode to, String... names) {
    for (String name : names) {
      if (from.has(name)) {
        to.set(name, from.get(name).deepCopy());
      }
    }
  }

  /**
   * The overlay's field rules for this operation and side: each merges its {@code schema} into every
   * property named in {@code fields} (at any depth, only where the property is of the rule's {@code
   * type} when it names one), {@code nullable} also admits JSON null there, and {@code root} is merged
   * into the schema itself.
   */
  private void applyFieldRules(String operation, String side, JsonNode schema) {
    for (JsonNode rule : overlay.path("fieldRules")) {
      if (rule.path("in").asText("request").equals(side) && Pattern.matches(rule.path("operations").asText(".*"), operation)) {
        Set<String> fields = new LinkedHashSet<>();
        rule.path("fields").forEach(f -> fields.add(f.asText()));
        applyRule(schema, rule, fields);
        if (rule.has("root")) {
          MergePatch.apply(schema, rule.get("root"));
        }
      }
    }
  }

  private static void applyRule(JsonNode schema, JsonNode rule, Set<String> fields) {
    schema.path("properties").fields().forEachRemaining(property -> {
      ObjectNode target = (ObjectNode) property.getValue();
      boolean typeMatches = !rule.has("type") || rule.get("type").equals(target.get("type"));
      if (fields.contains(property.getKey()) && typeMatches) {
        if (rule.has("schema")) {
          MergePatch.apply(target, rule.get("schema"));
        }
        if (rule.path("nullable").asBoolean(false) && target.path("type").isTextual()) {
          target.set("type", CanonicalJson.MAPPER.createArrayNode().add(target.get("type").asText()).add("null"));
        }
      }
      applyRule(target, rule, fields);
      if (target.has("items")) {
        applyRule(target.get("items"), rule, fields);
      }
    });
  }

  /** A field the documentation's own example answers with null may be null (alias_target, health_check_id, …). */
  private static void nullableWhereExamplesShowNull(ObjectNode schema, ArrayNode examples) {
    Set<String> nullInExamples = new LinkedHashSet<>();
    examples.forEach(example -> collectNullFields(example, nullInExamples));
    ObjectNode rule = CanonicalJson.MAPPER.createObjectNode().put("nullable", true);
    applyRule(schema, rule, nullInExamples);
  }

  private static void collectNullFields(JsonNode node, Set<String> names) {
    node.fields().forEachRemaining(field -> {
      if (field.getValue().isNull()) {
        names.add(field.getKey());
      }
      collectNullFields(field.getValue(), names);
    });
    if (node.isArray()) {
      node.forEach(item -> collectNullFields(item, names));
    }
  }

  /** The overlay's common errors that apply: to every operation, by path parameter, or by name. */
  private ArrayNode commonErrors(HuaweiSdkMetadata.Operation operation) {
    Set<String> codes = new LinkedHashSet<>();
    for (JsonNode rule : overlay.path("commonErrors")) {
      JsonNode applies = rule.path("appliesTo");
      boolean match =
          applies.asText().equals("every")
              || operation.uri().contains("{" + applies.path("pathParameter").asText() + "}")
              || applies.path("operations").toString().contains("\"" + operation.name() + "\"");
      if (match) {
        rule.path("codes").forEach(code -> codes.add(code.asText()));
      }
    }
    ArrayNode list = CanonicalJson.MAPPER.createArrayNode();
    codes.forEach(list::add);
    return list;
  }

  /** The catalogue entry of every field code the request schema uses and the common errors do not list. */
  private ArrayNode fieldErrors(JsonNode request, ArrayNode common) {
    Set<String> codes = new LinkedHashSet<>();
    request.findValues("x-error-code").forEach(code -> codes.add(code.asText()));
    common.forEach(code -> codes.remove(code.asText()));
    ArrayNode errors = CanonicalJson.MAPPER.createArrayNode();
    for (String code : codes) {
      JsonNode entry = docs.path("errorCodes").path(code);
      if (entry.isMissingNode()) {
        throw new IllegalStateException("overlay.json names " + code + ", which the DNS error catalogue does not have");
      }
      ObjectNode error = errors.addObject();
      error.put("status", entry.path("statuses").path(0).asInt());
      error.put("code", code);
      error.put("message", entry.path("message").asText());
      error.put("when", "A request field breaks its documented rule (" + entry.path("description").asText() + ")");
      error.put("source", "API参考/错误码.md");
    }
    return errors;
  }
}
