package io.clouddouble.admin;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.tomakehurst.wiremock.extension.Parameters;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import com.github.tomakehurst.wiremock.stubbing.StubMapping;
import io.clouddouble.protocol.GatewayHeaders;
import io.clouddouble.protocol.TaggedAnswers;
import io.clouddouble.state.stub.BehaviourResponder;
import java.io.IOException;

/**
 * The outcome a call got: the mapping that answered, the provider's error code if it was an error,
 * and why that outcome was chosen.
 */
public record Outcome(String mapping, String code, String why) {

  /** Why the engine chose a call's outcome; a seam so a log can be tested without an engine. */
  @FunctionalInterface
  public interface Reason {
    /** A short human-readable reason, or null when there is none to give. */
    String of(ServeEvent event);
  }

  /** The conditions of the behaviour outcome that held (recorded by the behaviour responder). */
  public static final Reason BEHAVIOUR_CONDITION = event -> explained(event, BehaviourResponder.EXPLAINED_WHY);

  /** What the behaviour responder recorded about the answer under {@code key}, or null. */
  static String explained(ServeEvent event, String key) {
    ResponseDefinition answer = event.getResponseDefinition();
    Parameters parameters = answer == null ? null : answer.getTransformerParameters();
    Object value = parameters == null ? null : parameters.get(key);
    return value == null ? null : value.toString();
  }

  static Outcome of(ServeEvent event, Reason reason) {
    StubMapping mapping = event.getStubMapping();
    String outcome = explained(event, BehaviourResponder.EXPLAINED_OUTCOME);
    String name =
        outcome != null
            ? GatewayHeaders.get(TaggedAnswers.request(event), GatewayHeaders.OPERATION) + " " + outcome
            : mapping == null || !event.getWasMatched() ? null : mapping.getName();
    return new Outcome(name, errorCode(event), reason.of(event));
  }

  /** The error code of an error answer, from the provider's envelope (Alibaba, Huawei DNS, Huawei API gateway). */
  private static String errorCode(ServeEvent event) {
    if (event.getResponse() == null || event.getResponse().getStatus() < 400) {
      return null;
    }
    byte[] body = event.getResponse().getBody();
    if (body == null || body.length == 0) {
      return null;
    }
    try {
      JsonNode json = AdminJson.JSON.readTree(body);
      for (String field : new String[] {"Code", "code", "error_code"}) {
        if (json != null && json.path(field).isTextual()) {
          return json.get(field).asText();
        }
      }
    } catch (IOException notJson) {
      // an answer without a JSON envelope has no code to show
    }
    return null;
  }
}
