package io.clouddouble.contract;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonNodePath;
import com.networknt.schema.ValidationMessage;
import io.clouddouble.protocol.AlibabaCall;
import io.clouddouble.protocol.CloudError;
import io.clouddouble.protocol.HuaweiCall;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Checks a routed request against its operation's request schema and throws the provider's
 * documented error for the first violation, before any stub or state is touched. "First" follows
 * the contract's parameter order (Alibaba) or path, query, body (Huawei), like a service that
 * checks its parameters one by one.
 *
 * <p>Alibaba: a missing required parameter is {@code Missing<Name>}, any other violation
 * {@code InvalidParameter} naming it ({@code Tag.2.Key} style). Huawei: the violated property's
 * {@code x-error-code}, else {@code DNS.0002}.
 */
public final class RequestValidator {
  private static final String HUAWEI_DEFAULT = "DNS.0002";
  private final ContractSchemas schemas;
  private final ErrorCatalogue errors;

  public RequestValidator(ContractRegistry contracts) {
    this.schemas = contracts.schemas();
    this.errors = contracts.errorCatalogue();
  }

  public void alibaba(Contract contract, AlibabaCall call) {
    first(contract, RequestDocument.alibaba(contract, call.params()))
        .ifPresent(violation -> {
          String name = wireName(violation);
          throw violation.getType().equals("required")
              ? errors.error(contract, "Missing" + name, name)
              : errors.error(contract, "InvalidParameter", name);
        });
  }

  public void huawei(Contract contract, HuaweiCall call, Map<String, String> pathParams) {
    first(contract, RequestDocument.huawei(contract, pathParams, call.queryParams(), call.body()))
        .ifPresent(violation -> {
          JsonNode property = violatedProperty(contract.requestSchema(), violation);
          String code = property.path("x-error-code").asText(HUAWEI_DEFAULT);
          throw errors.error(contract, code, "");
        });
  }

  private java.util.Optional<ValidationMessage> first(Contract contract, JsonNode document) {
    List<ValidationMessage> violations = new ArrayList<>(schemas.request(contract).validate(document));
    if (violations.isEmpty()) {
      return java.util.Optional.empty();
    }
    List<String> order = new ArrayList<>();
    contract.requestSchema().path("properties").fieldNames().forEachRemaining(order::add);
    violations.sort(Comparator.comparingInt(v -> order.indexOf(topLevel(v))));
    return violations.stream().findFirst();
  }

  /** The property of the request document a violation is about (the missing one, for required). */
  private static String topLevel(ValidationMessage violation) {
    JsonNodePath at = violation.getInstanceLocation();
    return at.getNameCount() > 0 ? String.valueOf(at.getElement(0)) : violation.getProperty();
  }

  /** The parameter as it travels: {@code $.Tag[1].Key} is {@code Tag.2.Key}. */
  private static String wireName(ValidationMessage violation) {
    StringBuilder name = new StringBuilder();
    JsonNodePath at = violation.getInstanceLocation();
    for (int i = 0; i < at.getNameCount(); i++) {
      Object element = at.getElement(i);
      append(name, element instanceof Integer index ? String.valueOf(index + 1) : String.valueOf(element));
    }
    if (violation.getType().equals("required")) {
      append(name, violation.getProperty());
    }
    return name.toString();
  }

  private static void append(StringBuilder name, String part) {
    if (name.length() > 0) {
      name.append('.');
    }
    name.append(part);
  }

  /** The schema of the violated property, found by walking the instance path through the schema. */
  private static JsonNode violatedProperty(JsonNode schema, ValidationMessage violation) {
    JsonNode node = schema;
    JsonNodePath at = violation.getInstanceLocation();
    for (int i = 0; i < at.getNameCount(); i++) {
      node = at.getElement(i) instanceof Integer ? node.path("items") : node.path("properties").path(String.valueOf(at.getElement(i)));
    }
    return violation.getType().equals("required") ? node.path("properties").path(violation.getProperty()) : node;
  }
}
