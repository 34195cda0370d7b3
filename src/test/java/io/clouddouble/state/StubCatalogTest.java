package io.clouddouble.state;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.clouddouble.contract.ContractRegistry;
import io.clouddouble.state.stub.ErrorCatalog;
import io.clouddouble.state.transition.Transitions;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The stubs as data: every mapping answers a contracted operation, names only errors its contract
 * documents, starts only declared transitions on declared types, and every stubbed operation has
 * a success outcome.
 */
class StubCatalogTest {
  static final ObjectMapper JSON = new ObjectMapper();
  static final Path STUBS = Path.of("stubs");
  final ContractRegistry contracts = ContractRegistry.load(Path.of("contracts"));
  final ErrorCatalog errors = new ErrorCatalog(contracts);
  final Transitions transitions = Transitions.load(STUBS.resolve("transitions"));
  final ResourceTypes types = ResourceTypes.load(STUBS.resolve("types"));

  @Test
  void everyMappingIsConsistentWithTheContractsTypesAndTransitions() throws IOException {
    List<Path> files;
    try (Stream<Path> walk = Files.walk(STUBS.resolve("mappings"))) {
      files = walk.filter(f -> f.toString().endsWith(".json")).sorted().toList();
    }
    assertFalse(files.isEmpty());
    Set<String> withSuccess = new HashSet<>();
    Set<String> stubbed = new HashSet<>();
    for (Path file : files) {
      JsonNode mapping = JSON.readTree(file.toFile());
      String cloud = STUBS.resolve("mappings").relativize(file).getName(0).toString();
      String operation = mapping.at("/request/headers/X-CloudDouble-Operation/equalTo").asText();
      assertTrue(contracts.byId(operation).isPresent(), file + ": no contract for " + operation);
      assertEquals("clouddouble-state", mapping.at("/request/customMatcher/name").asText(), file.toString());
      assertEquals("clouddouble-outcome", mapping.at("/response/transformers/0").asText(), file.toString());
      stubbed.add(operation);
      JsonNode outcome = mapping.at("/response/transformerParameters");
      if (outcome.has("error")) {
        String code = outcome.at("/error/code").asText();
        assertTrue(errors.find(operation, code).isPresent(), file + ": " + code + " is not documented for " + operation);
        assertEquals(file.getFileName().toString(), code + ".json", "an error outcome's file is named after its code");
      } else {
        withSuccess.add(operation);
        for (JsonNode effect : outcome.path("effects")) {
          if (effect.has("create")) {
            types.get(cloud, effect.get("create").asText());
          }
          for (JsonNode start : effect.path("start").isArray() ? effect.get("start") : JSON.createArrayNode().add(effect.path("start"))) {
            if (!start.isMissingNode()) {
              transitions.definition(start.asText());
            }
          }
        }
      }
      mapping.at("/request/customMatcher/parameters/let").forEach(query -> types.get(cloud, query.path("type").asText()));
    }
    assertEquals(stubbed, withSuccess, "every stubbed operation has a success outcome");
  }
}
