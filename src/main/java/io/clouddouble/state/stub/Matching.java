package io.clouddouble.state.stub;

import com.fasterxml.jackson.databind.JsonNode;
import io.clouddouble.state.template.Values;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * How a list query's {@code where} compares a resource's field with the expected value: scalars by
 * text; a scalar field against a list means "one of"; a list field (such as {@code Tags}) must
 * contain every expected element, objects matching when each expected member is equal.
 */
final class Matching {
  private Matching() {}

  static boolean matches(Object actual, Object expected) {
    if (actual == null) {
      return false;
    }
    if (Values.isList(actual)) {
      List<Object> have = Values.elements(actual);
      for (Object want : Values.elements(expected)) {
        if (have.stream().noneMatch(h -> element(h, want))) {
          return false;
        }
      }
      return true;
    }
    if (Values.isList(expected)) {
      return Values.elements(expected).stream().anyMatch(e -> element(actual, e));
    }
    return element(actual, expected);
  }

  private static boolean element(Object have, Object want) {
    if (want instanceof JsonNode wanted && wanted.isObject() && have instanceof JsonNode got && got.isObject()) {
      Iterator<Map.Entry<String, JsonNode>> members = wanted.fields();
      while (members.hasNext()) {
        Map.Entry<String, JsonNode> member = members.next();
        if (!member.getValue().asText().equals(got.path(member.getKey()).asText(null))) {
          return false;
        }
      }
      return true;
    }
    return Values.text(have) != null && Values.text(have).equals(Values.text(want));
  }
}
