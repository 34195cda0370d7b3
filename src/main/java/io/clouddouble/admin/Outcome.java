package io.clouddouble.admin;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.tomakehurst.wiremock.extension.Parameters;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
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
    /** A short human-readable reason from what the answer recorded, or null when there is none to give. */
    String of(Parameters explained);
  }

  /** The conditions of the behaviour outcome that held (recorded by the behaviour responder). */
  public static final Reason BEHAVIOUR_CONDITION = explained -> explained(explained, BehaviourResponder.EXPLAINED_WHY);

  /** The answer's transformer parameters: what the behaviour responder recorded about it (or none). */
  static Parameters explanation(ServeEvent event) {
    ResponseDefinition answer = event.getResponseDefinition();
    Parameters parameters = answer == null ? null : answer.getTransformerParameters();
    return parameters == null ? Parameters.empty() : parameters;
  }

  /** What the behaviour responder recorded about the answer under {@code key}, or null. */
  static String explained(Parameters explained, String key) {
    Object value = explained.get(key);
    return value == null ? null : value.toString();
  }

  /**
   * The outcome of a call answered by {@code mapping} (null when none matched) with {@code explained}
   * recorded, for {@code operation}; {@code errorBody} is the body of an error answer (else null).
   */
  static Outcome of(String operation, String mapping, Parameters explained, byte[] errorBody, Reason reason) {
    String outcome = explained(explained, BehaviourResponder.EXPLAINED_OUTCOME);
    String name = outcome != null ? operation + " " + outcome : mapping;
    return new Outcome(name, errorCode(errorBody), reason.of(explained));
  }

  /** The error code of an error answer, from the provider's envelope (Alibaba, Huawei DNS, Huawei API gateway). */
  private static String errorCode(byte[] body) {
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
