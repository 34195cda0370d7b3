package io.clouddouble.state.stub;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.extension.ResponseTransformerV2;
import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.http.Response;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.matching.CustomMatcherDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import io.clouddouble.contract.ContractRegistry;
import io.clouddouble.protocol.Cloud;
import io.clouddouble.protocol.CloudError;
import io.clouddouble.protocol.Envelopes;
import io.clouddouble.state.IdempotencyTokens;
import io.clouddouble.state.Resource;
import io.clouddouble.state.StateEngine;
import io.clouddouble.state.template.Template;
import io.clouddouble.state.template.Values;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The {@code clouddouble-outcome} response transformer: answers with the mapping's outcome. An
 * {@code error} outcome renders the named code with the contract's status and message; a success
 * applies the {@code effects} (unless it is a DryRun, which answers DryRunOperation), renders the
 * {@code body} template from state and wraps it in the provider's envelope. Successful writes
 * with a ClientToken are remembered for retries.
 */
public final class StateTransformer implements ResponseTransformerV2 {
  public static final String NAME = "clouddouble-outcome";
  private static final Logger LOG = Logger.getLogger(StateTransformer.class.getName());
  private static final ObjectMapper JSON = new ObjectMapper();
  private final StateEngine engine;
  private final ContractRegistry contracts;
  private final ErrorCatalog errors;

  public StateTransformer(StateEngine engine, ContractRegistry contracts, ErrorCatalog errors) {
    this.engine = engine;
    this.contracts = contracts;
    this.errors = errors;
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
  public Response transform(Response response, ServeEvent serveEvent) {
    Request request = serveEvent.getRequest();
    if (!CallView.routed(request)) {
      return response;
    }
    engine.lock().holdForRequest();
    CallView call = CallView.of(request, contracts);
    ResponseDefinition answer;
    try {
      answer = answer(call, matcherSpec(serveEvent), JSON.valueToTree(serveEvent.getTransformerParameters()));
    } catch (CloudError error) {
      answer = Envelopes.error(call.cloud(), error, request);
    } catch (RuntimeException bug) {
      LOG.log(Level.WARNING, "stub outcome failed for " + call.operation(), bug);
      answer = Envelopes.error(call.cloud(), internalError(call, bug), request);
    }
    return Response.response()
        .status(answer.getStatus())
        .headers(answer.getHeaders())
        .body(answer.getBody())
        .build();
  }

  private ResponseDefinition answer(CallView call, JsonNode matcherSpec, JsonNode spec) {
    StubEvaluation evaluation = new StubEvaluation(engine, call);
    evaluation.let(matcherSpec.get("let"));
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

  private static JsonNode matcherSpec(ServeEvent serveEvent) {
    CustomMatcherDefinition matcher =
        serveEvent.getStubMapping() == null ? null : serveEvent.getStubMapping().getRequest().getCustomMatcher();
    return matcher == null || matcher.getParameters() == null
        ? JsonNodeFactory.instance.objectNode()
        : JSON.valueToTree(matcher.getParameters());
  }

  private static CloudError internalError(CallView call, RuntimeException bug) {
    return new CloudError(
        500,
        call.cloud() == Cloud.ALIBABA ? "InternalError" : "DNS.0001",
        "clouddouble stub error in " + call.operation() + ": " + bug.getMessage());
  }
}
