package io.clouddouble.state;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.huaweicloud.sdk.dns.v2.model.DisassociateRouterResponse;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The seed operation: lifecycle and every documented business error, each from real state. */
class DisassociateRouterTest extends DnsTestBase {

  @Test
  void lifecycleFromCreateToDisassociated() {
    String a = vpc();
    String b = vpc();
    String zone = activeZone("shop.internal.", a);
    assertEquals("PENDING_CREATE", associate(zone, b).getStatus());
    assertEquals(Map.of(a, "ACTIVE", b, "PENDING_CREATE"), routers(zone));
    admin.advance("3s");
    assertEquals(Map.of(a, "ACTIVE", b, "ACTIVE"), routers(zone));

    DisassociateRouterResponse answer = disassociate(zone, a);
    assertEquals(202, answer.getHttpStatusCode());
    assertEquals("PENDING_DELETE", answer.getStatus());
    assertEquals(a, answer.getRouterId());
    assertEquals("cn-north-4", answer.getRouterRegion());
    assertEquals(Map.of(a, "PENDING_DELETE", b, "ACTIVE"), routers(zone));
    // A second call while it runs: the router is not in a steady state.
    assertError(400, "DNS.0704", "The VPC is not in a steady state.", fails(() -> disassociate(zone, a)));
    admin.advance("3s");
    assertEquals(Map.of(b, "ACTIVE"), routers(zone));
    assertError(400, "DNS.0707", "The VPC is not associated with the zone.", fails(() -> disassociate(zone, a)));
  }

  @Test
  void theLastVpcStays() {
    String a = vpc();
    String zone = activeZone("last.internal.", a);
    assertError(403, "DNS.0706",
        "You are not allowed to disassociate this VPC because this is the last VPC associated with this zone.",
        fails(() -> disassociate(zone, a)));
    assertEquals(Map.of(a, "ACTIVE"), routers(zone));
  }

  @Test
  void aRouterStillBeingAssociatedAndTheOnlyNormalOne() {
    String a = vpc();
    String b = vpc();
    String zone = activeZone("pending.internal.", a);
    associate(zone, b);
    assertError(400, "DNS.0708", "This VPC cannot be disassociated because it is being associated with the zone.",
        fails(() -> disassociate(zone, b)));
    // The other one is not ACTIVE yet, so a is the only normal VPC.
    assertError(403, "DNS.0709", "This VPC cannot be disassociated because this is the only normal VPC associated with this zone.",
        fails(() -> disassociate(zone, a)));
    admin.advance("3s");
    disassociate(zone, a);
    // Now b is the only normal VPC while a is leaving.
    String c = vpc();
    associate(zone, c);
    admin.advance("3s");
    assertEquals(Map.of(b, "ACTIVE", c, "ACTIVE"), routers(zone));
  }

  @Test
  void zoneAndVpcErrors() {
    assertError(404, "DNS.0302", "This zone does not exist.", fails(() -> disassociate("00000000000000000000000000000000", vpc())));
    String a = vpc();
    String zone = create("young.internal.", a).getId();
    // The zone is still PENDING_CREATE.
    assertError(400, "DNS.0209", "The zone is not in the Normal state.", fails(() -> disassociate(zone, a)));
    admin.advance("3s");
    assertError(400, "DNS.0701", "Invalid VPC.", fails(() -> disassociate(zone, "vpc-not-a-uuid")));
    assertError(400, "DNS.0707", "The VPC is not associated with the zone.", fails(() -> disassociate(zone, vpc())));
    // Once a world declares the project's VPCs, only those exist.
    admin.merge("""
        {"accounts": [{"cloud": "huawei", "account": "e55c6f3dc4e34c9f86353b664ae0e70c", "regions": {"cn-north-4": {
          "Vpc": [{"id": "%s"}]}}}]}
        """.formatted(a));
    assertError(404, "DNS.0711", "This VPC could not be found.", fails(() -> disassociate(zone, vpc())));
    assertError(404, "DNS.0711", "This VPC could not be found.", fails(() -> associate(zone, vpc())));
    // Deleting: not in the Normal state either.
    String b = vpc();
    admin.merge("""
        {"accounts": [{"cloud": "huawei", "account": "e55c6f3dc4e34c9f86353b664ae0e70c", "regions": {"cn-north-4": {
          "Vpc": [{"id": "%s"}]}}}]}
        """.formatted(b));
    associate(zone, b);
    admin.advance("3s");
    dns.deletePrivateZone(new com.huaweicloud.sdk.dns.v2.model.DeletePrivateZoneRequest().withZoneId(zone));
    assertError(400, "DNS.0209", "The zone is not in the Normal state.", fails(() -> disassociate(zone, b)));
  }

  @Test
  void theDemoZoneIsReadyForTheReadmeKey() {
    assertEquals(Map.of(DEMO_ROUTER_1, "ACTIVE", DEMO_ROUTER_2, "ACTIVE"), routers(DEMO_ZONE));
    assertEquals("PENDING_DELETE", disassociate(DEMO_ZONE, DEMO_ROUTER_2).getStatus());
    admin.advance("3s");
    assertEquals(Map.of(DEMO_ROUTER_1, "ACTIVE"), routers(DEMO_ZONE));
    assertError(403, "DNS.0706",
        "You are not allowed to disassociate this VPC because this is the last VPC associated with this zone.",
        fails(() -> disassociate(DEMO_ZONE, DEMO_ROUTER_1)));
  }
}
