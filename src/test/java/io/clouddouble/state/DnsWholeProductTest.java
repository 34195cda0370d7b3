package io.clouddouble.state;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.huaweicloud.sdk.dns.v2.DnsClient;
import com.huaweicloud.sdk.dns.v2.model.CreateRecordSetRequest;
import com.huaweicloud.sdk.dns.v2.model.CreateRecordSetRequestBody;
import com.huaweicloud.sdk.dns.v2.model.CreateRecordSetResponse;
import com.huaweicloud.sdk.dns.v2.model.DeletePrivateZoneRequest;
import com.huaweicloud.sdk.dns.v2.model.DeleteRecordSetRequest;
import com.huaweicloud.sdk.dns.v2.model.DeleteRecordSetResponse;
import com.huaweicloud.sdk.dns.v2.model.ListRecordSets;
import com.huaweicloud.sdk.dns.v2.model.ListRecordSetsByZoneRequest;
import com.huaweicloud.sdk.dns.v2.model.ListRecordSetsByZoneResponse;
import com.huaweicloud.sdk.dns.v2.model.ListRecordSetsRequest;
import com.huaweicloud.sdk.dns.v2.model.ListRecordSetsResponse;
import com.huaweicloud.sdk.dns.v2.model.ListRecordSetsWithTags;
import com.huaweicloud.sdk.dns.v2.model.ShowPrivateZoneNameServerRequest;
import com.huaweicloud.sdk.dns.v2.model.ShowPrivateZoneNameServerResponse;
import com.huaweicloud.sdk.dns.v2.model.ShowPrivateZoneRequest;
import com.huaweicloud.sdk.dns.v2.model.ShowRecordSetRequest;
import com.huaweicloud.sdk.dns.v2.model.ShowRecordSetResponse;
import com.huaweicloud.sdk.dns.v2.model.Tag;
import com.huaweicloud.sdk.dns.v2.model.UpdatePrivateZoneInfoReq;
import com.huaweicloud.sdk.dns.v2.model.UpdatePrivateZoneRequest;
import com.huaweicloud.sdk.dns.v2.model.UpdatePrivateZoneResponse;
import com.huaweicloud.sdk.dns.v2.model.UpdateRecordSetReq;
import com.huaweicloud.sdk.dns.v2.model.UpdateRecordSetRequest;
import com.huaweicloud.sdk.dns.v2.model.UpdateRecordSetResponse;
import io.clouddouble.testkit.Sdks;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Huawei DNS beyond private zones and routers: UpdatePrivateZone, ShowPrivateZoneNameServer and the
 * record sets of a zone (its default SOA and NS ones, Create/Show/List/Update/Delete), through the
 * official DnsClient, with and without a project id.
 */
class DnsWholeProductTest extends DnsSettledTestBase {
  String activeZone2(String name, String router) {
    String id = create(name, router).getId();
    settle();
    return id;
  }

  CreateRecordSetResponse createRecord(String zone, String name, String type, List<String> records) {
    return dns.createRecordSet(new CreateRecordSetRequest().withZoneId(zone)
        .withBody(new CreateRecordSetRequestBody().withName(name).withType(type).withRecords(records)));
  }

  ShowRecordSetResponse showRecord(String zone, String id) {
    return dns.showRecordSet(new ShowRecordSetRequest().withZoneId(zone).withRecordsetId(id));
  }

  UpdateRecordSetResponse updateRecord(String zone, String id, UpdateRecordSetReq body) {
    return dns.updateRecordSet(new UpdateRecordSetRequest().withZoneId(zone).withRecordsetId(id).withBody(body));
  }

  DeleteRecordSetResponse deleteRecord(String zone, String id) {
    return dns.deleteRecordSet(new DeleteRecordSetRequest().withZoneId(zone).withRecordsetId(id));
  }

  ListRecordSetsByZoneResponse byZone(ListRecordSetsByZoneRequest request) {
    return dns.listRecordSetsByZone(request);
  }

