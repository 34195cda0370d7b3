package io.clouddouble.state;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.huaweicloud.sdk.dns.v2.DnsClient;
import com.huaweicloud.sdk.dns.v2.model.BatchCreateRecordSetWithLine;
import com.huaweicloud.sdk.dns.v2.model.BatchDeleteRecordSetWithLineRequest;
import com.huaweicloud.sdk.dns.v2.model.BatchDeleteRecordSetWithLineRequestBody;
import com.huaweicloud.sdk.dns.v2.model.BatchUpdateRecordSet;
import com.huaweicloud.sdk.dns.v2.model.BatchUpdateRecordSetWithLineReq;
import com.huaweicloud.sdk.dns.v2.model.BatchUpdateRecordSetWithLineRequest;
import com.huaweicloud.sdk.dns.v2.model.CreatePublicZoneReq;
import com.huaweicloud.sdk.dns.v2.model.CreatePublicZoneRequest;
import com.huaweicloud.sdk.dns.v2.model.CreateRSetBatchLinesReq;
import com.huaweicloud.sdk.dns.v2.model.CreateRecordSetWithBatchLinesRequest;
import com.huaweicloud.sdk.dns.v2.model.CreateRecordSetWithLineRequest;
import com.huaweicloud.sdk.dns.v2.model.CreateRecordSetWithLineRequestBody;
import com.huaweicloud.sdk.dns.v2.model.CreateRecordSetWithLineResponse;
import com.huaweicloud.sdk.dns.v2.model.DeleteRecordSetsRequest;
import com.huaweicloud.sdk.dns.v2.model.ListRecordSetsWithLineRequest;
import com.huaweicloud.sdk.dns.v2.model.QueryRecordSetWithLineResp;
import com.huaweicloud.sdk.dns.v2.model.SetRecordSetsStatusReq;
import com.huaweicloud.sdk.dns.v2.model.SetRecordSetsStatusRequest;
import com.huaweicloud.sdk.dns.v2.model.ShowRecordSetByZoneRequest;
import com.huaweicloud.sdk.dns.v2.model.ShowRecordSetByZoneResp;
import com.huaweicloud.sdk.dns.v2.model.ShowRecordSetByZoneResponse;
import com.huaweicloud.sdk.dns.v2.model.ShowRecordSetWithLineRequest;
import com.huaweicloud.sdk.dns.v2.model.ShowRecordSetWithLineResponse;
import com.huaweicloud.sdk.dns.v2.model.UpdateRecordSetsReq;
import com.huaweicloud.sdk.dns.v2.model.UpdateRecordSetsRequest;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The v2.1 record-set operations (lines, weights, batches, status) through the official DnsClient:
 * each served error reached from state made through the API, with and without a project id.
 */
class DnsRecordSetLinesTest extends DnsSettledTestBase {
  String publicZone(DnsClient client, String name) {
    String id = client.createPublicZone(new CreatePublicZoneRequest().withBody(new CreatePublicZoneReq().withName(name))).getId();
    settle();
    return id;
  }

  CreateRecordSetWithLineResponse createLine(DnsClient client, String zone, CreateRecordSetWithLineRequestBody body) {
    return client.createRecordSetWithLine(new CreateRecordSetWithLineRequest().withZoneId(zone).withBody(body));
  }

  static CreateRecordSetWithLineRequestBody a(String name, String... records) {
    return new CreateRecordSetWithLineRequestBody().withName(name).withType("A").withRecords(List.of(records));
  }

  ShowRecordSetWithLineResponse show(String zone, String id) {
    return dns.showRecordSetWithLine(new ShowRecordSetWithLineRequest().withZoneId(zone).withRecordsetId(id));
  }

  ShowRecordSetByZoneResponse byZone(ShowRecordSetByZoneRequest request) {
    return dns.showRecordSetByZone(request);
  }

  String soa(String zone) {
    return byZone(new ShowRecordSetByZoneRequest().withZoneId(zone)).getRecordsets().get(0).getId();
  }

