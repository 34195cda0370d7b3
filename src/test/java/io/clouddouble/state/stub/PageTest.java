package io.clouddouble.state.stub;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.clouddouble.state.Resource;
import io.clouddouble.state.ResourceStore;
import io.clouddouble.state.ResourceType;
import io.clouddouble.state.Scope;
import io.clouddouble.state.template.Bindings;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** NextToken pages name what the walk returned, so creates and deletes between pages never shift it. */
class PageTest {
  static final ObjectMapper JSON = new ObjectMapper();
  static final ResourceType TYPE =
      new ResourceType("alibaba", "Thing", JsonNodeFactory.instance.textNode("${Id}"), true, null);
  static final Scope SCOPE = new Scope("alibaba", "1", "cn-hangzhou");
  final ResourceStore store = new ResourceStore();

  private Resource thing(String id) {
    return store.create(TYPE, SCOPE, List.of(), JsonNodeFactory.instance.objectNode().put("Id", id));
  }

  private static Page page(List<Resource> all, int size, String token) throws Exception {
    JsonNode spec = JSON.readTree("{\"style\":\"nextToken\",\"token\":\"${t}\",\"size\":" + size + ",\"default\":50,\"max\":100}");
    Bindings bindings = Bindings.root();
    if (token != null) {
      bindings.bind("t", JsonNodeFactory.instance.textNode(token));
    }
    return Page.of(all, spec, bindings);
  }

  @SuppressWarnings("unchecked")
  private static List<String> ids(Page page) {
    List<String> out = new ArrayList<>();
    ((List<Resource>) page.member("items")).forEach(r -> out.add(r.id()));
    return out;
  }

  private List<Resource> live() {
    return new ArrayList<>(store.list(SCOPE, "Thing", false));
  }

  @Test
  void deletesAndCreatesBetweenPagesNeitherSkipNorRepeat() throws Exception {
    List<Resource> things = new ArrayList<>();
    for (int i = 0; i < 6; i++) {
      things.add(thing("t" + i));
    }
    Page first = page(live(), 2, null);
    assertEquals(List.of("t0", "t1"), ids(first));
    String token = first.member("nextToken").toString().replace("\"", "");
    assertEquals(32, token.length());
    // an offset token would now skip t2: t0 is gone
    store.remove(things.get(0));
    thing("t6");
    Page second = page(live(), 2, token);
    assertEquals(List.of("t2", "t3"), ids(second));
    assertEquals(6, ((JsonNode) second.member("total")).asInt());
    String token2 = second.member("nextToken").toString().replace("\"", "");
    store.remove(things.get(4));
    Page third = page(live(), 2, token2);
    assertEquals(List.of("t5", "t6"), ids(third));
    assertNull(third.member("nextToken"));
    assertFalse(((JsonNode) third.member("more")).asBoolean());
  }

  @Test
  void theSameWalkGetsTheSameTokenAndUnknownTokensAreOffsetsOrStartOver() throws Exception {
    for (int i = 0; i < 5; i++) {
      thing("u" + i);
    }
    Object a = page(live(), 2, null).member("nextToken");
    Object b = page(live(), 2, null).member("nextToken");
    assertNotNull(a);
    assertEquals(a, b);
    assertEquals(List.of("u3", "u4"), ids(page(live(), 2, String.format("%032x", 3))));
    assertEquals(List.of("u0", "u1"), ids(page(live(), 2, "not-a-token")));
    assertEquals(List.of("u0", "u1"), ids(page(live(), 2, "f".repeat(32))));
  }

  @Test
  void aMarkerWhoseResourceWasDeletedGoesOnAfterItsPlace() throws Exception {
    List<Resource> things = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      things.add(thing("m" + i));
    }
    JsonNode spec = JSON.readTree("{\"style\":\"offset\",\"size\":2,\"marker\":\"${m}\",\"default\":500,\"max\":500}");
    Page first = Page.of(live(), spec, Bindings.root());
    assertEquals(List.of("m0", "m1"), ids(first));
    String marker = first.member("nextMarker").toString().replace("\"", "");
    assertEquals("m1", marker);
    store.remove(things.get(1)); // the marker itself
    store.remove(things.get(0));
    thing("m5");
    Bindings bindings = Bindings.root();
    bindings.bind("m", JsonNodeFactory.instance.textNode(marker));
    Page second = Page.of(live(), spec, bindings);
    assertEquals(List.of("m2", "m3"), ids(second), "the walk goes on after the deleted marker's place");
  }
}
