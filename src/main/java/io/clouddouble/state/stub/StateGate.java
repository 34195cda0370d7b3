package io.clouddouble.state.stub;

import com.github.tomakehurst.wiremock.extension.requestfilter.ContinueAction;
import com.github.tomakehurst.wiremock.extension.requestfilter.RequestFilterAction;
import com.github.tomakehurst.wiremock.extension.requestfilter.StubRequestFilterV2;
import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import io.clouddouble.contract.ContractRegistry;
import io.clouddouble.protocol.Cloud;
import io.clouddouble.protocol.CloudError;
import io.clouddouble.protocol.Envelopes;
import io.clouddouble.protocol.TaggedAnswers;
import io.clouddouble.state.IdempotencyTokens;
import io.clouddouble.state.StateEngine;
import java.util.List;

/**
 * Runs after the gateway (which it wraps, so the order is certain): once a request is read,
 * authenticated and validated, it takes the state lock for the rest of the request, settles due
 * transitions, answers injected faults, and answers ClientToken retries with the first result (or
 * IdempotentParameterMismatch) before any stub is consulted.
 *
 * <p>While the server holds no {@link UserMappings user mappings}, it also answers a request whose
 * operation has a behaviour, from that behaviour, as the behaviour mapping would: WireMock's
 * matching would find that mapping and nothing before it, and skipping it saves a third of a
 * request's work (WireMock copies the request, with its URL and query parsed again, three times on
 * the way to a mapping's answer). Every answer given here keeps the gateway's tags ({@link TaggedAnswers}).
 */
public final class StateGate implements StubRequestFilterV2 {
  private final StubRequestFilterV2 gateway;
  private final StateEngine engine;
  private final ContractRegistry contracts;
  private final ErrorCatalog errors;
  private final BehaviourResponder responder;
  private final UserMappings userMappings;

  public StateGate(StubRequestFilterV2 gateway, StateEngine engine, ContractRegistry contracts, ErrorCatalog errors,
      BehaviourResponder responder, UserMappings userMappings) {
    this.gateway = gateway;
    this.engine = engine;
    this.contracts = contracts;
    this.errors = errors;
    this.responder = responder;
    this.userMappings = userMappings;
  }

  @Override
  public String getName() {
    return "clouddouble-gateway";
  }

  @Override
  public RequestFilterAction filter(Request request, ServeEvent serveEvent) {
    RequestFilterAction action = gateway.filter(request, serveEvent);
    if (!(action instanceof ContinueAction routed) || !CallView.routed(routed.getRequest())) {
      return action;
    }
    Request tagged = routed.getRequest();
    CallView call = CallView.of(tagged, contracts);
    call.remember();
    engine.lock().holdForRequest(call.operation(), "true".equalsIgnoreCase(call.param("DryRun")));
    engine.settle();
    try {
      String fault = engine.faults().take(call.operation(), call.scope());
      if (fault != null) {
        throw errors.error(call.operation(), fault, List.of());
      }
      String token = call.cloud() == Cloud.ALIBABA ? call.param("ClientToken") : null;
      if (token != null && !token.isEmpty()) {
        IdempotencyTokens.Entry first = engine.tokens().find(call.scope(), call.operation(), token);
        if (first != null) {
          if (!first.fingerprint().equals(ClientTokens.fingerprint(call.params()))) {
            throw errors.error(call.operation(), "IdempotentParameterMismatch", List.of());
          }
          return answered(Envelopes.alibabaSuccess(first.body().deepCopy(), call.requestId()), tagged);
        }
      }
    } catch (CloudError error) {
      return answered(Envelopes.error(call.cloud(), error, tagged), tagged);
    }
    if (responder.answers(call.operation()) && !userMappings.present()) {
      return answered(responder.answerTo(tagged), tagged);
    }
    return action;
  }

  private static RequestFilterAction answered(ResponseDefinition answer, Request tagged) {
    return RequestFilterAction.stopWith(TaggedAnswers.of(answer, tagged));
  }
}
