package io.clouddouble.state.template;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

/** add(), maxCount() and flat(): what per-resource limits (tags per resource) are written with. */
class CountingFunctionsTest {
  static final ObjectMapper JSON = new ObjectMapper();

  private static JsonNode render(String template, String bindingsJson) throws Exception {
    Bindings bindings = Bindings.root();
    JSON.readTree(bindingsJson).fields().forEachRemaining(f -> bindings.bind(f.getKey(), f.getValue()));
    return Template.render(JSON.readTree(template), bindings);
  }

  @Test
  void addSumsAndMissingCountsAsZero() throws Exception {
    assertEquals("{\"s\":5,\"m\":3,\"t\":\"n=5\"}",
        render("{\"s\":\"${add(x.a, x.b)}\",\"m\":\"${add(x.nope, 3)}\",\"t\":\"n=${add(size(x.l), 3)}\"}",
            "{\"x\":{\"a\":2,\"b\":\"3\",\"l\":[1,2]}}").toString());
  }

  @Test
  void maxCountIsTheLargestMultiplicity() throws Exception {
    assertEquals("{\"m\":3,\"e\":0,\"one\":1}",
        render("{\"m\":\"${maxCount(x.tags.ResourceId)}\",\"e\":\"${maxCount(x.nope)}\",\"one\":\"${maxCount(x.s)}\"}",
            "{\"x\":{\"s\":\"a\",\"tags\":[{\"ResourceId\":\"r1\"},{\"ResourceId\":\"r2\"},{\"ResourceId\":\"r1\"},{\"ResourceId\":\"r1\"}]}}")
            .toString());
  }

  @Test
  void flatJoinsListsOfLists() throws Exception {
    assertEquals("{\"f\":[1,2,3,\"s\"],\"keys\":[{\"Key\":\"a\"},{\"Key\":\"b\"},{\"Key\":\"c\"}]}",
        render("{\"f\":\"${flat(x.l)}\",\"keys\":\"${flat(x.r.Staged)}\"}",
            "{\"x\":{\"l\":[[1,2],[3],\"s\"],\"r\":[{\"Staged\":[{\"Key\":\"a\"},{\"Key\":\"b\"}]},{\"Staged\":[{\"Key\":\"c\"}]}]}}")
            .toString());
  }

  @Test
  void grepKeepsTheElementsMatchingTheWholeRegex() throws Exception {
    assertEquals("{\"g\":[\"custom_a1\",\"custom_b2\"],\"n\":0}",
        render("{\"g\":\"${grep(x.l, 'custom_[0-9a-z]+')}\",\"n\":\"${size(grep(x.none, 'custom_.*'))}\"}",
            "{\"x\":{\"l\":[\"custom_a1\",\"Dianxin\",\"custom_b2\",\"xcustom_c3\"]}}")
            .toString());
  }
}