  @Test
  void updatePrivateZoneIsPendingThenActiveAndNeedsAnActiveZone() {
    String zone = create("upd.internal.", vpc()).getId();
    UpdatePrivateZoneRequest update = new UpdatePrivateZoneRequest().withZoneId(zone)
        .withBody(new UpdatePrivateZoneInfoReq().withDescription("changed").withTtl(900).withEmail("ops@example.com"));
    assertError(400, "DNS.0209", "The zone is not in the Normal state.", fails(() -> dns.updatePrivateZone(update)));
    settle();

    UpdatePrivateZoneResponse updated = dns.updatePrivateZone(update);
    assertEquals(202, updated.getHttpStatusCode());
    assertEquals("PENDING_UPDATE", updated.getStatus());
    assertEquals("changed", updated.getDescription());
    assertEquals(900, updated.getTtl());
    assertEquals("ops@example.com", updated.getEmail());
    assertEquals(1, updated.getRouters().size());
    assertTrue(updated.getUpdatedAt() != null);
    // A second update while the first is pending.
    assertError(400, "DNS.0209", "The zone is not in the Normal state.", fails(() -> dns.updatePrivateZone(update)));
    settle();
    var shown = dns.showPrivateZone(new ShowPrivateZoneRequest().withZoneId(zone));
    assertEquals("ACTIVE", shown.getStatus());
    assertEquals("changed", shown.getDescription());

    // Only the fields sent change; another project (no X-Project-Id: the AK's own project) does not see the zone.
    UpdatePrivateZoneRequest ttl = new UpdatePrivateZoneRequest().withZoneId(zone).withBody(new UpdatePrivateZoneInfoReq().withTtl(60));
    assertError(404, "DNS.0302", "This zone does not exist.", fails(() -> noProject().updatePrivateZone(ttl)));
    UpdatePrivateZoneResponse ttlOnly = dns.updatePrivateZone(ttl);
    assertEquals(60, ttlOnly.getTtl());
    assertEquals("changed", ttlOnly.getDescription());

    assertError(404, "DNS.0302", "This zone does not exist.", fails(() -> dns.updatePrivateZone(
        new UpdatePrivateZoneRequest().withZoneId(ABSENT).withBody(new UpdatePrivateZoneInfoReq().withTtl(60)))));
  }

  @Test
  void nameServersOfAPrivateZone() {
    String zone = activeZone2("ns.internal.", vpc());
    ShowPrivateZoneNameServerResponse ns = dns.showPrivateZoneNameServer(
        new ShowPrivateZoneNameServerRequest().withZoneId(zone));
    assertEquals(2, ns.getNameservers().size());
    assertEquals(1, ns.getNameservers().get(0).getPriority());
    assertTrue(ns.getNameservers().get(0).getAddress().matches("\\d+\\.\\d+\\.\\d+\\.\\d+"));
    assertError(404, "DNS.0302", "This zone does not exist.", fails(() -> dns.showPrivateZoneNameServer(
        new ShowPrivateZoneNameServerRequest().withZoneId(ABSENT))));
  }

