package io.clouddouble.state.stub;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.extension.Parameters;
import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.matching.MatchResult;
import com.github.tomakehurst.wiremock.matching.RequestMatcherExtension;
import io.clouddouble.contract.ContractRegistry;
import io.clouddouble.state.StateEngine;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The {@code clouddouble-state} custom matcher: a mapping applies only when the state satisfies
 * its {@code when} conditions (after binding its {@code let} queries). WireMock asks mappings in
 * priority order, so not-found outcomes are checked before status outcomes before success.
 */
public final class StateMatcher extends RequestMatcherExtension {
  public static final String NAME = "clouddouble-state";
  private static final Logger LOG = Logger.getLogger(StateMatcher.class.getName());
  private static final ObjectMapper JSON = new ObjectMapper();
  private final StateEngine engine;
  private final ContractRegistry contracts;

  public StateMatcher(StateEngine engine, ContractRegistry contracts) {
    this.engine = engine;
    this.contracts = contracts;
  }

  @Override
  public String getName() {
    return NAME;
  }

  @Override
  public MatchResult match(Request request, Parameters parameters) {
    if (!CallView.routed(request)) {
      return MatchResult.noMatch();
    }
    engine.lock().holdForRequest();
    try {
      JsonNode spec = JSON.valueToTree(parameters);
      StubEvaluation evaluation = new StubEvaluation(engine, CallView.of(request, contracts));
      evaluation.let(spec.get("let"));
      return MatchResult.of(evaluation.when(spec.get("when")));
    } catch (RuntimeException bug) {
      // A broken mapping must not take the others down: it just never matches, and says why.
      LOG.log(Level.WARNING, "state condition failed for " + parameters, bug);
      return MatchResult.noMatch();
    }
  }
}
