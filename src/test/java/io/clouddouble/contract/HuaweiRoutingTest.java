package io.clouddouble.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.NullNode;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Huawei requests reach their operation by method and path template as the API gateway resolves
 * them: a literal segment before a variable, and where the SDK has two operations for one API, the
 * variant the request's discriminator selects.
 */
class HuaweiRoutingTest {
  private static final ContractRegistry CONTRACTS = ContractRegistry.load(Path.of("contracts"));
  private static final String ZONE = "2c9eb155587194ec01587224c9f90149";

  @Test
  void literalSegmentsWinOverVariables() {
    assertRoute("DNS:ShowPrivateZone", "GET", "/v2/zones/" + ZONE);
    assertRoute("DNS:ShowPrivateZoneNameServer", "GET", "/v2/zones/" + ZONE + "/nameservers");
    assertRoute("DNS:ListRecordSetsByZone", "GET", "/v2/zones/" + ZONE + "/recordsets");
    assertRoute("DNS:ShowRecordSet", "GET", "/v2/zones/" + ZONE + "/recordsets/" + ZONE);
    assertRoute("DNS:ShowRecordSetByZone", "GET", "/v2.1/zones/" + ZONE + "/recordsets");
    assertRoute("DNS:ListRecordSets", "GET", "/v2/recordsets");
    assertRoute("DNS:ListRecordSetsWithLine", "GET", "/v2.1/recordsets");
    assertRoute("DNS:ListNameServers", "GET", "/v2/nameservers");
    assertRoute("DNS:ListPtrRecords", "GET", "/v2/reverse/floatingips");
    assertRoute("DNS:ListTags", "GET", "/v2/" + ZONE + "/DNS-private_zone/tags");
    assertRoute("DNS:ShowResourceTag", "GET", "/v2/" + ZONE + "/DNS-private_zone/" + ZONE + "/tags");
    assertRoute("DNS:ListApiVersions", "GET", "/");
    assertRoute("DNS:ShowApiInfo", "GET", "/v2.1");
    assertTrue(CONTRACTS.huawei("GET", "/v2/nosuchapi").isEmpty(), "an undocumented path has no route");
  }

  @Test
  void pathVariablesAreTakenFromTheirSegments() {
    var match = CONTRACTS.huawei("PATCH", "/v2/reverse/floatingips/region_id:9e9c6d33-51a6-4f84-b504-c13301f1cc8c",
        Map.of(), body("{\"ptrdname\":\"www.example.com.\"}")).orElseThrow();
    assertEquals("DNS:CreateEipRecordSet", match.contract().id());
    assertEquals(Map.of("region", "region_id", "floatingip_id", "9e9c6d33-51a6-4f84-b504-c13301f1cc8c"), match.pathParams());
  }

  @Test
  void oneApiWithTwoSdkOperationsIsResolvedByItsDiscriminator() {
    assertEquals("DNS:ListPrivateZones", route("GET", "/v2/zones", Map.of("type", "private"), NullNode.getInstance()));
    assertEquals("DNS:ListPublicZones", route("GET", "/v2/zones", Map.of("type", "public"), NullNode.getInstance()));
    assertEquals("DNS:ListPublicZones", route("GET", "/v2/zones", Map.of(), NullNode.getInstance()));
    assertEquals("DNS:CreatePrivateZone", route("POST", "/v2/zones", Map.of(), body("{\"name\":\"a.\",\"zone_type\":\"private\"}")));
    assertEquals("DNS:CreatePublicZone", route("POST", "/v2/zones", Map.of(), body("{\"name\":\"a.\"}")));
    String ptr = "/v2/reverse/floatingips/region_id:9e9c6d33-51a6-4f84-b504-c13301f1cc8c";
    assertEquals("DNS:RestorePtrRecord", route("PATCH", ptr, Map.of(), body("{\"ptrdname\":null}")));
    assertEquals("DNS:RestorePtrRecord", route("PATCH", ptr, Map.of(), body("{}")));
    // the same API on the wire for both zone types: routed as the private variant, the zone decides
    assertEquals("DNS:DeletePrivateZone", route("DELETE", "/v2/zones/" + ZONE, Map.of(), NullNode.getInstance()));
    assertEquals("DNS:UpdatePrivateZone", route("PATCH", "/v2/zones/" + ZONE, Map.of(), body("{\"ttl\":300}")));
  }

  private static void assertRoute(String operation, String method, String path) {
    assertEquals(operation, route(method, path, Map.of(), NullNode.getInstance()), method + " " + path);
  }

  private static String route(String method, String path, Map<String, String> query, JsonNode body) {
    return CONTRACTS.huawei(method, path, query, body).map(m -> m.contract().id()).orElse("no route");
  }

  private static JsonNode body(String json) {
    try {
      return CanonicalJson.MAPPER.readTree(json);
    } catch (java.io.IOException e) {
      throw new IllegalArgumentException(e);
    }
  }
}