  @Test
  void aNewZoneHasItsDefaultSoaAndNsRecordSets() {
    String zone = create("defaults.internal", vpc()).getId();
    List<ListRecordSets> pending = byZone(new ListRecordSetsByZoneRequest().withZoneId(zone)).getRecordsets();
    assertEquals(List.of("SOA", "NS"), pending.stream().map(ListRecordSets::getType).toList());
    assertEquals(List.of("PENDING_CREATE", "PENDING_CREATE"), pending.stream().map(ListRecordSets::getStatus).toList());
    settle();
    ListRecordSetsByZoneResponse active = byZone(new ListRecordSetsByZoneRequest().withZoneId(zone));
    assertEquals(2, active.getMetadata().getTotalCount());
    for (ListRecordSets rs : active.getRecordsets()) {
      assertEquals("ACTIVE", rs.getStatus());
      assertEquals(Boolean.TRUE, rs.getDefault());
      assertEquals("defaults.internal.", rs.getName());
      assertEquals("defaults.internal.", rs.getZoneName());
      assertEquals(zone, rs.getZoneId());
      assertFalse(rs.getRecords().isEmpty());
    }
    String soa = active.getRecordsets().get(0).getId();
    String nsRecord = active.getRecordsets().get(1).getId();
    assertError(400, "DNS.0317", "This record set is a default one and cannot be deleted.", fails(() -> deleteRecord(zone, soa)));
    assertError(400, "DNS.0318", "This record set is a default one and cannot be updated.", fails(() -> updateRecord(zone, nsRecord,
        new UpdateRecordSetReq().withName("defaults.internal.").withType("NS").withTtl(60))));
  }

