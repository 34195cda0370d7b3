package io.clouddouble.state.stub;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.extension.ResponseDefinitionTransformerV2;
import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import com.github.tomakehurst.wiremock.stubbing.StubMapping;
import io.clouddouble.contract.ContractRegistry;
import io.clouddouble.protocol.Cloud;
import io.clouddouble.protocol.CloudError;
import io.clouddouble.protocol.Envelopes;
import io.clouddouble.protocol.TaggedAnswers;
import io.clouddouble.state.IdempotencyTokens;
import io.clouddouble.state.Resource;
import io.clouddouble.state.StateEngine;
import io.clouddouble.state.template.Template;
import io.clouddouble.state.template.Values;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Answers a request from its operation's behaviour: binds the lookups once, then walks the
 * outcomes in decision order and answers with the first whose conditions hold. An error outcome
 * renders the named code with the contract's status and message; a success applies the
 * {@code effects} (unless it is a DryRun, which answers DryRunOperation), renders the {@code body}
 * from state and wraps it in the provider's envelope. Successful writes with a ClientToken are
 * remembered for retries. When no outcome holds, the stubs have a gap, answered as an internal
 * error naming the operation.
 */
public final class BehaviourResponder implements ResponseDefinitionTransformerV2 {
  public static final String NAME = "clouddouble-behaviour";
  /**
   * The behaviour mapping's priority: after plain WireMock mappings at the default priority (5),
   * which a user may add under {@code stubs/mappings/} to override an operation, and before the
   * catch-all.
   */
  static final int PRIORITY = 100;
  /** Transformer parameters of an answer: the outcome that held, its conditions, the lookups bound (JSON). */
  public static final String EXPLAINED_OUTCOME = "clouddouble.outcome";
  public static final String EXPLAINED_WHY = "clouddouble.why";
  public static final String EXPLAINED_LOOKUPS = "clouddouble.lookups";
  private static final Logger LOG = Logger.getLogger(BehaviourResponder.class.getName());
  private final StateEngine engine;
  private final ContractRegistry contracts;
  private final ErrorCatalog errors;
  private final Behaviours behaviours;

  public BehaviourResponder(StateEngine engine, ContractRegistry contracts, ErrorCatalog errors, Behaviours behaviours) {
    this.engine = engine;
    this.contracts = contracts;
    this.errors = errors;
    this.behaviours = behaviours;
  }

  /** The one mapping that serves every behaviour (see {@link BehaviourMatcher}). */
  public static StubMapping mapping() {
    return any(anyUrl())
        .andMatching(BehaviourMatcher.NAME)
        .atPriority(PRIORITY)
        .willReturn(aResponse().withTransformers(NAME))
        .build();
  }

  @Override
  public String getName() {
    return NAME;
  }

  @Override
  public boolean applyGlobally() {
    return false;
  }

  @Override
  public ResponseDefinition transform(ServeEvent serveEvent) {
    return answerTo(serveEvent.getRequest());
  }

  /** True when {@code operation} ({@code Product:Operation}) has a behaviour to answer from. */
  boolean answers(String operation) {
    return behaviours.find(operation).isPresent();
  }

  /** The answer to a routed {@code request} whose operation has a behaviour. */
  ResponseDefinition answerTo(Request request) {
    engine.lock().holdForRequest();
    CallView call = CallView.recall(request, contracts);
    Behaviour behaviour = behaviours.find(call.operation()).orElseThrow();
    Outcome chosen = null;
    try {
      StubEvaluation evaluation = new StubEvaluation(engine, call);
      evaluation.let(behaviour.let());
      for (Outcome outcome : behaviour.outcomes()) {
        if (!outcome.todo() && evaluation.when(outcome.when())) {
          chosen = outcome;
          return explained(answer(evaluation, outcome.answer()), request, behaviour, chosen);
        }
      }
      throw gap(call);
    } catch (CloudError error) {
      return explained(Envelopes.error(call.cloud(), error, request), request, behaviour, chosen);
    } catch (RuntimeException bug) {
      LOG.log(Level.WARNING, "stub outcome failed for " + call.operation(), bug);
      return Envelopes.error(call.cloud(), internalError(call, "clouddouble stub error in " + call.operation() + ": " + bug.getMessage()), request);
    }
  }

  /**
   * The answer, with which outcome gave it and why kept as transformer parameters: the request log
   * reads them from the serve event (as text, when someone asks); the client never sees them. The
   * gateway's tags of {@code request} go in the same copy.
   */
  private static ResponseDefinition explained(
      ResponseDefinition answer, Request request, Behaviour behaviour, Outcome outcome) {
    Map<String, Object> explanation = new HashMap<>();
    explanation.put(EXPLAINED_OUTCOME, outcome == null ? "none" : outcome.name());
    explanation.put(EXPLAINED_WHY, outcome == null ? null : outcome.when());
    explanation.put(EXPLAINED_LOOKUPS, behaviour.let());
    return TaggedAnswers.with(answer, request, explanation);
  }

  private ResponseDefinition answer(StubEvaluation evaluation, JsonNode spec) {
    CallView call = evaluation.call();
    if (spec.has("error")) {
      throw error(call, spec.get("error"), evaluation);
    }
    JsonNode effects = spec.get("effects");
    boolean writes = effects != null && !effects.isEmpty();
    if (writes && "true".equalsIgnoreCase(call.param("DryRun"))) {
      throw errors.error(call.operation(), "DryRunOperation", List.of());
    }
    if (writes) {
      Effects.apply(effects, evaluation, engine);
    }
    Set<Resource> read = new HashSet<>();
    if (!writes) {
      evaluation.bindings().onRead(v -> {
        if (v instanceof Resource r) {
          read.add(r);
        }
      });
    }
    JsonNode rendered = spec.has("body") ? Template.render(spec.get("body"), evaluation.bindings()) : null;
    evaluation.bindings().onRead(null);
    read.forEach(engine::countRead);
    ObjectNode body = rendered instanceof ObjectNode object ? object : JsonNodeFactory.instance.objectNode();
    int status = spec.path("status").asInt(200);
    String token = call.cloud() == Cloud.ALIBABA ? call.param("ClientToken") : null;
    if (writes && token != null && !token.isEmpty()) {
      engine.tokens().remember(call.scope(), call.operation(), token,
          new IdempotencyTokens.Entry(ClientTokens.fingerprint(call.params()), status, body.deepCopy()));
    }
    return call.cloud() == Cloud.ALIBABA
        ? Envelopes.alibabaSuccess(body, call.requestId())
        : Envelopes.huawei(status, body, call.requestId());
  }

  private CloudError error(CallView call, JsonNode error, StubEvaluation evaluation) {
    String code = Values.text(Template.evaluate(error.get("code"), evaluation.bindings()));
    List<String> args = new ArrayList<>();
    for (JsonNode arg : error.path("args")) {
      String text = Values.text(Template.evaluate(arg, evaluation.bindings()));
      args.add(text == null ? "" : text);
    }
    return errors.error(call.operation(), code, args);
  }

  private static CloudError gap(CallView call) {
    return internalError(call, "clouddouble has no stub that answers " + call.operation() + " in this state; see stubs/README.md.");
  }

  private static CloudError internalError(CallView call, String message) {
    return new CloudError(500, call.cloud() == Cloud.ALIBABA ? "InternalError" : "DNS.0001", message);
  }
}
