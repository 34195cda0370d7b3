package io.clouddouble.state;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.hamcrest.Matchers.containsString;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The admin API's world generator: copies answer the official SDK as the original does, and reset forgets them. */
class WorldGeneratorTest extends PrivateLinkTestBase {
  static final String GENERATE =
      "{\"cloud\":\"alibaba\",\"type\":\"VpcEndpoint\",\"like\":\"" + DEMO_ENDPOINT + "\",\"count\":%d,"
          + "\"dependents\":[\"VpcEndpointZone\"]}";

  @Test
  void copiesAnswerLikeTheOriginalAndResetForgetsThem() {
    int zones = pl.list("ListVpcEndpointZones", "Zones", "EndpointId", DEMO_ENDPOINT).size();
    given().body(GENERATE.formatted(50)).post(pl.admin() + "/generate").then().statusCode(200)
        .body("created", org.hamcrest.Matchers.equalTo(50 * (1 + zones)));
    List<Map<String, Object>> endpoints = pl.list("ListVpcEndpoints", "Endpoints", "MaxResults", "1000");
    assertEquals(51, endpoints.stream().filter(e -> DEMO_SERVICE.equals(e.get("ServiceId"))).count());
    String copy = endpoints.stream().map(e -> (String) e.get("EndpointId")).filter(id -> !id.equals(DEMO_ENDPOINT))
        .findFirst().orElseThrow();
    assertEquals(DEMO_ENDPOINT.length(), copy.length());
    Map<String, Object> original = pl.endpointAttribute(DEMO_ENDPOINT);
    Map<String, Object> copied = pl.endpointAttribute(copy);
    assertEquals(copy, copied.get("EndpointId"));
    assertEquals(original.get("EndpointStatus"), copied.get("EndpointStatus"));
    assertEquals(zones, pl.list("ListVpcEndpointZones", "Zones", "EndpointId", copy).size());
    // A second call adds copies with ids of their own.
    given().body(GENERATE.formatted(1)).post(pl.admin() + "/generate").then().statusCode(200);
    pl.reset();
    assertEquals("EndpointNotFound", pl.fails("GetVpcEndpointAttribute", "EndpointId", copy).getCode());
  }

  @Test
  void badSpecificationsAre400s() {
    given().body(GENERATE.formatted(0)).post(pl.admin() + "/generate").then().statusCode(400)
        .body("error", containsString("count"));
    given().body("{\"cloud\":\"alibaba\",\"type\":\"VpcEndpoint\",\"like\":\"ep-nothing\",\"count\":1}")
        .post(pl.admin() + "/generate").then().statusCode(400).body("error", containsString("ep-nothing"));
    given().body("{\"cloud\":\"alibaba\",\"type\":\"Nothing\",\"like\":\"x\",\"count\":1}")
        .post(pl.admin() + "/generate").then().statusCode(400);
  }
}
