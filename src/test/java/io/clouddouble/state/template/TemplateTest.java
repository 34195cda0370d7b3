package io.clouddouble.state.template;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

/** The template language as stubs/README.md documents it. */
class TemplateTest {
  static final ObjectMapper JSON = new ObjectMapper();

  private static JsonNode render(String template, String bindingsJson) throws Exception {
    Bindings bindings = Bindings.root();
    JSON.readTree(bindingsJson).fields().forEachRemaining(f -> bindings.bind(f.getKey(), f.getValue()));
    return Template.render(JSON.readTree(template), bindings);
  }

  @Test
  void wholeExpressionsKeepTheirTypeAndMixedOnesBecomeText() throws Exception {
    assertEquals(JSON.readTree("{\"n\":50,\"s\":\"id-50\",\"o\":{\"a\":1}}"),
        render("{\"n\":\"${x.n}\",\"s\":\"id-${x.n}\",\"o\":\"${x.o}\"}", "{\"x\":{\"n\":50,\"o\":{\"a\":1}}}"));
  }

  @Test
  void missingValuesDisappear() throws Exception {
    assertEquals(JSON.readTree("{\"kept\":[1]}"),
        render("{\"gone\":\"${x.nope}\",\"alsoGone\":\"a-${x.nope}\",\"kept\":[\"${x.one}\",\"${x.nope}\"]}", "{\"x\":{\"one\":1}}"));
  }

  @Test
  void fallbacksListsAndFunctions() throws Exception {
    assertEquals("{\"f\":\"dflt\",\"ids\":[\"a\",\"b\"],\"size\":2,\"d\":1,\"split\":[\"p\",\"q\"],\"empty\":[]}",
        render("{\"f\":\"${x.nope ?? 'dflt'}\",\"ids\":\"${x.zones.ZoneId}\",\"size\":\"${x.zones.size}\","
                + "\"d\":\"${size(distinct(x.dup))}\",\"split\":\"${split(x.csv, ',')}\",\"empty\":\"${x.nope ?? []}\"}",
            "{\"x\":{\"zones\":[{\"ZoneId\":\"a\"},{\"ZoneId\":\"b\"}],\"dup\":[\"z\",\"z\"],\"csv\":\"p,q\"}}").toString());
  }

  @Test
  void plusAddsWholeNumbers() throws Exception {
    assertEquals("{\"n\":21,\"m\":2}", render("{\"n\":\"${plus(size(x.a), 19)}\",\"m\":\"${plus(x.nope, '2')}\"}", "{\"x\":{\"a\":[1,2]}}").toString());
  }

  @Test
  void pickFindsTheElementWhoseFieldMatches() throws Exception {
    assertEquals("{\"r\":[\"2\"],\"none\":\"-\"}",
        render("{\"r\":\"${pick(x.sets, 'id', x.want, 'records')}\",\"none\":\"${pick(x.sets, 'id', 'zz', 'records') ?? '-'}\"}",
            "{\"x\":{\"want\":\"b\",\"sets\":[{\"id\":\"a\",\"records\":[\"1\"]},{\"id\":\"b\",\"records\":[\"2\"]}]}}").toString());
  }

  @Test
  void eachRendersOneItemPerElement() throws Exception {
    assertEquals(JSON.readTree("{\"Zones\":[{\"Id\":\"a\"},{\"Id\":\"b\"}]}"),
        render("{\"Zones\":{\"$each\":\"x.zones\",\"$as\":\"z\",\"$item\":{\"Id\":\"${z.ZoneId}\"}}}",
            "{\"x\":{\"zones\":[{\"ZoneId\":\"a\"},{\"ZoneId\":\"b\"}]}}"));
  }

  @Test
  void badExpressionsSayWhere() {
    IllegalArgumentException error = assertThrows(IllegalArgumentException.class, () -> Expression.parse("a.(b"));
    assertEquals("bad expression 'a.(b' at 2: name expected", error.getMessage());
    assertThrows(IllegalArgumentException.class, () -> Expression.parse("nosuch(1)"));
  }
}