  @Test
  void createShowListWithLinesAndTheirErrors() {
    String zone = publicZone(dns, "example.net.");
    var created = createLine(dns, zone, a("www.example.net", "192.0.2.1").withLine("default_view").withWeight(5).withTtl(600).withDescription("web"));
    assertEquals(202, created.getHttpStatusCode());
    assertEquals("www.example.net.", created.getName());
    assertEquals("PENDING_CREATE", created.getStatus());
    assertEquals("default_view", created.getLine());
    assertEquals(5, created.getWeight());
    assertEquals(600, created.getTtl());
    assertTrue(created.getLinks().getSelf().endsWith("/v2.1/zones/" + zone + "/recordsets/" + created.getId()));
    assertTrue(created.getLinks().getSelf().startsWith(fake.baseUrl()));
    var disabled = createLine(dns, zone, new CreateRecordSetWithLineRequestBody().withName("txt.example.net.").withType("TXT")
        .withRecords(List.of("\"hello world\"")).withStatus("DISABLE"));
    String mx = createLine(dns, zone, new CreateRecordSetWithLineRequestBody().withName("example.net.").withType("MX")
        .withRecords(List.of("10 mail.example.net."))).getId();
    settle();
    assertEquals("ACTIVE", show(zone, created.getId()).getStatus());
    assertEquals("DISABLE", show(zone, disabled.getId()).getStatus());
    assertEquals(1, show(zone, mx).getWeight());

    // Documented errors of CreateRecordSetWithLine, each from real state.
    assertError(400, "DNS.0312", "This record set name already exists.", fails(() -> createLine(dns, zone, a("WWW.example.net.", "192.0.2.9"))));
    assertError(400, "DNS.0304", "Invalid record set name.", fails(() -> createLine(dns, zone, a("www.example.com.", "192.0.2.9"))));
    assertError(400, "DNS.0308", "Invalid record set value.", fails(() -> createLine(dns, zone, a("v4.example.net.", "192.0.2.300"))));
    for (String[] bad : new String[][] {{"MX", "mail.example.net."}, {"TXT", "unquoted"}, {"SRV", "10 5 sip.example.net."},
        {"CAA", "0 issue ca.example.net"}, {"CNAME", "not a host"}, {"AAAA", "192.0.2.1"}}) {
      assertError(400, "DNS.0308", "Invalid record set value.", fails(() -> createLine(dns, zone,
          new CreateRecordSetWithLineRequestBody().withName("x.example.net.").withType(bad[0]).withRecords(List.of(bad[1])))));
    }
    assertError(404, "DNS.0302", "This zone does not exist.", fails(() -> createLine(dns, ABSENT, a("www", "192.0.2.1"))));
    String pending = dns.createPublicZone(new CreatePublicZoneRequest().withBody(new CreatePublicZoneReq().withName("pending.net."))).getId();
    assertError(400, "DNS.0209", "The zone is not in the Normal state.", fails(() -> createLine(dns, pending, a("www", "192.0.2.1"))));
    String priv = create("corp.internal.", vpc()).getId();
    settle();
    assertError(400, "DNS.0325", "The resolution line for record sets in this type of zones must be 'default_view'.",
        fails(() -> createLine(dns, priv, a("db", "10.0.0.5").withLine("Dianxin"))));
    var privRecord = createLine(dns, priv, a("db", "10.0.0.5"));
    assertEquals("default_view", privRecord.getLine());

    // Show: the record set of another zone, or none, is DNS.0313; another project sees no zone.
    assertError(404, "DNS.0313", "This record set does not exist.", fails(() -> show(priv, created.getId())));
    assertError(404, "DNS.0313", "This record set does not exist.", fails(() -> show(zone, ABSENT)));
    assertError(404, "DNS.0302", "This zone does not exist.", fails(() -> noProject().showRecordSetWithLine(
        new ShowRecordSetWithLineRequest().withZoneId(zone).withRecordsetId(created.getId()))));

    // ShowRecordSetByZone: SOA, NS, then creation order; filters; pages by marker with links.next on the called host.
    ShowRecordSetByZoneResponse all = byZone(new ShowRecordSetByZoneRequest().withZoneId(zone));
    assertEquals(5, all.getMetadata().getTotalCount());
    assertEquals(List.of("SOA", "NS", "A", "TXT", "MX"), all.getRecordsets().stream().map(ShowRecordSetByZoneResp::getType).toList());
    assertEquals(fake.baseUrl() + "/v2.1/zones/" + zone + "/recordsets", all.getLinks().getSelf());
    assertNull(all.getLinks().getNext());
    ShowRecordSetByZoneResponse first = byZone(new ShowRecordSetByZoneRequest().withZoneId(zone).withLimit(2));
    assertEquals(2, first.getRecordsets().size());
    assertEquals(5, first.getMetadata().getTotalCount());
    String marker = first.getRecordsets().get(1).getId();
    assertEquals(fake.baseUrl() + "/v2.1/zones/" + zone + "/recordsets?limit=2&marker=" + marker, first.getLinks().getNext());
    ShowRecordSetByZoneResponse second = byZone(new ShowRecordSetByZoneRequest().withZoneId(zone).withLimit(2).withMarker(marker));
    assertEquals(List.of(created.getId(), disabled.getId()), second.getRecordsets().stream().map(ShowRecordSetByZoneResp::getId).toList());
    assertEquals(List.of(mx), byZone(new ShowRecordSetByZoneRequest().withZoneId(zone).withLimit(2).withOffset(4))
        .getRecordsets().stream().map(ShowRecordSetByZoneResp::getId).toList());
    assertEquals(1, byZone(new ShowRecordSetByZoneRequest().withZoneId(zone).withStatus("DISABLE")).getMetadata().getTotalCount());
    assertEquals(1, byZone(new ShowRecordSetByZoneRequest().withZoneId(zone).withName("www.example.net").withSearchMode("equal"))
        .getMetadata().getTotalCount());
    assertEquals(5, byZone(new ShowRecordSetByZoneRequest().withZoneId(zone).withLineId("default_view")).getMetadata().getTotalCount());
    assertError(404, "DNS.0302", "This zone does not exist.", fails(() -> byZone(new ShowRecordSetByZoneRequest().withZoneId(ABSENT))));

    // ListRecordSetsWithLine: the project's public zones' record sets only.
    var listed = dns.listRecordSetsWithLine(new ListRecordSetsWithLineRequest().withZoneType("public").withType("A"));
    assertTrue(listed.getRecordsets().stream().anyMatch(r -> r.getId().equals(created.getId())));
    assertTrue(listed.getRecordsets().stream().noneMatch(r -> r.getId().equals(privRecord.getId())));
    assertTrue(listed.getRecordsets().stream().allMatch(r -> "A".equals(r.getType())));
    assertEquals(fake.baseUrl() + "/v2.1/recordsets", listed.getLinks().getSelf());
    var page = dns.listRecordSetsWithLine(new ListRecordSetsWithLineRequest().withLimit(1).withRecords("192.0.2.1"));
    assertEquals(1, page.getMetadata().getTotalCount());
    assertEquals(created.getId(), page.getRecordsets().get(0).getId());
    assertEquals(0, noProject().listRecordSetsWithLine(new ListRecordSetsWithLineRequest().withRecords("192.0.2.1"))
        .getMetadata().getTotalCount());
  }

