package io.clouddouble.state;

import com.huaweicloud.sdk.dns.v2.DnsClient;
import io.clouddouble.testkit.Sdks;
import org.junit.jupiter.api.BeforeEach;

/**
 * DNS tests whose transitions take a minute of the fake's clock, so a loaded machine's real time
 * never completes them between two calls; {@link #settle()} moves the clock past them.
 */
abstract class DnsSettledTestBase extends DnsTestBase {
  static final String ABSENT = "00000000000000000000000000000000";

  @BeforeEach
  void slowTransitions() {
    io.restassured.RestAssured.given().contentType("application/json")
        .body("{\"name\":\"*\",\"progression\":\"after\",\"duration\":\"1m\"}")
        .post(admin.admin() + "/transitions").then().statusCode(200);
  }

  void settle() {
    admin.advance("2m");
  }

  /** The same account signing without X-Project-Id (the AK maps to the README project). */
  DnsClient noProject() {
    return Sdks.huawei(fake, Sdks.HUAWEI_AK, Sdks.HUAWEI_SK, null);
  }
}
