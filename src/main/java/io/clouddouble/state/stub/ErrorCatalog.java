package io.clouddouble.state.stub;

import com.fasterxml.jackson.databind.JsonNode;
import io.clouddouble.contract.Contract;
import io.clouddouble.contract.ContractRegistry;
import io.clouddouble.protocol.CloudError;
import java.util.List;
import java.util.Optional;

/**
 * Errors as stubs name them: a code and the arguments for its message's {@code %s} placeholders.
 * The status and the message template come from the operation's contract (its own errors and the
 * common ones it lists, such as DryRunOperation), the single source of truth.
 */
public final class ErrorCatalog {
  private final ContractRegistry contracts;

  public ErrorCatalog(ContractRegistry contracts) {
    this.contracts = contracts;
  }

  /** The documented entry for {@code code} in the contract of {@code operation} ({@code <Product>:<Operation>}). */
  public Optional<JsonNode> find(String operation, String code) {
    return contracts.byId(operation).flatMap(contract -> contracts.errorCatalogue().find(contract, code));
  }

  /** The error, its message's {@code %s} filled with {@code args} in order. */
  public CloudError error(String operation, String code, List<String> args) {
    Contract contract =
        contracts.byId(operation).orElseThrow(() -> new IllegalStateException("no contract for " + operation));
    JsonNode documented =
        contracts
            .errorCatalogue()
            .find(contract, code)
            .orElseThrow(() -> new IllegalStateException("the contract of " + operation + " does not document " + code));
    String template = documented.path("message").asText();
    StringBuilder message = new StringBuilder();
    int arg = 0;
    int pos = 0;
    for (int at = template.indexOf("%s"); at >= 0; at = template.indexOf("%s", pos)) {
      message.append(template, pos, at).append(arg < args.size() ? args.get(arg++) : "");
      pos = at + 2;
    }
    message.append(template.substring(pos));
    return new CloudError(documented.path("status").asInt(), code, message.toString());
  }
}
