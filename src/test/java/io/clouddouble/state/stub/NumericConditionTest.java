package io.clouddouble.state.stub;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.clouddouble.state.template.Bindings;
import org.junit.jupiter.api.Test;

/** The numeric path conditions {@code atLeast} and {@code lessThan} (quotas and limits). */
class NumericConditionTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  private static boolean holds(String condition, String actual) throws Exception {
    JsonNode c = JSON.readTree(condition);
    return StubEvaluation.compare(c, actual, Bindings.root().child().bind("q", JSON.readTree("{\"zone\": 500, \"text\": \"x\"}")));
  }

  @Test
  void comparesNumbersNotText() throws Exception {
    assertTrue(holds("{\"path\": \"n\", \"atLeast\": 20}", "20"));
    assertTrue(holds("{\"path\": \"n\", \"atLeast\": \"${q.zone}\"}", "1000"));
    assertFalse(holds("{\"path\": \"n\", \"atLeast\": \"${q.zone}\"}", "99"));
    assertTrue(holds("{\"path\": \"n\", \"lessThan\": \"${q.zone}\"}", "99"));
    assertFalse(holds("{\"path\": \"n\", \"lessThan\": 20}", "20"));
    assertFalse(holds("{\"path\": \"n\", \"atLeast\": \"${q.text}\"}", "1"), "not a number: never holds");
    assertFalse(holds("{\"path\": \"n\", \"lessThan\": 5}", null), "missing: never holds");
  }
}
