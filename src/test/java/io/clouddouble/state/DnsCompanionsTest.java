package io.clouddouble.state;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.huaweicloud.sdk.dns.v2.model.CreatePrivateZoneReq;
import com.huaweicloud.sdk.dns.v2.model.CreatePrivateZoneRequest;
import com.huaweicloud.sdk.dns.v2.model.CreatePrivateZoneResponse;
import com.huaweicloud.sdk.dns.v2.model.DeletePrivateZoneRequest;
import com.huaweicloud.sdk.dns.v2.model.DeletePrivateZoneResponse;
import com.huaweicloud.sdk.dns.v2.model.ListPrivateZonesRequest;
import com.huaweicloud.sdk.dns.v2.model.ListPrivateZonesResponse;
import com.huaweicloud.sdk.dns.v2.model.PrivateZoneResp;
import com.huaweicloud.sdk.dns.v2.model.Router;
import com.huaweicloud.sdk.dns.v2.model.ShowPrivateZoneRequest;
import com.huaweicloud.sdk.dns.v2.model.ShowPrivateZoneResponse;
import com.huaweicloud.sdk.dns.v2.model.Tag;
import io.clouddouble.testkit.Sdks;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** CreatePrivateZone, ShowPrivateZone, ListPrivateZones, DeletePrivateZone and AssociateRouter. */
class DnsCompanionsTest extends DnsTestBase {

  ShowPrivateZoneResponse show(String zone) {
    return dns.showPrivateZone(new ShowPrivateZoneRequest().withZoneId(zone));
  }

  List<String> names(ListPrivateZonesRequest request) {
    return dns.listPrivateZones(request.withType("private")).getZones().stream().map(PrivateZoneResp::getName).toList();
  }

  @Test
  void createAnswersPendingThenTheZoneAndRouterGoActive() {
    String a = vpc();
    CreatePrivateZoneResponse created = dns.createPrivateZone(new CreatePrivateZoneRequest().withBody(new CreatePrivateZoneReq()
        .withName("Orders.Example.COM").withZoneType("private").withDescription("orders").withTtl(600)
        .withRouter(new Router().withRouterId(a).withRouterRegion("cn-north-4"))
        .withTags(List.of(new Tag().withKey("team").withValue("shop")))));
    assertEquals(202, created.getHttpStatusCode());
    assertTrue(created.getId().matches("[0-9a-f]{32}"), created.getId());
    assertEquals("orders.example.com.", created.getName());
    assertEquals("PENDING_CREATE", created.getStatus());
    assertEquals("PENDING_CREATE", created.getRouter().getStatus());
    assertEquals(a, created.getRouter().getRouterId());
    assertEquals(600, created.getTtl());
    assertEquals(1, created.getSerial());
    assertEquals(0, created.getRecordNum());
    assertEquals(List.of(), created.getMasters());
    assertNull(created.getUpdatedAt());
    assertEquals(Sdks.HUAWEI_PROJECT, created.getProjectId());
    assertTrue(created.getCreatedAt().matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}"), created.getCreatedAt());
    assertTrue(created.getLinks().getSelf().endsWith("/v2/zones/" + created.getId()));

    ShowPrivateZoneResponse pending = show(created.getId());
    assertEquals("PENDING_CREATE", pending.getStatus());
    assertEquals("PENDING_CREATE", pending.getRouters().get(0).getStatus());
    assertEquals("0", pending.getEnterpriseProjectId());
    admin.advance("3s");
    ShowPrivateZoneResponse active = show(created.getId());
    assertEquals("ACTIVE", active.getStatus());
    assertEquals("ACTIVE", active.getRouters().get(0).getStatus());
    assertEquals(300, show(create("plain.internal", vpc()).getId()).getTtl());

    // The same name serving the same VPC already exists.
    assertError(400, "DNS.0208", "This zone already exists.", fails(() -> create("orders.example.com.", a)));
    assertError(400, "DNS.0701", "Invalid VPC.", fails(() -> create("bad.internal.", "not-a-vpc")));
  }

  @Test
  void associateAddsAPendingRouterThatTurnsActive() {
    String a = vpc();
    String b = vpc();
    String zone = create("assoc.internal.", a).getId();
    assertError(400, "DNS.0209", "The zone is not in the Normal state.", fails(() -> associate(zone, b)));
    admin.advance("3s");
    assertError(400, "DNS.0212", "This VPC has already been associated with the zone.", fails(() -> associate(zone, a)));
    var answer = associate(zone, b);
    assertEquals(202, answer.getHttpStatusCode());
    assertEquals("PENDING_CREATE", answer.getStatus());
    assertEquals(b, answer.getRouterId());
    assertEquals("cn-north-4", answer.getRouterRegion());
    assertError(400, "DNS.0212", "This VPC has already been associated with the zone.", fails(() -> associate(zone, b)));
    admin.advance("3s");
    assertEquals(Map.of(a, "ACTIVE", b, "ACTIVE"), routers(zone));
    disassociate(zone, b);
    // Re-associating while it is leaving: not steady.
    assertError(400, "DNS.0704", "The VPC is not in a steady state.", fails(() -> associate(zone, b)));
    admin.advance("3s");
    associate(zone, b);
    assertError(404, "DNS.0302", "This zone does not exist.", fails(() -> associate("ffffffffffffffffffffffffffffffff", b)));
    assertError(400, "DNS.0701", "Invalid VPC.", fails(() -> associate(zone, "vpc-123")));
  }

