package io.clouddouble.contracttest;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/** Small helpers the cases use to look into answers. */
final class Checks {
  private Checks() {}

  static Stream<JsonNode> stream(JsonNode array) {
    return StreamSupport.stream(array.spliterator(), false);
  }

  /** Whether an array of objects has one whose {@code field} is {@code value}. */
  static boolean contains(JsonNode array, String field, String value) {
    return stream(array).anyMatch(n -> n.path(field).asText().equals(value));
  }

  /** A behaviour the case relies on; failing it ends the case. */
  static void require(boolean condition, String what) {
    if (!condition) {
      throw new AssertionError("expected: " + what);
    }
  }
}
