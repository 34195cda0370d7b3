package io.clouddouble.state;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.clouddouble.CloudDouble;
import io.clouddouble.Settings;
import io.clouddouble.auth.Accounts;
import io.clouddouble.testkit.FakeAdmin;
import io.clouddouble.testkit.Sdks;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Two teams share one fake, one account each: each seeds and resets its own account, injects its
 * own faults and reads its own state, and never touches the other's resources.
 */
class AccountScopeTest {
  static final String TEAM_B = "teamBAccessKeyId";
  static final String ENDPOINT_B = "ep-bp1teamb0endpoint01";
  static CloudDouble fake;
  static String admin;

  @BeforeAll
  static void start() {
    fake = CloudDouble.start(Settings.defaults().withPort(0));
    admin = new FakeAdmin(fake).url();
  }

  @AfterAll
  static void stop() {
    fake.stop();
  }

  @Test
  void eachTeamSeedsAndResetsOnlyItsOwnAccount() {
    PrivateLinkClient teamA = new PrivateLinkClient(fake); // the demo world's account
    PrivateLinkClient teamB = teamA.as(TEAM_B);
    String worldB = PrivateLinkTestBase.world("epsrv-bp1teamb0service01", "", ENDPOINT_B, "")
        .replace("testAccessKeyId", TEAM_B);
    given().contentType("application/json").body(worldB).queryParam("cloud", "alibaba").queryParam("accessKeyId", TEAM_B)
        .post(admin + "/world").then().statusCode(200)
        .body("account", equalTo(Accounts.alibabaAccountId(TEAM_B)));
    given().contentType("application/json").body(worldB).queryParam("cloud", "alibaba").queryParam("accessKeyId", Sdks.ALIBABA_AK)
        .post(admin + "/world").then().statusCode(400).body("error", containsString("another account"));

    teamA.call("DisableVpcEndpointZoneConnection", "ServiceId", PrivateLinkTestBase.DEMO_SERVICE,
        "EndpointId", PrivateLinkTestBase.DEMO_ENDPOINT, "ZoneId", "cn-hangzhou-h");
    teamB.call("DisableVpcEndpointZoneConnection", "ServiceId", "epsrv-bp1teamb0service01",
        "EndpointId", ENDPOINT_B, "ZoneId", "cn-hangzhou-h");
    assertEquals("Disconnecting", teamA.zoneStatus(PrivateLinkTestBase.DEMO_ENDPOINT, "cn-hangzhou-h"));
    assertEquals("Disconnecting", teamB.zoneStatus(ENDPOINT_B, "cn-hangzhou-h"));

    given().queryParam("cloud", "alibaba").queryParam("accessKeyId", Sdks.ALIBABA_AK).post(admin + "/reset")
        .then().statusCode(200).body("account", equalTo(Accounts.alibabaAccountId(Sdks.ALIBABA_AK)));
    assertEquals("Connected", teamA.zoneStatus(PrivateLinkTestBase.DEMO_ENDPOINT, "cn-hangzhou-h"), "team A is back at its world");
    assertEquals("Disconnecting", teamB.zoneStatus(ENDPOINT_B, "cn-hangzhou-h"), "team B is untouched");

    given().queryParam("cloud", "alibaba").queryParam("accessKeyId", TEAM_B).post(admin + "/reset").then().statusCode(200)
        .body("resources", equalTo(0));
    assertEquals("EndpointNotFound", teamB.fails("ListVpcEndpointZones", "EndpointId", ENDPOINT_B).getCode());
    assertEquals("Connected", teamA.zoneStatus(PrivateLinkTestBase.DEMO_ENDPOINT, "cn-hangzhou-h"));
  }

  @Test
  void faultsCanBeForOneAccountAndTheClockStaysGlobal() {
    PrivateLinkClient teamA = new PrivateLinkClient(fake);
    PrivateLinkClient teamB = teamA.as(TEAM_B);
    given().contentType("application/json").queryParam("cloud", "alibaba").queryParam("accessKeyId", TEAM_B)
        .body("{\"operation\":\"Privatelink:ListVpcEndpoints\",\"code\":\"InternalError\",\"count\":1}")
        .post(admin + "/faults").then().statusCode(200).body("faults[0].account", equalTo(Accounts.alibabaAccountId(TEAM_B)));
    teamA.call("ListVpcEndpoints"); // team A gets no fault
    assertEquals("InternalError", teamB.fails("ListVpcEndpoints").getCode());
    teamB.call("ListVpcEndpoints"); // the fault was used up
    given().contentType("application/json").queryParam("cloud", "alibaba").queryParam("accessKeyId", TEAM_B)
        .body("{\"advance\":\"1m\"}").post(admin + "/clock").then().statusCode(400).body("error", containsString("global"));
    given().queryParam("account", "123").post(admin + "/reset").then().statusCode(400).body("error", containsString("cloud="));
  }
}
