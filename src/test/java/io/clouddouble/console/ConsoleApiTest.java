package io.clouddouble.console;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.aliyun.tea.TeaException;
import io.clouddouble.CloudDouble;
import io.clouddouble.Settings;
import io.clouddouble.testkit.Sdks;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The admin endpoints the console reads, driven by the Tea SDK: paged and filtered resources, a
 * resource's state history, pending transitions completed one at a time, the request log with its
 * outcomes and links (and no secrets), the coverage table, and their answers to bad input.
 */
class ConsoleApiTest {
  private static final String ENDPOINT = "ep-bp1demo0endpoint000001";
  private static final String ZONE = ENDPOINT + "/cn-hangzhou-h";
  private static CloudDouble fake;
  private static String admin;

  @BeforeAll
  static void start() {
    fake = CloudDouble.start(Settings.defaults().withPort(0));
    admin = fake.baseUrl() + "/__admin/clouddouble";
  }

  @AfterAll
  static void stop() {
    fake.stop();
  }

  @BeforeEach
  void reset() {
    given().post(admin + "/reset").then().statusCode(200);
  }

  @Test
  void resourcesArePagedAndFilteredOnTheServer() {
    StringBuilder many = new StringBuilder();
    for (int i = 0; i < 1_200; i++) {
      many.append(i == 0 ? "" : ",").append(String.format(
          "{\"VpcAccessId\":\"bulk%04d\",\"Name\":\"bulk\",\"VpcId\":\"vpc-bulk\",\"InstanceId\":\"i-bulk%04d\",\"Port\":80}", i, i));
    }
    given().body("{\"accounts\":[{\"cloud\":\"alibaba\",\"accessKeyId\":\"bulkKey\",\"regions\":{\"cn-beijing\":{\"VpcAccess\":["
            + many + "]}}}]}")
        .post(admin + "/world?merge=true").then().statusCode(200);

    given().queryParam("region", "cn-beijing").queryParam("offset", 1_150).queryParam("limit", 100)
        .get(admin + "/resources").then().statusCode(200)
        .body("total", equalTo(1_200))
        .body("resources", hasSize(50))
        .body("resources[0].id", equalTo("bulk1150"))
        .body("facets.region", hasItems("cn-beijing", "cn-hangzhou", "cn-north-4"));
    given().queryParam("q", "BULK0042").get(admin + "/resources").then().statusCode(200)
        .body("total", equalTo(1)).body("resources[0].type", equalTo("VpcAccess"));
    // the search text also finds state values
    given().queryParam("type", "VpcEndpointZone").queryParam("q", "connected").get(admin + "/resources")
        .then().statusCode(200).body("total", equalTo(2)).body("resources.state.ZoneStatus", everyItem(equalTo("Connected")));
    given().queryParam("limit", 0).get(admin + "/resources").then().statusCode(400).body("error", containsString("limit"));
  }

  @Test
  void aCallShowsInTheLogWithItsOutcomeAndTheResourcesItTouched() throws Exception {
    // the log spans the fake's life (a reset does not clear it): look only at this test's calls
    long before = given().get(admin + "/requests").then().extract().path("recorded") instanceof Number n ? n.longValue() : 0;
    disable();
    TeaException again = assertThrows(TeaException.class, this::disable);

    given().queryParam("operation", "disablevpcendpointzone").queryParam("after", before - 1)
        .get(admin + "/requests").then().statusCode(200)
        .body("capacity", equalTo(1_000))
        .body("requests", hasSize(2))
        .body("requests[0].code", equalTo(again.getCode()))
        .body("requests[0].status", equalTo(400))
        .body("requests[0].why", containsString("zone.ZoneStatus"))
        .body("requests[1].status", equalTo(200))
        .body("requests[1].mapping", equalTo("Privatelink:DisableVpcEndpointZoneConnection success"))
        .body("requests[1].account", equalTo(io.clouddouble.auth.Accounts.alibabaAccountId(Sdks.ALIBABA_AK)))
        .body("requests[1].region", equalTo("cn-hangzhou"))
        .body("requests[1].resources.id", hasItems("epsrv-bp1demo0service0000001", ENDPOINT, ZONE));
    given().queryParam("status", "2xx").queryParam("cloud", "alibaba").queryParam("after", before - 1)
        .get(admin + "/requests").then()
        .body("requests", hasSize(1)).body("requests[0].code", equalTo(null));
    given().queryParam("code", "IncorrectStatus.VpcEndpointZone").queryParam("limit", 1).get(admin + "/requests")
        .then().body("requests", hasSize(1));
    // what signs a call never leaves the fake
    given().get(admin + "/requests").then()
        .body(not(containsString("ACS3-HMAC-SHA256"))).body(not(containsString(Sdks.ALIBABA_AK)))
        .body(not(containsString("Signature")));
    given().queryParam("status", "ok").get(admin + "/requests").then().statusCode(400);
  }

