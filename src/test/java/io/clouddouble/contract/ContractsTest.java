package io.clouddouble.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.huaweicloud.sdk.core.http.HttpRequestDef;
import com.huaweicloud.sdk.dns.v2.DnsMeta;
import com.networknt.schema.ValidationMessage;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The committed contracts: complete, self-consistent, and satisfied by every documented example. */
class ContractsTest {
  private static final ContractRegistry CONTRACTS = ContractRegistry.load(Path.of("contracts"));
  private static final JsonNode SEED_EXAMPLES = CanonicalJson.read(Path.of("src/test/resources/seed-examples.json"));

  /** The Huawei half of the scope table of DESIGN.md: every operation of the official SDK (DnsMeta). */
  private static final Set<String> HUAWEI_SCOPE = new TreeSet<>();

  static {
    for (java.lang.reflect.Field definition : DnsMeta.class.getFields()) {
      try {
        HUAWEI_SCOPE.add("DNS:" + ((HttpRequestDef<?, ?>) definition.get(null)).getName());
      } catch (IllegalAccessException e) {
        throw new IllegalStateException(e);
      }
    }
  }

  /** The Alibaba half: every operation of the official metadata files, and how many each has. */
  private static final Map<String, Integer> ALIBABA_PRODUCTS =
      Map.of("privatelink-2020-04-15", 39, "vpcpeer-2022-01-01", 11, "cloudapi-2016-07-14", 203);

  static Stream<Contract> contracts() {
    return CONTRACTS.all().stream();
  }

  @Test
  void everyOperationInScopeHasExactlyOneContract() {
    Set<String> scope = new TreeSet<>(HUAWEI_SCOPE);
    ALIBABA_PRODUCTS.forEach((file, count) -> {
      JsonNode metadata = CanonicalJson.read(Path.of("contracts/alibaba/_metadata", file + ".json"));
      assertEquals(count, metadata.path("apis").size(), file);
      metadata.path("apis").fieldNames().forEachRemaining(action -> scope.add(metadata.path("info").path("product").asText() + ":" + action));
    });
    assertEquals(scope, CONTRACTS.all().stream().map(Contract::id).collect(Collectors.toCollection(TreeSet::new)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("contracts")
  void everyErrorTheContractCanAnswerIsDocumented(Contract contract) {
    ErrorCatalogue errors = CONTRACTS.errorCatalogue();
    for (JsonNode code : contract.document().path("commonErrors")) {
      assertTrue(errors.common(contract.cloud(), code.asText()).isPresent(), code + " is not in the common catalogue");
    }
    for (JsonNode required : contract.requestSchema().path("required")) {
      if (contract.cloud().equals("alibaba")) {
        assertTrue(errors.find(contract, "Missing" + required.asText()).isPresent(), "Missing" + required.asText());
      }
    }
    String fallback = contract.cloud().equals("alibaba") ? "InvalidParameter" : "DNS.0002";
    assertTrue(errors.find(contract, fallback).isPresent(), fallback);
    for (String code : errorCodesIn(contract.requestSchema(), new ArrayList<>())) {
      assertTrue(errors.find(contract, code).isPresent(), "x-error-code " + code + " is not documented for the operation");
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("contracts")
  void everyResponseExampleOfTheDocumentationValidates(Contract contract) {
    List<JsonNode> examples = new ArrayList<>();
    contract.response().path("examples").forEach(examples::add);
    if (SEED_EXAMPLES.path("responses").has(contract.id())) {
      examples.add(SEED_EXAMPLES.path("responses").get(contract.id()));
    }
    // the DNS reference has no example where the answer has no body (204) or the page is missing
    boolean documented = !contract.cloud().equals("huawei")
        || (contract.response().path("status").asInt() != 204 && contract.document().path("generatedFrom").asText().contains("dns-docs.json"));
    assertFalse(documented && examples.isEmpty(), "no response example");
    for (JsonNode example : examples) {
      assertEquals(Set.of(), messages(CONTRACTS.schemas().response(contract).validate(example)), example.toString());
    }
  }

  /**
   * The metadata's parameter examples, sent as an SDK would (flattened, as text), pass request
   * validation. Masked digits in examples ({@code 25346073170691****}) are unmasked with zeros.
   */
  @ParameterizedTest(name = "{0}")
  @MethodSource("contracts")
  void everyParameterExampleValidates(Contract contract) {
    if (contract.cloud().equals("huawei")) {
      JsonNode seed = SEED_EXAMPLES.path("requests").path(contract.id());
      if (!seed.isMissingNode()) {
        assertEquals(Set.of(), messages(CONTRACTS.schemas().request(contract).validate(seed)));
      }
      return;
    }
    Map<String, String> wire = new LinkedHashMap<>();
    contract.requestSchema().path("properties").fields().forEachRemaining(p -> {
      boolean simple = contract.binding().path("parameters").path(p.getKey()).path("style").asText().equals("simple");
      flatten(p.getKey(), simple ? p.getValue().path("items") : p.getValue(), wire); // simple: Name=a,b
    });
    ObjectNode document = RequestDocument.alibaba(contract, wire);
    assertEquals(Set.of(), messages(CONTRACTS.schemas().request(contract).validate(document)), document.toString());
  }

  @Test
  void aBrokenExampleFails() {
    Contract removeVpcAccess = CONTRACTS.byId("CloudAPI:RemoveVpcAccess").orElseThrow();
    ObjectNode flattened = SEED_EXAMPLES.path("responses").path("CloudAPI:RemoveVpcAccess").deepCopy();
    flattened.set("Apis", flattened.path("Apis").path("Api")); // a plain array where the SDK model wants {"Api":[...]}
    assertFalse(CONTRACTS.schemas().response(removeVpcAccess).validate(flattened).isEmpty());

    Contract disassociate = CONTRACTS.byId("DNS:DisassociateRouter").orElseThrow();
    ObjectNode numeric = SEED_EXAMPLES.path("responses").path("DNS:DisassociateRouter").deepCopy();
    numeric.put("router_id", 12345); // the SDK's strict string deserializer rejects numbers
    assertFalse(CONTRACTS.schemas().response(disassociate).validate(numeric).isEmpty());

    ObjectNode emptyRouter = SEED_EXAMPLES.path("requests").path("DNS:DisassociateRouter").deepCopy();
    ((ObjectNode) emptyRouter.path("body").path("router")).put("router_id", "");
    assertFalse(CONTRACTS.schemas().request(disassociate).validate(emptyRouter).isEmpty());
  }

  private static void flatten(String name, JsonNode schema, Map<String, String> wire) {
    if (schema.has("x-wire-example")) {
      String example = schema.get("x-wire-example").asText();
      wire.put(name, schema.path("type").asText().equals("integer") ? example.replace('*', '0') : example);
    } else if (schema.path("type").asText().equals("array")) {
      flatten(name + ".1", schema.path("items"), wire);
    } else if (schema.path("type").asText().equals("object")) {
      schema.path("properties").fields().forEachRemaining(p -> flatten(name + "." + p.getKey(), p.getValue(), wire));
    }
  }

  private static List<String> errorCodesIn(JsonNode schema, List<String> codes) {
    if (schema.has("x-error-code")) {
      codes.add(schema.get("x-error-code").asText());
    }
    schema.path("properties").forEach(p -> errorCodesIn(p, codes));
    if (schema.has("items")) {
      errorCodesIn(schema.get("items"), codes);
    }
    return codes;
  }

  private static Set<String> messages(Set<ValidationMessage> violations) {
    return violations.stream().map(ValidationMessage::getMessage).collect(Collectors.toSet());
  }
}