  @Test
  void recordSetLifecycle() {
    String zone = create("shop.internal.", vpc()).getId();
    // Not while the zone is still being created.
    assertError(400, "DNS.0209", "The zone is not in the Normal state.",
        fails(() -> createRecord(zone, "www.shop.internal.", "A", List.of("10.0.0.1"))));
    settle();

    CreateRecordSetResponse created = dns.createRecordSet(new CreateRecordSetRequest().withZoneId(zone)
        .withBody(new CreateRecordSetRequestBody().withName("WWW.shop.internal").withType("A").withTtl(600)
            .withDescription("web").withRecords(List.of("10.0.0.1", "10.0.0.2"))
            .withTags(List.of(new Tag().withKey("team").withValue("web")))));
    assertEquals(202, created.getHttpStatusCode());
    String id = created.getId();
    assertTrue(id.matches("[0-9a-f]{32}"), id);
    assertEquals("www.shop.internal.", created.getName());
    assertEquals("PENDING_CREATE", created.getStatus());
    assertEquals("A", created.getType());
    assertEquals(600, created.getTtl());
    assertEquals("web", created.getDescription());
    assertEquals(List.of("10.0.0.1", "10.0.0.2"), created.getRecords());
    assertEquals(Boolean.FALSE, created.getDefault());
    assertEquals(zone, created.getZoneId());
    assertEquals("shop.internal.", created.getZoneName());
    assertEquals(Sdks.HUAWEI_PROJECT, created.getProjectId());
    assertNull(created.getUpdateAt());
    assertTrue(created.getLinks().getSelf().endsWith("/v2/zones/" + zone + "/recordsets/" + id));

    // The same name and type again; a name outside the zone; a bad value.
    assertError(400, "DNS.0312", "This record set name already exists.",
        fails(() -> createRecord(zone, "www.shop.internal.", "A", List.of("10.0.0.9"))));
    assertError(400, "DNS.0304", "Invalid record set name.",
        fails(() -> createRecord(zone, "www.other.internal.", "A", List.of("10.0.0.9"))));
    assertError(400, "DNS.0308", "Invalid record set value.",
        fails(() -> createRecord(zone, "api.shop.internal.", "A", List.of("10.0.0.1", "not-an-ip"))));
    assertError(400, "DNS.0308", "Invalid record set value.",
        fails(() -> createRecord(zone, "api.shop.internal.", "AAAA", List.of("10.0.0.1"))));
    assertError(404, "DNS.0302", "This zone does not exist.",
        fails(() -> createRecord(ABSENT, "www.shop.internal.", "A", List.of("10.0.0.1"))));
    String v6 = createRecord(zone, "api.shop.internal.", "AAAA", List.of("fd00::1")).getId();
    String mail = dns.createRecordSet(new CreateRecordSetRequest().withZoneId(zone)
        .withBody(new CreateRecordSetRequestBody().withName("shop.internal.").withType("MX")
            .withRecords(List.of("10 mail.shop.internal.")))).getId();

    // Unsteady while pending.
    assertEquals("PENDING_CREATE", showRecord(zone, id).getStatus());
    assertError(400, "DNS.0314", "The record set is not in a steady state.", fails(() -> deleteRecord(zone, id)));
    assertError(400, "DNS.0314", "The record set is not in a steady state.", fails(() -> updateRecord(zone, id,
        new UpdateRecordSetReq().withName("www.shop.internal.").withType("A").withTtl(60))));
    settle();
    assertError(404, "DNS.0302", "This zone does not exist.", fails(() -> noProject().showRecordSet(
        new ShowRecordSetRequest().withZoneId(zone).withRecordsetId(id))));
    ShowRecordSetResponse shown = showRecord(zone, id);
    assertEquals("ACTIVE", shown.getStatus());
    assertEquals(List.of("10.0.0.1", "10.0.0.2"), shown.getRecords());

    // Lists: by zone with filters and paging; across zones.
    ListRecordSetsByZoneResponse all = byZone(new ListRecordSetsByZoneRequest().withZoneId(zone));
    assertEquals(5, all.getMetadata().getTotalCount());
    assertNull(all.getLinks().getNext());
    assertEquals(List.of(id), byZone(new ListRecordSetsByZoneRequest().withZoneId(zone).withType("A"))
        .getRecordsets().stream().map(ListRecordSets::getId).toList());
    assertEquals(List.of(v6), byZone(new ListRecordSetsByZoneRequest().withZoneId(zone).withName("api"))
        .getRecordsets().stream().map(ListRecordSets::getId).toList());
    assertEquals(1, byZone(new ListRecordSetsByZoneRequest().withZoneId(zone).withName("shop.internal")
        .withSearchMode("equal").withType("SOA")).getMetadata().getTotalCount());
    ListRecordSetsByZoneResponse first = byZone(new ListRecordSetsByZoneRequest().withZoneId(zone).withLimit(2));
    assertEquals(2, first.getRecordsets().size());
    assertEquals(5, first.getMetadata().getTotalCount());
    String marker = first.getRecordsets().get(1).getId();
    assertTrue(first.getLinks().getNext().endsWith("/v2/zones/" + zone + "/recordsets?limit=2&marker=" + marker),
        first.getLinks().getNext());
    ListRecordSetsByZoneResponse second = byZone(new ListRecordSetsByZoneRequest().withZoneId(zone).withLimit(2).withMarker(marker));
    assertEquals(List.of(id, v6), second.getRecordsets().stream().map(ListRecordSets::getId).toList());
    ListRecordSetsByZoneResponse third = byZone(new ListRecordSetsByZoneRequest().withZoneId(zone).withLimit(2).withOffset(4));
    assertEquals(List.of(mail), third.getRecordsets().stream().map(ListRecordSets::getId).toList());
    assertNull(third.getLinks().getNext());
    assertError(404, "DNS.0302", "This zone does not exist.",
        fails(() -> byZone(new ListRecordSetsByZoneRequest().withZoneId(ABSENT))));

    String other = activeZone2("other.internal.", vpc());
    ListRecordSetsResponse everywhere = dns.listRecordSets(new ListRecordSetsRequest());
    // With the demo world's five (shared with the key's own project too).
    assertEquals(12, everywhere.getMetadata().getTotalCount());
    assertEquals(5, noProject().listRecordSets(new ListRecordSetsRequest()).getMetadata().getTotalCount());
    ListRecordSetsResponse tagged = dns.listRecordSets(new ListRecordSetsRequest().withTags("team,web"));
    assertEquals(List.of(id), tagged.getRecordsets().stream().map(ListRecordSetsWithTags::getId).toList());
    assertEquals("team", tagged.getRecordsets().get(0).getTags().get(0).getKey());
    assertEquals(List.of(id), dns.listRecordSets(new ListRecordSetsRequest().withRecords("10.0.0.2"))
        .getRecordsets().stream().map(ListRecordSetsWithTags::getId).toList());
    // With the demo world's: three in its private zone, two in its public one.
    assertEquals(7 + 3, dns.listRecordSets(new ListRecordSetsRequest().withZoneType("private")).getMetadata().getTotalCount());
    assertEquals(2, dns.listRecordSets(new ListRecordSetsRequest().withZoneType("public")).getMetadata().getTotalCount());
    assertEquals(2 + 2, dns.listRecordSets(new ListRecordSetsRequest().withType("SOA")).getMetadata().getTotalCount());
    ListRecordSetsResponse page = dns.listRecordSets(new ListRecordSetsRequest().withLimit(3));
    assertEquals(3, page.getRecordsets().size());
    assertTrue(page.getLinks().getNext().endsWith("/v2/recordsets?limit=3&marker=" + page.getRecordsets().get(2).getId()));

    // Update: only the fields sent; pending then active.
    UpdateRecordSetResponse updated = updateRecord(zone, id, new UpdateRecordSetReq().withName("www.shop.internal.")
        .withType("A").withTtl(60).withRecords(List.of("10.0.0.3")));
    assertEquals(202, updated.getHttpStatusCode());
    assertEquals("PENDING_UPDATE", updated.getStatus());
    assertEquals(60, updated.getTtl());
    assertEquals(List.of("10.0.0.3"), updated.getRecords());
    assertEquals("web", updated.getDescription());
    assertTrue(updated.getUpdateAt() != null);
    assertError(400, "DNS.0308", "Invalid record set value.", fails(() -> updateRecord(zone, v6,
        new UpdateRecordSetReq().withName("api.shop.internal.").withType("AAAA").withRecords(List.of("10.0.0.1")))));
    settle();
    assertEquals("ACTIVE", showRecord(zone, id).getStatus());

    // Not found: unknown id, or a record set of another zone.
    assertError(404, "DNS.0313", "This record set does not exist.", fails(() -> showRecord(zone, ABSENT)));
    assertError(404, "DNS.0313", "This record set does not exist.", fails(() -> showRecord(other, id)));
    assertError(404, "DNS.0313", "This record set does not exist.", fails(() -> updateRecord(zone, ABSENT,
        new UpdateRecordSetReq().withName("x.shop.internal.").withType("A").withTtl(60))));
    assertError(404, "DNS.0302", "This zone does not exist.", fails(() -> showRecord(ABSENT, id)));
    assertError(404, "DNS.0302", "This zone does not exist.", fails(() -> updateRecord(ABSENT, id,
        new UpdateRecordSetReq().withName("www.shop.internal.").withType("A").withTtl(60))));
    assertError(404, "DNS.0302", "This zone does not exist.", fails(() -> deleteRecord(ABSENT, id)));

    // Delete: pending, then gone; a second delete meets the pending one.
    DeleteRecordSetResponse deleted = deleteRecord(zone, id);
    assertEquals(202, deleted.getHttpStatusCode());
    assertEquals("PENDING_DELETE", deleted.getStatus());
    assertError(400, "DNS.0314", "The record set is not in a steady state.", fails(() -> deleteRecord(zone, id)));
    // The name is free again once the old one is being deleted.
    String again = createRecord(zone, "www.shop.internal.", "A", List.of("10.0.0.7")).getId();
    settle();
    assertError(404, "DNS.0313", "This record set does not exist.", fails(() -> deleteRecord(zone, id)));
    assertEquals("ACTIVE", showRecord(zone, again).getStatus());

    // Deleting the zone takes its record sets with it.
    dns.deletePrivateZone(new DeletePrivateZoneRequest().withZoneId(zone));
    settle();
    assertEquals(2 + 5, dns.listRecordSets(new ListRecordSetsRequest()).getMetadata().getTotalCount()); // and the demo world's
  }

