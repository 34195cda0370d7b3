package io.clouddouble.admin;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.clouddouble.CloudDouble;
import io.clouddouble.Settings;
import io.clouddouble.auth.Accounts;
import io.clouddouble.testkit.Sdks;
import io.restassured.http.ContentType;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The admin API under /__admin/clouddouble/, over HTTP with rest-assured. */
class AdminApiTest {
  static final String ENDPOINT = "ep-bp1demo0endpoint000001";
  static CloudDouble fake;
  static String admin;

  @BeforeAll
  static void start() {
    // The PrivateLink demo world only: the counts below must not change as other products add theirs.
    fake = CloudDouble.start(Settings.defaults().withPort(0)
        .withWorld(java.nio.file.Path.of("stubs", "worlds", "demo", "alibaba-privatelink.json")));
    admin = fake.baseUrl() + "/__admin/clouddouble";
  }

  @AfterAll
  static void stop() {
    fake.stop();
  }

  @BeforeEach
  void reset() {
    given().post(admin + "/reset").then().statusCode(200).body("resources", equalTo(14));
  }

  @Test
  void stateDumpFiltersByCloudAccountRegionAndType() {
    String account = Accounts.alibabaAccountId(Sdks.ALIBABA_AK);
    given().queryParam("cloud", "alibaba").queryParam("accessKeyId", Sdks.ALIBABA_AK).queryParam("type", "VpcEndpointZone")
        .get(admin + "/state").then().statusCode(200).contentType(ContentType.JSON)
        .body("accounts[0].account", equalTo(account))
        .body("accounts[0].regions.cn-hangzhou.VpcEndpointZone", hasSize(2))
        .body("accounts[0].regions.cn-hangzhou.VpcEndpointZone.ZoneStatus", hasItem("Connected"))
        .body("clock.now", containsString("T"));
    given().queryParam("cloud", "alibaba").queryParam("region", "cn-shanghai").get(admin + "/state")
        .then().statusCode(200).body("accounts", hasSize(0));
    given().queryParam("account", account).get(admin + "/state")
        .then().statusCode(400).body("error", containsString("cloud="));
  }

  @Test
  void theClockAdvancesAndCompletesTransitions() {
    Instant before = Instant.parse(given().get(admin + "/clock").then().statusCode(200).extract().path("now"));
    disableDemoZone();
    given().body("{\"advance\":\"PT1M\"}").post(admin + "/clock").then().statusCode(200).body("offset", equalTo("PT1M"));
    Instant after = Instant.parse(given().get(admin + "/clock").then().extract().path("now"));
    assertEquals(true, Duration.between(before, after).compareTo(Duration.ofMinutes(1)) >= 0);
    assertEquals("Disconnected", zoneH());
    given().body("{\"advance\":\"soon\"}").post(admin + "/clock").then().statusCode(400).body("error", containsString("bad duration"));
    given().body("{}").post(admin + "/clock").then().statusCode(400);
    given().body("not json").post(admin + "/clock").then().statusCode(400).body("error", containsString("not JSON"));
  }

  @Test
  void transitionsCanBeMadeManualImmediateOrReadDriven() {
    given().get(admin + "/transitions").then().statusCode(200)
        .body("transitions.name", hasItem("privatelink-zone-disconnect"))
        .body("transitions.find { it.name == 'privatelink-zone-disconnect' }.progression", equalTo("after"));

    setProgression("{\"name\":\"privatelink-zone-disconnect\",\"progression\":\"manual\"}");
    disableDemoZone();
    given().body("{\"advance\":\"1h\"}").post(admin + "/clock").then().statusCode(200);
    assertEquals("Disconnecting", zoneH());
    given().get(admin + "/transitions").then().body("pending.transition", hasItem("privatelink-zone-disconnect"));
    setProgression("{\"name\":\"privatelink-zone-disconnect\",\"progression\":\"immediately\"}");
    assertEquals("Disconnected", zoneH());

    reset();
    setProgression("{\"name\":\"*\",\"progression\":\"afterReads\",\"reads\":2}");
    disableDemoZone();
    assertEquals("Disconnecting", zoneH());
    assertEquals("Disconnecting", zoneH());
    assertEquals("Disconnected", zoneH());

    given().body("{\"name\":\"no-such\",\"progression\":\"manual\"}").post(admin + "/transitions")
        .then().statusCode(400).body("error", containsString("unknown transition"));
    given().body("{\"name\":\"*\",\"progression\":\"sometimes\"}").post(admin + "/transitions").then().statusCode(400);
    given().body("{\"name\":\"*\",\"progression\":\"after\"}").post(admin + "/transitions").then().statusCode(400);
  }

