package io.clouddouble.admin;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.clouddouble.CloudDouble;
import io.clouddouble.Settings;
import io.clouddouble.testkit.Sdks;
import io.restassured.http.ContentType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The admin API belongs to whoever runs the fake: beyond loopback it needs a token (or an explicit
 * --admin-open), every /__admin/** route (clouddouble's and WireMock's) then needs the bearer
 * token, health stays open, shutdown is off, and no route touches a disk path a request names.
 */
class AdminSecurityTest {
  static final String TOKEN = "team-token-3f9c1e";
  static CloudDouble fake;
  static String base;

  @BeforeAll
  static void start() {
    // Bound to every interface, as a shared fake is; the test itself reaches it on loopback only.
    fake = CloudDouble.start(Settings.defaults().withPort(0).withBind("0.0.0.0").withAdminToken(TOKEN));
    base = "http://127.0.0.1:" + fake.port();
  }

  @AfterAll
  static void stop() {
    fake.stop();
  }

  @Test
  void aNonLoopbackBindWithoutATokenRefusesToStart() throws Exception {
    IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
        () -> CloudDouble.start(Settings.defaults().withPort(0).withBind("0.0.0.0")));
    assertTrue(refused.getMessage().contains("--admin-token"), refused.getMessage());
    Process main = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-cp", System.getProperty("java.class.path"), "io.clouddouble.Main", "--bind", "0.0.0.0", "--port", "0")
        .redirectErrorStream(true).start();
    assertTrue(main.waitFor(60, TimeUnit.SECONDS));
    String output = new String(main.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertNotEquals(0, main.exitValue(), output);
    assertTrue(output.contains("--admin-token") && output.contains("--admin-open"), output);
    try (CloudDouble open = CloudDouble.start(Settings.defaults().withPort(0).withBind("0.0.0.0").withAdminOpen(true))) {
      given().get("http://127.0.0.1:" + open.port() + "/__admin/clouddouble/clock").then().statusCode(200);
    }
  }

  @Test
  void everyAdminRouteNeedsTheTokenButHealth() {
    for (String route : new String[] {"/__admin/clouddouble/state", "/__admin/clouddouble/clock", "/__admin/mappings",
        "/__admin/requests", "/__admin/settings", "/__admin/files"}) {
      given().get(base + route).then().statusCode(401).contentType(ContentType.JSON)
          .header("WWW-Authenticate", containsString("Bearer"))
          .body("error", containsString("Authorization: Bearer"));
      given().header("Authorization", "Bearer " + TOKEN + "x").get(base + route).then().statusCode(401);
      given().header("Authorization", TOKEN).get(base + route).then().statusCode(401);
    }
    given().post(base + "/__admin/clouddouble/reset").then().statusCode(401);
    given().contentType("application/json").body("{\"request\":{\"url\":\"/x\"},\"response\":{\"status\":200}}")
        .post(base + "/__admin/mappings").then().statusCode(401);
    given().get(base + "/__admin/health").then().statusCode(200);
    authorised().get(base + "/__admin/clouddouble/state").then().statusCode(200).body("clock.now", containsString("T"));
    authorised().get(base + "/__admin/mappings").then().statusCode(200);
  }

  @Test
  void theCloudApisNeedNoAdminToken() throws Exception {
    Map<String, ?> answer = Sdks.callTea(Sdks.tea("127.0.0.1:" + fake.port()), "ListVpcEndpoints", "2020-04-15",
        Map.of("RegionId", "cn-hangzhou"), null);
    assertEquals(200, ((Number) answer.get("statusCode")).intValue());
  }

  @Test
  void shutdownIsOffByDefault() {
    authorised().post(base + "/__admin/shutdown").then().statusCode(403).contentType(ContentType.JSON)
        .body("error", containsString("--allow-admin-shutdown"));
    given().get(base + "/__admin/health").then().statusCode(200);
  }

  @Test
  void noRouteReadsOrWritesADiskPathARequestNames() {
    authorised().get(base + "/__admin/files").then().statusCode(403);
    authorised().body("secret").put(base + "/__admin/files/..%2f..%2fpom.xml").then().statusCode(403);
    authorised().post(base + "/__admin/mappings/save").then().statusCode(403);
    authorised().body("{}").post(base + "/__admin/recordings/snapshot").then().statusCode(403);
    authorised().contentType("application/json")
        .body("{\"request\":{\"url\":\"/leak\"},\"response\":{\"status\":200,\"bodyFileName\":\"../../../../etc/passwd\"}}")
        .post(base + "/__admin/mappings").then().statusCode(403).body("error", containsString("bodyFileName"));
    given().get(base + "/leak").then().statusCode(not(equalTo(200)));
  }

  private static io.restassured.specification.RequestSpecification authorised() {
    return given().header("Authorization", "Bearer " + TOKEN);
  }
}