  @Test
  void updateDeleteAndStatusOfOneRecordSet() {
    String zone = publicZone(dns, "example.net.");
    String www = createLine(dns, zone, a("www.example.net.", "192.0.2.1")).getId();
    // Not steady yet: update, delete and status changes refuse it.
    UpdateRecordSetsRequest update = new UpdateRecordSetsRequest().withZoneId(zone).withRecordsetId(www)
        .withBody(new UpdateRecordSetsReq().withName("www.example.net.").withType("A").withRecords(List.of("192.0.2.2")).withTtl(900).withWeight(3));
    assertError(400, "DNS.0314", "The record set is not in a steady state.", fails(() -> dns.updateRecordSets(update)));
    assertError(400, "DNS.0314", "The record set is not in a steady state.", fails(() -> dns.deleteRecordSets(
        new DeleteRecordSetsRequest().withZoneId(zone).withRecordsetId(www))));
    assertError(400, "DNS.0314", "The record set is not in a steady state.", fails(() -> setStatus(www, "DISABLE")));
    settle();

    var updated = dns.updateRecordSets(update);
    assertEquals(202, updated.getHttpStatusCode());
    assertEquals("PENDING_UPDATE", updated.getStatus());
    assertEquals(List.of("192.0.2.2"), updated.getRecords());
    assertEquals(900, updated.getTtl());
    assertEquals(3, updated.getWeight());
    settle();
    assertEquals("ACTIVE", show(zone, www).getStatus());
    String soa = soa(zone);
    assertError(400, "DNS.0318", "This record set is a default one and cannot be updated.", fails(() -> dns.updateRecordSets(
        new UpdateRecordSetsRequest().withZoneId(zone).withRecordsetId(soa)
            .withBody(new UpdateRecordSetsReq().withName("example.net.").withType("A").withTtl(60)))));
    assertError(404, "DNS.0313", "This record set does not exist.", fails(() -> dns.updateRecordSets(
        new UpdateRecordSetsRequest().withZoneId(zone).withRecordsetId(ABSENT).withBody(update.getBody()))));
    assertError(400, "DNS.0308", "Invalid record set value.", fails(() -> dns.updateRecordSets(
        new UpdateRecordSetsRequest().withZoneId(zone).withRecordsetId(www)
            .withBody(new UpdateRecordSetsReq().withName("www.example.net.").withType("A").withRecords(List.of("nope"))))));

    // SetRecordSetsStatus: DISABLE and back; the default ones cannot be touched.
    var off = setStatus(www, "DISABLE");
    assertEquals(202, off.getHttpStatusCode());
    assertEquals("DISABLE", off.getStatus());
    assertEquals("DISABLE", show(zone, www).getStatus());
    assertError(400, "DNS.0314", "The record set is not in a steady state.", fails(() -> dns.updateRecordSets(update)));
    assertEquals("ACTIVE", setStatus(www, "ENABLE").getStatus());
    assertError(400, "DNS.0324", "This record set is a default one and cannot be operated.", fails(() -> setStatus(soa, "DISABLE")));
    assertError(404, "DNS.0313", "This record set does not exist.", fails(() -> setStatus(ABSENT, "DISABLE")));
    assertError(404, "DNS.0313", "This record set does not exist.", fails(() -> noProject().setRecordSetsStatus(
        new SetRecordSetsStatusRequest().withRecordsetId(www).withBody(new SetRecordSetsStatusReq().withStatus("DISABLE")))));

    // DeleteRecordSets.
    assertError(400, "DNS.0317", "This record set is a default one and cannot be deleted.", fails(() -> dns.deleteRecordSets(
        new DeleteRecordSetsRequest().withZoneId(zone).withRecordsetId(soa))));
    setStatus(www, "DISABLE");
    var deleted = dns.deleteRecordSets(new DeleteRecordSetsRequest().withZoneId(zone).withRecordsetId(www));
    assertEquals(202, deleted.getHttpStatusCode());
    assertEquals("PENDING_DELETE", deleted.getStatus());
    settle();
    assertError(404, "DNS.0313", "This record set does not exist.", fails(() -> dns.deleteRecordSets(
        new DeleteRecordSetsRequest().withZoneId(zone).withRecordsetId(www))));
    assertError(404, "DNS.0302", "This zone does not exist.", fails(() -> dns.deleteRecordSets(
        new DeleteRecordSetsRequest().withZoneId(ABSENT).withRecordsetId(www))));
  }