  @Test
  void aWorldReplacesTheStateAndResetGoesBackToIt() {
    String dump = given().queryParam("cloud", "alibaba").get(admin + "/state").then().statusCode(200).extract().asString();
    given().body("{\"accounts\": []}").post(admin + "/world").then().statusCode(200).body("resources", equalTo(0));
    given().post(admin + "/reset").then().statusCode(200).body("resources", equalTo(0));
    // A dump is a world: posting it back restores the resources.
    given().body(dump).post(admin + "/world").then().statusCode(200).body("resources", equalTo(14));
    assertEquals("Connected", zoneH());

    given().body("{\"accounts\": [{\"cloud\": \"alibaba\", \"account\": \"1234567890123456\", \"regions\": {\"cn-hangzhou\": {\"Nope\": [{}]}}}]}")
        .post(admin + "/world").then().statusCode(400).body("error", containsString("unknown resource type"));
    given().body("{\"accounts\": [{\"cloud\": \"alibaba\", \"regions\": {}}]}")
        .post(admin + "/world").then().statusCode(400).body("error", containsString("accessKeyId"));
    given().body("{\"accounts\": [{\"cloud\": \"alibaba\", \"account\": \"1234567890123456\", \"regions\": {\"cn-hangzhou\": {\"VpcEndpoint\": [{\"EndpointName\": \"no id\"}]}}}]}")
        .post(admin + "/world").then().statusCode(400).body("error", containsString("EndpointId"));
    // A rejected world changes nothing.
    given().get(admin + "/state").then().body("accounts[0].regions.cn-hangzhou.VpcEndpoint", hasSize(1));
  }

  @Test
  void faultsAreValidatedListedAndCleared() {
    given().body("{\"operation\":\"Privatelink:Nope\",\"code\":\"Throttling.User\"}").post(admin + "/faults")
        .then().statusCode(400).body("error", containsString("no contract"));
    given().body("{\"operation\":\"Privatelink:DeleteVpcEndpoint\",\"code\":\"NotAnError\"}").post(admin + "/faults")
        .then().statusCode(400).body("error", containsString("not a documented error"));
    given().body("{\"operation\":\"Privatelink:DeleteVpcEndpoint\",\"code\":\"InternalError\",\"count\":3}").post(admin + "/faults")
        .then().statusCode(200).body("faults[0].remaining", equalTo(3));
    given().delete(admin + "/faults").then().statusCode(200).body("faults", hasSize(0));
  }

  private static void setProgression(String body) {
    given().body(body).post(admin + "/transitions").then().statusCode(200);
  }

  private static void disableDemoZone() {
    try {
      Sdks.callTea(Sdks.tea(fake), "DisableVpcEndpointZoneConnection", "2020-04-15",
          Map.of("RegionId", "cn-hangzhou", "ServiceId", "epsrv-bp1demo0service0000001", "EndpointId", ENDPOINT, "ZoneId", "cn-hangzhou-h"), null);
    } catch (Exception e) {
      throw new AssertionError(e);
    }
  }

  @SuppressWarnings("unchecked")
  private static String zoneH() {
    try {
      Map<String, Object> body = (Map<String, Object>) Sdks.callTea(Sdks.tea(fake), "ListVpcEndpointZones", "2020-04-15",
          Map.of("RegionId", "cn-hangzhou", "EndpointId", ENDPOINT), null).get("body");
      return ((java.util.List<Map<String, Object>>) body.get("Zones")).stream()
          .filter(z -> "cn-hangzhou-h".equals(z.get("ZoneId"))).map(z -> (String) z.get("ZoneStatus")).findFirst().orElseThrow();
    } catch (Exception e) {
      throw new AssertionError(e);
    }
  }
}
