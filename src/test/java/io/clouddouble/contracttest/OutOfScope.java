package io.clouddouble.contracttest;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.clouddouble.contract.Contract;

/**
 * A stand-in contract for an Alibaba action the suite needs but that is not in scope (deleting the
 * endpoint service a lifecycle created): it names the action and version, and puts every parameter
 * in the query. Its answers are never validated.
 */
final class OutOfScope {
  private OutOfScope() {}

  static Contract contract(Product product, String version, String action) {
    ObjectNode document = JsonNodeFactory.instance.objectNode();
    document.put("cloud", product.cloud());
    document.put("product", product.contractName());
    document.put("version", version);
    document.put("operation", action);
    document.putObject("binding").putObject("parameters");
    return new Contract(null, document);
  }
}