  @Test
  void withoutAProjectIdTheKeysOwnProjectHasItsOwnZonesAndRecordSets() {
    DnsClient own = noProject();
    String project = io.clouddouble.auth.Accounts.huaweiProjectId(Sdks.HUAWEI_AK);
    String zone = own.createPrivateZone(new com.huaweicloud.sdk.dns.v2.model.CreatePrivateZoneRequest().withBody(
        new com.huaweicloud.sdk.dns.v2.model.CreatePrivateZoneReq().withName("own.internal.").withZoneType("private")
            .withRouter(new com.huaweicloud.sdk.dns.v2.model.Router().withRouterId(vpc())))).getId();
    settle();
    assertEquals(2, own.showPrivateZoneNameServer(new ShowPrivateZoneNameServerRequest().withZoneId(zone)).getNameservers().size());
    CreateRecordSetResponse created = own.createRecordSet(new CreateRecordSetRequest().withZoneId(zone)
        .withBody(new CreateRecordSetRequestBody().withName("db.own.internal.").withType("CNAME").withRecords(List.of("db.example.com."))));
    assertEquals(project, created.getProjectId());
    assertEquals(300, created.getTtl());
    settle();
    assertEquals("ACTIVE", own.showRecordSet(new ShowRecordSetRequest().withZoneId(zone).withRecordsetId(created.getId())).getStatus());
    assertEquals(3 + 5, own.listRecordSets(new ListRecordSetsRequest()).getMetadata().getTotalCount()); // the demo world's five are shared
    assertEquals(3, own.listRecordSetsByZone(new ListRecordSetsByZoneRequest().withZoneId(zone)).getMetadata().getTotalCount());
    assertEquals("PENDING_UPDATE", own.updateRecordSet(new UpdateRecordSetRequest().withZoneId(zone).withRecordsetId(created.getId())
        .withBody(new UpdateRecordSetReq().withName("db.own.internal.").withType("CNAME").withDescription("db"))).getStatus());
    assertEquals(5, dns.listRecordSets(new ListRecordSetsRequest()).getMetadata().getTotalCount()); // the demo world's only
    assertError(404, "DNS.0302", "This zone does not exist.", fails(() -> dns.showRecordSet(
        new ShowRecordSetRequest().withZoneId(zone).withRecordsetId(created.getId()))));
    settle();
    assertEquals("PENDING_DELETE", own.deleteRecordSet(new DeleteRecordSetRequest().withZoneId(zone)
        .withRecordsetId(created.getId())).getStatus());
  }

