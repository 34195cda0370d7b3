package io.clouddouble.contract;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Checks one response against its operation's contract, with no side effects: the envelope (a JSON
 * Content-Type, the request id where the provider puts it), the success schema, and that an error's
 * code is one the operation documents, with its documented status. Used for the fake's own answers
 * ({@link ResponseAudit}) and for what a real cloud answers.
 */
public final class ResponseValidator {
  private final ContractSchemas schemas;
  private final ErrorCatalogue errors;

  public ResponseValidator(ContractRegistry contracts) {
    this.schemas = contracts.schemas();
    this.errors = contracts.errorCatalogue();
  }

  /** What a response was, for coverage: the status and the error code, or {@code success}. */
  public record Outcome(int status, String code) {}

  /** The violations; empty when the response honours the contract. Header names are case-insensitive. */
  public List<String> validate(Contract contract, int status, Map<String, String> headers, String body) {
    List<String> violations = new ArrayList<>();
    Map<String, String> header = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    header.putAll(headers);
    JsonNode response = contract.response();
    String contentType = header.get("Content-Type");
    String expected = mime(response.path("contentType").asText());
    if (contentType == null || !mime(contentType).equals(expected)) {
      violations.add("Content-Type is " + contentType + ", not " + expected);
    }
    response.path("headers").fields().forEachRemaining(h -> {
      String value = header.get(h.getKey());
      if (value == null || !value.matches(h.getValue().asText())) {
        violations.add("header " + h.getKey() + " is " + value + ", not /" + h.getValue().asText() + "/");
      }
    });
    if (status == 204 && status == response.path("status").asInt() && (body == null || body.isBlank())) {
      return prefixed(contract, status, violations); // 204 No Content: HTTP gives it no body to check
    }
    JsonNode json = parse(body);
    if (json == null || !json.isObject()) {
      violations.add("the body is not a JSON object");
      return prefixed(contract, status, violations);
    }
    boolean alibaba = contract.cloud().equals("alibaba");
    if (alibaba && json.path("RequestId").asText("").isEmpty()) {
      violations.add("the body has no RequestId");
    }
    if (status == response.path("status").asInt()) {
      for (ValidationMessage m : schemas.response(contract).validate(json)) {
        violations.add(m.getMessage());
      }
    } else if (status >= 400) {
      String code = errorCode(contract, json);
      Optional<JsonNode> documented = code == null ? Optional.empty() : errors.find(contract, code);
      if (documented.isEmpty()) {
        violations.add("error code " + code + " is not documented for the operation");
      } else if (documented.get().path("status").asInt() != status) {
        violations.add("error " + code + " is documented with status " + documented.get().path("status").asInt());
      }
      if (errorMessage(contract, json) == null) {
        violations.add("the error has no message");
      }
    } else {
      violations.add("status " + status + " is neither the success status nor an error");
    }
    return prefixed(contract, status, violations);
  }

  /** The outcome a response stands for, as the coverage report counts it. */
  public Outcome outcome(Contract contract, int status, String body) {
    JsonNode json = parse(body);
    String code = status >= 400 && json != null ? errorCode(contract, json) : null;
    return new Outcome(status, status < 400 ? "success" : String.valueOf(code));
  }

  /** Alibaba {@code Code}; Huawei {@code error_code} (API gateway, preferred as the SDK does) or {@code code}. */
  private static String errorCode(Contract contract, JsonNode json) {
    String[] names = contract.cloud().equals("alibaba") ? new String[] {"Code"} : new String[] {"error_code", "code"};
    for (String name : names) {
      if (json.path(name).isTextual()) {
        return json.get(name).asText();
      }
    }
    return null;
  }

  private static String errorMessage(Contract contract, JsonNode json) {
    String[] names = contract.cloud().equals("alibaba") ? new String[] {"Message"} : new String[] {"error_msg", "message"};
    for (String name : names) {
      if (json.path(name).isTextual()) {
        return json.get(name).asText();
      }
    }
    return null;
  }

  private static JsonNode parse(String body) {
    try {
      return body == null || body.isEmpty() ? null : CanonicalJson.MAPPER.readTree(body);
    } catch (IOException e) {
      return null;
    }
  }

  private static String mime(String contentType) {
    int semicolon = contentType.indexOf(';');
    return (semicolon < 0 ? contentType : contentType.substring(0, semicolon)).trim().toLowerCase(Locale.ROOT);
  }

  private static List<String> prefixed(Contract contract, int status, List<String> violations) {
    violations.replaceAll(v -> contract.id() + " " + status + ": " + v);
    return violations;
  }
}