  com.huaweicloud.sdk.dns.v2.model.SetRecordSetsStatusResponse setStatus(String id, String status) {
    return dns.setRecordSetsStatus(new SetRecordSetsStatusRequest().withRecordsetId(id).withBody(new SetRecordSetsStatusReq().withStatus(status)));
  }

  @Test
  void batchesOfLines() {
    DnsClient other = noProject();
    String zone = publicZone(other, "batch.example.");
    CreateRSetBatchLinesReq lines = new CreateRSetBatchLinesReq().withName("api.batch.example").withType("A").withLines(List.of(
        new BatchCreateRecordSetWithLine().withLine("default_view").withRecords(List.of("192.0.2.10")).withTtl(300),
        new BatchCreateRecordSetWithLine().withLine("Dianxin").withRecords(List.of("192.0.2.11")).withWeight(2)));
    var made = other.createRecordSetWithBatchLines(new CreateRecordSetWithBatchLinesRequest().withZoneId(zone).withBody(lines));
    assertEquals(202, made.getHttpStatusCode());
    assertEquals(2, made.getMetadata().getTotalCount());
    assertEquals(List.of("default_view", "Dianxin"), made.getRecordsets().stream().map(QueryRecordSetWithLineResp::getLine).toList());
    assertEquals(List.of("api.batch.example.", "api.batch.example."), made.getRecordsets().stream().map(QueryRecordSetWithLineResp::getName).toList());
    assertEquals(2, made.getRecordsets().get(1).getWeight());
    List<String> ids = made.getRecordsets().stream().map(QueryRecordSetWithLineResp::getId).toList();
    assertError(400, "DNS.0312", "This record set name already exists.", fails(() -> other.createRecordSetWithBatchLines(
        new CreateRecordSetWithBatchLinesRequest().withZoneId(zone).withBody(lines))));
    assertError(400, "DNS.0304", "Invalid record set name.", fails(() -> other.createRecordSetWithBatchLines(
        new CreateRecordSetWithBatchLinesRequest().withZoneId(zone).withBody(new CreateRSetBatchLinesReq().withName("api.other.example.")
            .withType("A").withLines(lines.getLines())))));
    String soa = other.showRecordSetByZone(new ShowRecordSetByZoneRequest().withZoneId(zone)).getRecordsets().get(0).getId();

    // BatchUpdate: each id gets its own values; pending ones, unknown ones and default ones are refused.
    BatchUpdateRecordSetWithLineRequest update = new BatchUpdateRecordSetWithLineRequest().withZoneId(zone).withBody(
        new BatchUpdateRecordSetWithLineReq().withRecordsets(List.of(
            new BatchUpdateRecordSet().withId(ids.get(0)).withRecords(List.of("192.0.2.20")).withTtl(60),
            new BatchUpdateRecordSet().withId(ids.get(1)).withRecords(List.of("192.0.2.21")).withDescription("telecom"))));
    assertError(400, "DNS.0314", "The record set is not in a steady state.", fails(() -> other.batchUpdateRecordSetWithLine(update)));
    settle();
    var updated = other.batchUpdateRecordSetWithLine(update);
    assertEquals(202, updated.getHttpStatusCode());
    assertEquals(List.of(List.of("192.0.2.20"), List.of("192.0.2.21")), updated.getRecordsets().stream().map(QueryRecordSetWithLineResp::getRecords).toList());
    assertEquals(60, updated.getRecordsets().get(0).getTtl());
    assertEquals(300, updated.getRecordsets().get(1).getTtl());
    assertEquals("telecom", updated.getRecordsets().get(1).getDescription());
    assertEquals(List.of("PENDING_UPDATE", "PENDING_UPDATE"), updated.getRecordsets().stream().map(QueryRecordSetWithLineResp::getStatus).toList());
    settle();
    assertError(404, "DNS.0313", "This record set does not exist.", fails(() -> other.batchUpdateRecordSetWithLine(
        new BatchUpdateRecordSetWithLineRequest().withZoneId(zone).withBody(new BatchUpdateRecordSetWithLineReq().withRecordsets(List.of(
            new BatchUpdateRecordSet().withId(ids.get(0)).withTtl(30), new BatchUpdateRecordSet().withId(ABSENT).withTtl(30)))))));
    assertError(400, "DNS.0318", "This record set is a default one and cannot be updated.", fails(() -> other.batchUpdateRecordSetWithLine(
        new BatchUpdateRecordSetWithLineRequest().withZoneId(zone).withBody(new BatchUpdateRecordSetWithLineReq().withRecordsets(List.of(
            new BatchUpdateRecordSet().withId(soa).withTtl(30)))))));
    assertError(404, "DNS.0302", "This zone does not exist.", fails(() -> dns.batchUpdateRecordSetWithLine(update)));

    // BatchDelete.
    assertError(400, "DNS.0317", "This record set is a default one and cannot be deleted.", fails(() -> batchDelete(other, zone, List.of(ids.get(0), soa))));
    assertError(404, "DNS.0313", "This record set does not exist.", fails(() -> batchDelete(other, zone, List.of(ids.get(0), ABSENT))));
    var gone = batchDelete(other, zone, ids);
    assertEquals(202, gone.getHttpStatusCode());
    assertEquals(List.of("PENDING_DELETE", "PENDING_DELETE"), gone.getRecordsets().stream().map(QueryRecordSetWithLineResp::getStatus).toList());
    assertError(400, "DNS.0314", "The record set is not in a steady state.", fails(() -> batchDelete(other, zone, ids)));
    settle();
    assertEquals(2, other.showRecordSetByZone(new ShowRecordSetByZoneRequest().withZoneId(zone)).getMetadata().getTotalCount());
    assertError(404, "DNS.0313", "This record set does not exist.", fails(() -> batchDelete(other, zone, ids)));    String priv = create("batch.internal.", vpc()).getId();
    settle();
    assertError(400, "DNS.0325", "The resolution line for record sets in this type of zones must be 'default_view'.", fails(() ->
        dns.createRecordSetWithBatchLines(new CreateRecordSetWithBatchLinesRequest().withZoneId(priv).withBody(lines))));
  }

  com.huaweicloud.sdk.dns.v2.model.BatchDeleteRecordSetWithLineResponse batchDelete(DnsClient client, String zone, List<String> ids) {
    return client.batchDeleteRecordSetWithLine(new BatchDeleteRecordSetWithLineRequest().withZoneId(zone)
        .withBody(new BatchDeleteRecordSetWithLineRequestBody().withRecordsetIds(ids)));
  }
}