  @Test
  void deleteAnswersPendingDeleteThenTheZoneIsGone() {
    assertError(404, "DNS.0302", "This zone does not exist.",
        fails(() -> dns.deletePrivateZone(new DeletePrivateZoneRequest().withZoneId("ffffffffffffffffffffffffffffffff"))));
    String a = vpc();
    String zone = create("gone.internal.", a).getId();
    assertError(400, "DNS.0209", "The zone is not in the Normal state.",
        fails(() -> dns.deletePrivateZone(new DeletePrivateZoneRequest().withZoneId(zone))));
    admin.advance("3s");
    DeletePrivateZoneResponse deleted = dns.deletePrivateZone(new DeletePrivateZoneRequest().withZoneId(zone));
    assertEquals(202, deleted.getHttpStatusCode());
    assertEquals("PENDING_DELETE", deleted.getStatus());
    assertEquals(a, deleted.getRouters().get(0).getRouterId());
    assertEquals("PENDING_DELETE", show(zone).getStatus());
    assertError(400, "DNS.0209", "The zone is not in the Normal state.",
        fails(() -> dns.deletePrivateZone(new DeletePrivateZoneRequest().withZoneId(zone))));
    admin.advance("4s");
    assertError(404, "DNS.0302", "This zone does not exist.", fails(() -> show(zone)));
    assertTrue(names(new ListPrivateZonesRequest()).stream().noneMatch("gone.internal."::equals));
  }

  @Test
  void listPagesAndFilters() {
    List<String> ids = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      CreatePrivateZoneReq req = new CreatePrivateZoneReq().withName("zone" + i + ".list.internal.").withZoneType("private")
          .withRouter(new Router().withRouterId(vpc()))
          .withTags(List.of(new Tag().withKey("parity").withValue(i % 2 == 0 ? "even" : "odd")));
      ids.add(dns.createPrivateZone(new CreatePrivateZoneRequest().withBody(req)).getId());
    }
    admin.advance("3s");
    ListPrivateZonesResponse all = dns.listPrivateZones(new ListPrivateZonesRequest().withType("private"));
    assertEquals(6, all.getMetadata().getTotalCount()); // with the demo zone
    assertNull(all.getLinks().getNext());
    assertTrue(all.getLinks().getSelf().contains("/v2/zones?type=private"));
    PrivateZoneResp demo = all.getZones().get(0);
    assertEquals(DEMO_ZONE, demo.getId());
    assertEquals(2, demo.getRouters().size());
    assertEquals("env", demo.getTags().get(0).getKey());

    ListPrivateZonesResponse page = dns.listPrivateZones(new ListPrivateZonesRequest().withType("private").withLimit(2).withOffset(1));
    assertEquals(List.of(ids.get(0), ids.get(1)), page.getZones().stream().map(PrivateZoneResp::getId).toList());
    assertEquals(6, page.getMetadata().getTotalCount());
    assertTrue(page.getLinks().getNext().contains("marker=" + ids.get(1)), page.getLinks().getNext());
    ListPrivateZonesResponse next = dns.listPrivateZones(new ListPrivateZonesRequest().withType("private").withLimit(2).withMarker(ids.get(1)));
    assertEquals(List.of(ids.get(2), ids.get(3)), next.getZones().stream().map(PrivateZoneResp::getId).toList());

    assertEquals(5, names(new ListPrivateZonesRequest().withName("LIST.internal")).size());
    assertEquals(List.of("zone3.list.internal."), names(new ListPrivateZonesRequest().withName("zone3.list.internal").withSearchMode("equal")));
    assertEquals(List.of(), names(new ListPrivateZonesRequest().withName("list.internal").withSearchMode("equal")));
    assertEquals(List.of("zone1.list.internal.", "zone3.list.internal."), names(new ListPrivateZonesRequest().withTags("parity,odd")));
    assertEquals(List.of(), names(new ListPrivateZonesRequest().withTags("parity,odd|env,demo")));
    assertEquals(6, names(new ListPrivateZonesRequest().withStatus("ACTIVE")).size());
    dns.deletePrivateZone(new DeletePrivateZoneRequest().withZoneId(ids.get(4)));
    assertEquals(List.of("zone4.list.internal."), names(new ListPrivateZonesRequest().withStatus("PENDING_DELETE")));
  }

  @Test
  void theDemoZoneIsVisibleWithoutAProjectIdToo() {
    var noProject = Sdks.huawei(fake, Sdks.HUAWEI_AK, Sdks.HUAWEI_SK, null);
    ShowPrivateZoneResponse zone = noProject.showPrivateZone(new ShowPrivateZoneRequest().withZoneId(DEMO_ZONE));
    assertEquals("demo.clouddouble.internal.", zone.getName());
    assertEquals(List.of("ACTIVE", "ACTIVE"), zone.getRouters().stream().map(Router::getStatus).toList());
    assertEquals(List.of("demo.clouddouble.internal."),
        noProject.listPrivateZones(new ListPrivateZonesRequest().withType("private")).getZones().stream().map(PrivateZoneResp::getName).toList());
    // Another key sees nothing.
    var stranger = Sdks.huawei(fake, "OTHER_AK_0000000001", "OTHER_SK", null);
    assertEquals(0, stranger.listPrivateZones(new ListPrivateZonesRequest().withType("private")).getMetadata().getTotalCount());
  }
}
