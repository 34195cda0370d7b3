package io.clouddouble.state;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.huaweicloud.sdk.dns.v2.DnsClient;
import com.huaweicloud.sdk.dns.v2.model.CreatePublicZoneReq;
import com.huaweicloud.sdk.dns.v2.model.CreatePublicZoneRequest;
import com.huaweicloud.sdk.dns.v2.model.CreateRecordSetRequest;
import com.huaweicloud.sdk.dns.v2.model.CreateRecordSetRequestBody;
import com.huaweicloud.sdk.dns.v2.model.DeletePublicZoneRequest;
import com.huaweicloud.sdk.dns.v2.model.ListNameServersRequest;
import com.huaweicloud.sdk.dns.v2.model.ListNameServersResponse;
import com.huaweicloud.sdk.dns.v2.model.NameServersResp;
import com.huaweicloud.sdk.dns.v2.model.NsRecords;
import com.huaweicloud.sdk.dns.v2.model.ShowPublicZoneNameServerRequest;
import com.huaweicloud.sdk.dns.v2.model.ShowPublicZoneRequest;
import com.huaweicloud.sdk.dns.v2.model.UpdatePublicZoneInfo;
import com.huaweicloud.sdk.dns.v2.model.UpdatePublicZoneRequest;
import com.huaweicloud.sdk.dns.v2.model.UpdatePublicZoneStatusRequest;
import com.huaweicloud.sdk.dns.v2.model.UpdatePublicZoneStatusRequestBody;
import com.huaweicloud.sdk.dns.v2.model.UpdatePublicZoneStatusResponse;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Public zones' own operations through the official DnsClient: UpdatePublicZoneStatus,
 * ListNameServers, and Show/Update/Delete/name servers of a public zone, with and without a project id.
 */
class DnsPublicZonesTest extends DnsSettledTestBase {
  UpdatePublicZoneStatusResponse status(DnsClient client, String zone, String status) {
    return client.updatePublicZoneStatus(new UpdatePublicZoneStatusRequest().withZoneId(zone)
        .withBody(new UpdatePublicZoneStatusRequestBody().withStatus(status)));
  }

  String zoneStatus(DnsClient client, String zone) {
    return client.showPublicZone(new ShowPublicZoneRequest().withZoneId(zone)).getStatus();
  }

  @Test
  void disableAndEnableAPublicZone() {
    for (DnsClient client : List.of(dns, noProject())) {
      String zone = client.createPublicZone(new CreatePublicZoneRequest().withBody(new CreatePublicZoneReq().withName("status.example."))).getId();
      assertError(400, "DNS.0209", "The zone is not in the Normal state.", fails(() -> status(client, zone, "DISABLE")));
      settle();
      UpdatePublicZoneStatusResponse off = status(client, zone, "DISABLE");
      assertEquals(202, off.getHttpStatusCode());
      assertEquals("DISABLE", off.getStatus());
      assertEquals("public", off.getZoneType());
      assertEquals("DISABLE", zoneStatus(client, zone));
      // A disabled zone takes no new record sets and no updates.
      assertError(400, "DNS.0209", "The zone is not in the Normal state.", fails(() -> client.createRecordSet(
          new CreateRecordSetRequest().withZoneId(zone).withBody(new CreateRecordSetRequestBody()
              .withName("www.status.example.").withType("A").withRecords(List.of("192.0.2.1"))))));
      assertError(400, "DNS.0209", "The zone is not in the Normal state.", fails(() -> client.updatePublicZone(
          new UpdatePublicZoneRequest().withZoneId(zone).withBody(new UpdatePublicZoneInfo().withTtl(600)))));
      assertEquals("DISABLE", status(client, zone, "DISABLE").getStatus());
      assertEquals("ACTIVE", status(client, zone, "ENABLE").getStatus());
      assertEquals("ACTIVE", zoneStatus(client, zone));

      var updated = client.updatePublicZone(new UpdatePublicZoneRequest().withZoneId(zone).withBody(new UpdatePublicZoneInfo().withTtl(600)));
      assertEquals("PENDING_UPDATE", updated.getStatus());
      assertError(400, "DNS.0209", "The zone is not in the Normal state.", fails(() -> status(client, zone, "ENABLE")));
      settle();
      assertEquals(600, client.showPublicZone(new ShowPublicZoneRequest().withZoneId(zone)).getTtl());
      assertEquals(4, client.showPublicZoneNameServer(new ShowPublicZoneNameServerRequest().withZoneId(zone)).getNameservers().size());
      assertEquals("PENDING_DELETE", client.deletePublicZone(new DeletePublicZoneRequest().withZoneId(zone)).getStatus());
      assertError(400, "DNS.0209", "The zone is not in the Normal state.", fails(() -> status(client, zone, "DISABLE")));
      settle();
      assertError(404, "DNS.0302", "This zone does not exist.", fails(() -> status(client, zone, "DISABLE")));
    }
    // Private zones and other projects' zones are not public zones of the caller.
    String priv = create("status.internal.", vpc()).getId();
    settle();
    assertError(404, "DNS.0302", "This zone does not exist.", fails(() -> status(dns, priv, "DISABLE")));
    String mine = dns.createPublicZone(new CreatePublicZoneRequest().withBody(new CreatePublicZoneReq().withName("mine.example."))).getId();
    settle();
    assertError(404, "DNS.0302", "This zone does not exist.", fails(() -> status(noProject(), mine, "DISABLE")));
    assertError(404, "DNS.0302", "This zone does not exist.", fails(() -> status(dns, ABSENT, "DISABLE")));
  }

