package io.clouddouble.contract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The curations of an {@code overlay.json} applied to one generated contract: each is an RFC 7386
 * merge patch ({@code patch}) and/or documented errors to add ({@code addErrors}; one with a code the
 * contract already lists replaces it), with its reason ({@code why}), recorded in the contract's
 * {@code curations}. Shared by the Alibaba and Huawei generators.
 */
final class Curations {
  private Curations() {}

  static void apply(ObjectNode contract, JsonNode overlay) {
    String id = contract.path("product").asText() + ":" + contract.path("operation").asText();
    ArrayNode applied = CanonicalJson.MAPPER.createArrayNode();
    for (JsonNode curation : overlay.path("curations").path(id)) {
      if (curation.has("patch")) {
        MergePatch.apply(contract, curation.get("patch"));
      }
      ArrayNode errors = (ArrayNode) contract.get("errors");
      for (JsonNode error : curation.path("addErrors")) {
        int existing = indexOf(errors, error.path("code").asText());
        if (existing >= 0) {
          errors.set(existing, error.deepCopy());
        } else {
          errors.add(error.deepCopy());
        }
      }
      applied.add(curation.path("why").asText());
    }
    if (!applied.isEmpty()) {
      contract.set("curations", applied);
    }
  }

  private static int indexOf(ArrayNode errors, String code) {
    for (int i = 0; i < errors.size(); i++) {
      if (errors.get(i).path("code").asText().equals(code)) {
        return i;
      }
    }
    return -1;
  }
}
