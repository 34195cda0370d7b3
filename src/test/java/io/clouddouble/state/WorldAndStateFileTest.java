package io.clouddouble.state;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.clouddouble.CloudDouble;
import io.clouddouble.Settings;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Starting from another world or none, and keeping state across restarts with a state file. */
class WorldAndStateFileTest {
  @TempDir Path dir;

  @Test
  void noDemoStartsEmptyAndAWorldFileReplacesTheDemo() throws Exception {
    try (CloudDouble fake = CloudDouble.start(Settings.defaults().withPort(0).withDemo(false))) {
      given().post(fake.baseUrl() + "/__admin/clouddouble/reset").then().body("resources", equalTo(0));
    }
    Path world = dir.resolve("world.json");
    Files.writeString(world, PrivateLinkTestBase.world("epsrv-bp1file0service", "", "ep-bp1file0endpoint", ""));
    try (CloudDouble fake = CloudDouble.start(Settings.defaults().withPort(0).withWorld(world))) {
      PrivateLinkClient pl = new PrivateLinkClient(fake);
      assertEquals("Connected", pl.zoneStatus("ep-bp1file0endpoint", "cn-hangzhou-h"));
      assertEquals("EndpointNotFound", pl.fails("GetVpcEndpointAttribute", "EndpointId", PrivateLinkTestBase.DEMO_ENDPOINT).getCode());
    }
  }

  @Test
  void aStateFileKeepsResourcesAndTransitionsAcrossRestarts() {
    Path stateFile = dir.resolve("state.json");
    Settings settings = Settings.defaults().withPort(0).withStateFile(stateFile);
    try (CloudDouble fake = CloudDouble.start(settings)) {
      PrivateLinkClient pl = new PrivateLinkClient(fake);
      pl.call("DisableVpcEndpointZoneConnection", "ServiceId", PrivateLinkTestBase.DEMO_SERVICE,
          "EndpointId", PrivateLinkTestBase.DEMO_ENDPOINT, "ZoneId", "cn-hangzhou-h");
    }
    assertTrue(Files.isRegularFile(stateFile));
    try (CloudDouble fake = CloudDouble.start(settings)) {
      PrivateLinkClient pl = new PrivateLinkClient(fake);
      assertEquals("Disconnecting", pl.zoneStatus(PrivateLinkTestBase.DEMO_ENDPOINT, "cn-hangzhou-h"));
      pl.advance("5s");
      assertEquals("Disconnected", pl.zoneStatus(PrivateLinkTestBase.DEMO_ENDPOINT, "cn-hangzhou-h"));
      pl.reset(); // back to the world, not to the state file
      assertEquals("Connected", pl.zoneStatus(PrivateLinkTestBase.DEMO_ENDPOINT, "cn-hangzhou-h"));
    }
  }
}
