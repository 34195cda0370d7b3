package io.clouddouble.contract;

import com.fasterxml.jackson.databind.JsonNode;
import io.clouddouble.protocol.CloudError;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The documented errors an operation may answer with: its own ({@code errors} in the contract)
 * and the common ones it lists ({@code commonErrors}), looked up in {@code
 * <cloud>/common-errors.json}, where a code may be a template such as {@code Missing{Name}}.
 */
public final class ErrorCatalogue {
  private static final String NAME = "{Name}";
  private final Map<String, List<JsonNode>> common = new HashMap<>();

  static ErrorCatalogue load(Path contractsRoot) {
    ErrorCatalogue catalogue = new ErrorCatalogue();
    for (String cloud : new String[] {"alibaba", "huawei"}) {
      Path file = contractsRoot.resolve(cloud).resolve("common-errors.json");
      List<JsonNode> errors = new ArrayList<>();
      if (Files.exists(file)) {
        CanonicalJson.read(file).path("errors").forEach(errors::add);
      }
      catalogue.common.put(cloud, errors);
    }
    return catalogue;
  }

  /** The documented entry (status, code, message, when) for {@code code}, if the operation has it. */
  public Optional<JsonNode> find(Contract contract, String code) {
    for (JsonNode error : contract.errors()) {
      if (error.path("code").asText().equals(code)) {
        return Optional.of(error);
      }
    }
    for (JsonNode listed : contract.document().path("commonErrors")) {
      if (listed.asText().equals(code)) {
        return common(contract.cloud(), code);
      }
    }
    // A common error that applies to every operation needs no listing (hand-written contracts).
    return common(contract.cloud(), code).filter(error -> error.path("appliesTo").asText().equals("every"));
  }

  /** A common error by exact code or by template ({@code MissingEndpointId} matches {@code Missing{Name}}). */
  public Optional<JsonNode> common(String cloud, String code) {
    for (JsonNode error : common.getOrDefault(cloud, List.of())) {
      String documented = error.path("code").asText();
      if (documented.equals(code) || (documented.contains(NAME) && template(documented).matcher(code).matches())) {
        return Optional.of(error);
      }
    }
    return Optional.empty();
  }

  /** The documented error {@code code} for this operation, its message filled in with {@code name}. */
  public CloudError error(Contract contract, String code, String name) {
    JsonNode entry =
        find(contract, code)
            .orElseThrow(() -> new IllegalStateException(contract.id() + " does not document " + code));
    return new CloudError(
        entry.path("status").asInt(), code, entry.path("message").asText().replace(NAME, name));
  }

  private static Pattern template(String code) {
    int at = code.indexOf(NAME);
    return Pattern.compile(
        Pattern.quote(code.substring(0, at)) + "[A-Za-z0-9.]+" + Pattern.quote(code.substring(at + NAME.length())));
  }
}
