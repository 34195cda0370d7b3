package io.clouddouble.state.transition;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/**
 * A declared async transition: resources of {@code type} whose {@code field} is one of
 * {@code from} become {@code to} (or are deleted when {@code to} is {@code gone}), setting the
 * extra {@code set} fields, then start {@code next}, if any.
 */
public record TransitionDefinition(
    String name,
    String type,
    String field,
    List<String> from,
    String to,
    JsonNode set,
    String next,
    Progression progression) {

  public static final String GONE = "gone";

  public boolean deletes() {
    return GONE.equals(to);
  }
}