  @Test
  void apiVersions() {
    var versions = dns.listApiVersions(new com.huaweicloud.sdk.dns.v2.model.ListApiVersionsRequest()).getVersions().getValues();
    assertEquals(1, versions.size());
    assertEquals("v2", versions.get(0).getId());
    assertEquals("CURRENT", versions.get(0).getStatus());
    assertEquals(fake.baseUrl() + "/v2", versions.get(0).getLinks().get(0).getHref());
    var info = noProject().showApiInfo(new com.huaweicloud.sdk.dns.v2.model.ShowApiInfoRequest().withVersion("v2")).getVersion();
    assertEquals("v2", info.getId());
    assertEquals(fake.baseUrl() + "/v2/", info.getLinks().get(0).getHref());
    assertError(400, "DNS.0002", "Invalid request.", fails(() -> dns.showApiInfo(
        new com.huaweicloud.sdk.dns.v2.model.ShowApiInfoRequest().withVersion("v3"))));
  }

  @Test
  void nameServersByTypeAndRegion() {
    ListNameServersResponse all = dns.listNameServers(new ListNameServersRequest());
    assertEquals(List.of("public", "private"), all.getNameservers().stream().map(NameServersResp::getType).toList());
    NameServersResp pub = all.getNameservers().get(0);
    assertNull(pub.getRegion());
    assertEquals(List.of("ns1.huaweicloud-dns.com.", "ns1.huaweicloud-dns.cn.", "ns1.huaweicloud-dns.net.", "ns1.huaweicloud-dns.org."),
        pub.getNsRecords().stream().map(NsRecords::getHostname).toList());
    NameServersResp priv = all.getNameservers().get(1);
    assertEquals("cn-north-4", priv.getRegion());
    assertEquals(List.of("100.125.1.250", "100.125.129.250"), priv.getNsRecords().stream().map(NsRecords::getAddress).toList());
    assertEquals(List.of(1, 2), priv.getNsRecords().stream().map(NsRecords::getPriority).toList());

    assertEquals(List.of("public"), dns.listNameServers(new ListNameServersRequest().withType("public"))
        .getNameservers().stream().map(NameServersResp::getType).toList());
    var other = noProject().listNameServers(new ListNameServersRequest().withType("private").withRegion("cn-east-3"));
    assertEquals(1, other.getNameservers().size());
    assertEquals("cn-east-3", other.getNameservers().get(0).getRegion());
  }
}
