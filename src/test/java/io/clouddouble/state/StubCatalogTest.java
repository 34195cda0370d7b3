package io.clouddouble.state;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.clouddouble.contract.ContractRegistry;
import io.clouddouble.state.stub.Behaviour;
import io.clouddouble.state.stub.Behaviours;
import io.clouddouble.state.stub.ErrorCatalog;
import io.clouddouble.state.stub.Outcome;
import io.clouddouble.state.transition.Transitions;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The stubs as data: every behaviour file answers a contracted operation, names only errors its
 * contract documents, starts only declared transitions on declared types, and every emulated
 * operation has a success outcome.
 */
class StubCatalogTest {
  static final ObjectMapper JSON = new ObjectMapper();
  static final Path STUBS = Path.of("stubs");
  final ContractRegistry contracts = ContractRegistry.load(Path.of("contracts"));
  final ErrorCatalog errors = new ErrorCatalog(contracts);
  final Transitions transitions = Transitions.load(STUBS.resolve("transitions"));
  final ResourceTypes types = ResourceTypes.load(STUBS.resolve("types"));

  @Test
  void everyBehaviourIsConsistentWithTheContractsTypesAndTransitions() {
    Behaviours behaviours = Behaviours.load(STUBS.resolve("behaviour"));
    assertFalse(behaviours.all().isEmpty());
    Set<String> withSuccess = new HashSet<>();
    for (Behaviour behaviour : behaviours.all()) {
      String operation = behaviour.operation();
      assertTrue(contracts.byId(operation).isPresent(), "no contract for " + operation);
      String cloud = contracts.byId(operation).orElseThrow().cloud();
      for (Outcome outcome : behaviour.outcomes()) {
        JsonNode answer = outcome.answer();
        if (answer.has("error")) {
          String code = answer.at("/error/code").asText();
          assertTrue(errors.find(operation, code).isPresent(), code + " is not documented for " + operation);
        } else {
          withSuccess.add(operation);
          for (JsonNode effect : answer.path("effects")) {
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
      }
      behaviour.let().forEach(query -> types.get(cloud, query.path("type").asText()));
    }
    assertEquals(behaviours.all().stream().map(Behaviour::operation).collect(Collectors.toSet()), withSuccess,
        "every emulated operation has a success outcome");
  }
}