  @Test
  void publicZoneLifecycleSharesTheZoneRoutes() {
    com.huaweicloud.sdk.dns.v2.model.CreatePublicZoneResponse created = dns.createPublicZone(
        new com.huaweicloud.sdk.dns.v2.model.CreatePublicZoneRequest().withBody(new com.huaweicloud.sdk.dns.v2.model.CreatePublicZoneReq()
            .withName("Example.ORG").withZoneType("public").withDescription("site").withTtl(600)
            .withTags(List.of(new Tag().withKey("env").withValue("prod")))));
    assertEquals(202, created.getHttpStatusCode());
    String zone = created.getId();
    assertEquals("example.org.", created.getName());
    assertEquals("public", created.getZoneType());
    assertEquals("PENDING_CREATE", created.getStatus());
    assertEquals(600, created.getTtl());
    assertEquals("0", created.getEnterpriseProjectId());
    // The same name again in the project; in another project (the AK's own, no X-Project-Id).
    var again = new com.huaweicloud.sdk.dns.v2.model.CreatePublicZoneRequest().withBody(
        new com.huaweicloud.sdk.dns.v2.model.CreatePublicZoneReq().withName("example.org."));
    assertError(400, "DNS.0208", "This zone already exists.", fails(() -> dns.createPublicZone(again)));
    assertError(400, "DNS.0211", "The zone name is used by another tenant.", fails(() -> noProject().createPublicZone(again)));
    // A private zone of the same name is another zone.
    String priv = activeZone2("example.org.", vpc());

    var shown = dns.showPublicZone(new com.huaweicloud.sdk.dns.v2.model.ShowPublicZoneRequest().withZoneId(zone));
    assertEquals("public", shown.getZoneType());
    assertEquals("ACTIVE", shown.getStatus());
    assertEquals(List.of(DEMO_PUBLIC_ZONE, zone), dns.listPublicZones(new com.huaweicloud.sdk.dns.v2.model.ListPublicZonesRequest().withType("public"))
        .getZones().stream().map(com.huaweicloud.sdk.dns.v2.model.PublicZoneResp::getId).toList());
    var byTag = dns.listPublicZones(new com.huaweicloud.sdk.dns.v2.model.ListPublicZonesRequest().withType("public").withTags("env,prod"));
    assertEquals(1, byTag.getMetadata().getTotalCount());
    assertEquals("env", byTag.getZones().get(0).getTags().get(0).getKey());
    assertFalse(dns.listPrivateZones(new com.huaweicloud.sdk.dns.v2.model.ListPrivateZonesRequest().withType("private"))
        .getZones().stream().anyMatch(z -> z.getId().equals(zone)));
    assertTrue(dns.listPrivateZones(new com.huaweicloud.sdk.dns.v2.model.ListPrivateZonesRequest().withType("private"))
        .getZones().stream().anyMatch(z -> z.getId().equals(priv)));

    List<ListRecordSets> defaults = byZone(new ListRecordSetsByZoneRequest().withZoneId(zone)).getRecordsets();
    assertEquals(List.of("SOA", "NS"), defaults.stream().map(ListRecordSets::getType).toList());
    assertEquals(4, defaults.get(1).getRecords().size());
    assertEquals(2 + 2, dns.listRecordSets(new ListRecordSetsRequest().withZoneType("public")).getMetadata().getTotalCount());
    assertEquals(4, dns.showPublicZoneNameServer(new com.huaweicloud.sdk.dns.v2.model.ShowPublicZoneNameServerRequest().withZoneId(zone))
        .getNameservers().size());
    assertEquals("ns1.huaweicloud-dns.com.", dns.showPublicZoneNameServer(
        new com.huaweicloud.sdk.dns.v2.model.ShowPublicZoneNameServerRequest().withZoneId(zone)).getNameservers().get(0).getHostname());
    String www = createRecord(zone, "www.example.org.", "CNAME", List.of("example.org.")).getId();

    var updated = dns.updatePublicZone(new com.huaweicloud.sdk.dns.v2.model.UpdatePublicZoneRequest().withZoneId(zone)
        .withBody(new com.huaweicloud.sdk.dns.v2.model.UpdatePublicZoneInfo().withDescription("site v2")));
    assertEquals("PENDING_UPDATE", updated.getStatus());
    assertEquals("site v2", updated.getDescription());
    settle();

    var deleted = dns.deletePublicZone(new com.huaweicloud.sdk.dns.v2.model.DeletePublicZoneRequest().withZoneId(zone));
    assertEquals(202, deleted.getHttpStatusCode());
    assertEquals("PENDING_DELETE", deleted.getStatus());
    assertEquals("PENDING_DELETE", showRecord(zone, www).getStatus());
    settle();
    assertError(404, "DNS.0302", "This zone does not exist.", fails(() -> dns.showPublicZone(
        new com.huaweicloud.sdk.dns.v2.model.ShowPublicZoneRequest().withZoneId(zone))));
    assertEquals(2, dns.listRecordSets(new ListRecordSetsRequest().withZoneType("public")).getMetadata().getTotalCount()); // the demo's
    assertEquals("ACTIVE", dns.showPrivateZone(new ShowPrivateZoneRequest().withZoneId(priv)).getStatus());
  }
}
