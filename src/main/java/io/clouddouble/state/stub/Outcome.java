package io.clouddouble.state.stub;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * One outcome of an operation's behaviour: the conditions under which it is the answer (none:
 * always; {@code "TODO"}: not written yet, so never) and the answer itself, either a documented
 * {@code error} or {@code effects}, a {@code body} and a {@code status}.
 */
public record Outcome(JsonNode when, JsonNode answer) {
  /** What a scaffolded outcome's condition says until someone writes it. */
  public static final String TODO = "TODO";

  /** True while the condition is still the scaffold's placeholder: the outcome is not served. */
  public boolean todo() {
    return when != null && when.isTextual() && TODO.equals(when.asText());
  }

  /** The error code this outcome answers, or {@code success}. */
  public String name() {
    return answer.has("error") ? answer.path("error").path("code").asText() : "success";
  }
}
