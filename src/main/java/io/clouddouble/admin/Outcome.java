package io.clouddouble.admin;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.tomakehurst.wiremock.matching.CustomMatcherDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import com.github.tomakehurst.wiremock.stubbing.StubMapping;
import java.io.IOException;

/**
 * The outcome a call got: the mapping that answered, the provider's error code if it was an error,
 * and why that outcome was chosen.
 */
public record Outcome(String mapping, String code, String why) {

  /**
   * Why the engine chose a call's outcome. This is the extension point for an engine that records
   * the condition that actually held; {@link #MATCHER_CONDITION} is what can be read today.
   */
  @FunctionalInterface
  public interface Reason {
    /** A short human-readable reason, or null when there is none to give. */
    String of(ServeEvent event);
  }

  /** The matched mapping's own condition: its {@code clouddouble-state} matcher's {@code when}. */
  public static final Reason MATCHER_CONDITION =
      event -> {
        StubMapping mapping = event.getStubMapping();
        CustomMatcherDefinition matcher = mapping == null ? null : mapping.getRequest().getCustomMatcher();
        if (matcher == null || matcher.getParameters() == null) {
          return null;
        }
        Object when = matcher.getParameters().get("when");
        return when == null ? null : AdminJson.JSON.valueToTree(when).toString();
      };

  static Outcome of(ServeEvent event, Reason reason) {
    StubMapping mapping = event.getStubMapping();
    String name = mapping == null || !event.getWasMatched() ? null : mapping.getName();
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