  @Test
  void aResourceShowsItsHistoryAndOneTransitionCompletesOnRequest() throws Exception {
    given().body("{\"name\":\"*\",\"progression\":\"manual\"}").post(admin + "/transitions").then().statusCode(200);
    disable();

    given().get(admin + "/transitions/pending").then().statusCode(200)
        .body("pending", hasSize(1))
        .body("pending[0].transition", equalTo("privatelink-zone-disconnect"))
        .body("pending[0].progression", equalTo("manual"));
    given().body("{\"transition\":\"privatelink-zone-disconnect\",\"cloud\":\"alibaba\",\"type\":\"VpcEndpointZone\",\"id\":\"" + ZONE + "\"}")
        .post(admin + "/transitions/complete").then().statusCode(200)
        .body("completed", equalTo(1)).body("pending", hasSize(0));

    given().queryParam("cloud", "alibaba").queryParam("type", "VpcEndpointZone").queryParam("id", ZONE)
        .get(admin + "/resource").then().statusCode(200)
        .body("exists", equalTo(true))
        .body("state.ZoneStatus", equalTo("Disconnected"))
        .body("fields.ZoneStatus", equalTo("Disconnected"))
        .body("history.event", equalTo(java.util.List.of("created", "changed", "changed")))
        .body("history[1].from", equalTo("Connected")).body("history[1].to", equalTo("Disconnecting"))
        .body("history[2].to", equalTo("Disconnected"))
        .body("history[2].cause", equalTo("transition privatelink-zone-disconnect"));

    given().body("{\"transition\":\"privatelink-zone-disconnect\"}").post(admin + "/transitions/complete")
        .then().statusCode(400).body("error", startsWith("no pending transition"));
    given().body("{}").post(admin + "/transitions/complete").then().statusCode(400);
    given().queryParam("cloud", "alibaba").queryParam("type", "VpcEndpointZone").queryParam("id", "nope")
        .get(admin + "/resource").then().statusCode(404).body("error", containsString("no such resource"));
  }

  @Test
  void coverageIsServedAsATable() {
    given().get(admin + "/coverage").then().statusCode(200)
        .body("totals.outcomes", greaterThan(100))
        .body("rows.findAll { it.operation == 'Privatelink:DisableVpcEndpointZoneConnection' }.outcome",
            hasItems("success", "IncorrectStatus.VpcEndpointZone"))
        .body("rows.findAll { it.operation == 'Privatelink:DisableVpcEndpointZoneConnection' }.stub", hasItem(true));
  }

  @Test
  void theConsoleIsServedFromTheJar() {
    given().get(admin + "/ui").then().statusCode(200).contentType(containsString("text/html"))
        .body(containsString("ui/console.js"));
    given().get(admin + "/ui/console.js").then().statusCode(200).contentType(containsString("javascript"));
    given().get(admin + "/ui/..%2Fclouddouble.txt").then().statusCode(404);
  }

  private void disable() throws Exception {
    Sdks.callTea(Sdks.tea(fake), "DisableVpcEndpointZoneConnection", "2020-04-15",
        Map.of("RegionId", "cn-hangzhou", "ServiceId", "epsrv-bp1demo0service0000001",
            "EndpointId", ENDPOINT, "ZoneId", "cn-hangzhou-h"), null);
  }
}
