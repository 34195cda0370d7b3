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

  @Test
  void jsonParsesATextAndStepsFollowACall() throws Exception {
    assertEquals("{\"vpc\":\"n1\",\"t\":1000,\"whole\":{\"a\":[1]}}",
        render("{\"vpc\":\"${json(x.cfg).VpcConfig.Name}\",\"t\":\"${int(json(x.cfg).ServiceTimeout)}\","
                + "\"whole\":\"${json(x.other)}\",\"bad\":\"${json(x.bad).a}\",\"none\":\"${json(x.nope)}\"}",
            "{\"x\":{\"cfg\":\"{\\\"ServiceTimeout\\\":\\\"1000\\\",\\\"VpcConfig\\\":{\\\"Name\\\":\\\"n1\\\"}}\","
                + "\"other\":\"{\\\"a\\\":[1]}\",\"bad\":\"{not json\"}}").toString());
    assertEquals("b", render("{\"s\":\"${split(x.csv, ',')[1]}\"}", "{\"x\":{\"csv\":\"a,b\"}}").get("s").asText());
  }

  @Test
  void digitsAndStampsAreNumericText() throws Exception {
    JsonNode out = render("{\"d\":\"${digits(14)}\",\"n\":\"${int(digits(14))}\",\"s\":\"${nowStamp()}\"}", "{}");
    assertEquals(true, out.get("d").asText().matches("[1-9][0-9]{13}"));
    assertEquals(true, out.get("n").isIntegralNumber());
    assertEquals(true, out.get("s").asText().matches("20[0-9]{15}"));
  }

  @Test
  void eachWithFirstRendersOneValueOrNothing() throws Exception {
    assertEquals(JSON.readTree("{\"one\":\"a\"}"),
        render("{\"one\":{\"$each\":\"x.zones\",\"$as\":\"z\",\"$item\":\"${z.ZoneId}\",\"$first\":true},"
                + "\"none\":{\"$each\":\"x.nope\",\"$first\":true}}",
            "{\"x\":{\"zones\":[{\"ZoneId\":\"a\"},{\"ZoneId\":\"b\"}]}}"));
  }

  @Test
  void productPairsEveryElementOfOneListWithEveryElementOfTheOther() throws Exception {
    assertEquals("{\"p\":[\"a/k1\",\"a/k2\",\"b/k1\",\"b/k2\"],\"none\":[]}",
        render("{\"p\":{\"$each\":\"product(x.ids, x.tags)\",\"$as\":\"q\",\"$item\":\"${q[0]}/${q[1].Key}\"},"
                + "\"none\":\"${product(x.ids, x.nope)}\"}",
            "{\"x\":{\"ids\":[\"a\",\"b\"],\"tags\":[{\"Key\":\"k1\"},{\"Key\":\"k2\"}]}}").toString());
  }

  // add(), maxCount() and flat(): what per-resource limits (tags per resource) are written with.
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
