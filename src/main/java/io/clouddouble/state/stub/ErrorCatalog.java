package io.clouddouble.state.stub;

import com.fasterxml.jackson.databind.JsonNode;
import io.clouddouble.contract.Contract;
import io.clouddouble.contract.ContractRegistry;
import io.clouddouble.protocol.CloudError;
import java.util.List;
import java.util.Optional;

/**
 * Errors as stubs name them: a code and the arguments for its message's {@code %s} (and
 * {@code {Name}}) placeholders.
 * The status and the message template come from the operation's contract (its own errors and the
 * common ones it lists, such as DryRunOperation), the single source of truth.
 */
public final class ErrorCatalog {
  private final ContractRegistry contracts;

  public ErrorCatalog(ContractRegistry contracts) {
    this.contracts = contracts;
  }

  private static final String NAME = "{Name}";

  /** The next placeholder: {@code %s}, or {@code {Name}} (the parameter a common error such as InvalidParameter names). */
  private static int next(String template, int from) {
    int percent = template.indexOf("%s", from);
    int name = template.indexOf(NAME, from);
    return percent < 0 ? name : name < 0 ? percent : Math.min(percent, name);
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
    for (int at = next(template, 0); at >= 0; at = next(template, pos)) {
      message.append(template, pos, at).append(arg < args.size() ? args.get(arg++) : "");
      pos = at + (template.startsWith("%s", at) ? 2 : NAME.length());
    }
    message.append(template.substring(pos));
    return new CloudError(documented.path("status").asInt(), code, message.toString());
  }
}
