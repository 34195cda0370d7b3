package io.clouddouble.state;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.huaweicloud.sdk.dns.v2.DnsClient;
import com.huaweicloud.sdk.dns.v2.model.CreateEipRecordSetRequest;
import com.huaweicloud.sdk.dns.v2.model.CreateEipRecordSetResponse;
import com.huaweicloud.sdk.dns.v2.model.CreatePtrReq;
import com.huaweicloud.sdk.dns.v2.model.CreatePublicZoneReq;
import com.huaweicloud.sdk.dns.v2.model.CreatePublicZoneRequest;
import com.huaweicloud.sdk.dns.v2.model.CreateRecordSetRequest;
import com.huaweicloud.sdk.dns.v2.model.CreateRecordSetRequestBody;
import com.huaweicloud.sdk.dns.v2.model.CreateRecordSetWithBatchLinesRequest;
import com.huaweicloud.sdk.dns.v2.model.CreateRSetBatchLinesReq;
import com.huaweicloud.sdk.dns.v2.model.BatchCreateRecordSetWithLine;
import com.huaweicloud.sdk.dns.v2.model.CreateTagReq;
import com.huaweicloud.sdk.dns.v2.model.CreateTagRequest;
import com.huaweicloud.sdk.dns.v2.model.DomainQuotaResponseQuotas;
import com.huaweicloud.sdk.dns.v2.model.ListPtrRecordsFloatingResp;
import com.huaweicloud.sdk.dns.v2.model.ListPtrRecordsRequest;
import com.huaweicloud.sdk.dns.v2.model.ListPtrRecordsResponse;
import com.huaweicloud.sdk.dns.v2.model.RestorePtrRecordRequest;
import com.huaweicloud.sdk.dns.v2.model.RestorePtrReq;
import com.huaweicloud.sdk.dns.v2.model.ShowDomainQuotaRequest;
import com.huaweicloud.sdk.dns.v2.model.ShowPtrRecordSetRequest;
import com.huaweicloud.sdk.dns.v2.model.ShowPtrRecordSetResponse;
import com.huaweicloud.sdk.dns.v2.model.ShowResourceTagRequest;
import com.huaweicloud.sdk.dns.v2.model.Tag;
import com.huaweicloud.sdk.dns.v2.model.UpdatePtrRecordRequest;
import com.huaweicloud.sdk.dns.v2.model.UpdatePtrReq;
import io.clouddouble.testkit.Sdks;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** PTR records of EIPs and the DNS quotas through the official DnsClient, each served error from real state. */
class DnsPtrAndQuotaTest extends DnsTestBase {
  static final String PROJECT = "e55c6f3dc4e34c9f86353b664ae0e70c";
  static final String REGION = "cn-north-4";
  /** The demo world's PTR record (of an EIP it does not declare). */
  static final String DEMO_PTR = "cn-north-4:5e1d6a0c-3b7f-4c2e-9a8d-1f0e2d3c4b5a";

  DnsClient noProject() {
    return Sdks.huawei(fake, Sdks.HUAWEI_AK, Sdks.HUAWEI_SK, null);
  }

  static CreateEipRecordSetResponse setPtr(DnsClient client, String eip, String name) {
    return client.createEipRecordSet(new CreateEipRecordSetRequest().withRegion(REGION).withFloatingipId(eip)
        .withBody(new CreatePtrReq().withPtrdname(name)));
  }

  static ShowPtrRecordSetResponse showPtr(DnsClient client, String eip) {
    return client.showPtrRecordSet(new ShowPtrRecordSetRequest().withRegion(REGION).withFloatingipId(eip));
  }

  static Map<String, Integer[]> quotas(DnsClient client) {
    Map<String, Integer[]> out = new TreeMap<>();
    for (DomainQuotaResponseQuotas q : client.showDomainQuota(new ShowDomainQuotaRequest().withDomainId("any")).getQuotas()) {
      assertEquals("count", q.getUnit());
      out.put(q.getQuotaKey(), new Integer[] {q.getQuotaLimit(), q.getUsed()});
    }
    return out;
  }

  void declare(String type, String json) {
    admin.merge("""
        {"accounts": [{"cloud": "huawei", "account": "%s", "regions": {"%s": {"%s": [%s]}}}]}
        """.formatted(PROJECT, REGION, type, json));
  }

  @Test
  void ptrRecordLifecycle() {
    String eip = vpc(); // an EIP id is a UUID too
    // Accepted by pattern while the world declares no EIP: set, then ACTIVE on the clock.
    var created = dns.createEipRecordSet(new CreateEipRecordSetRequest().withRegion(REGION).withFloatingipId(eip)
        .withBody(new CreatePtrReq().withPtrdname("mail.example.com").withDescription("mail").withTtl(600)
            .withTags(List.of(new Tag().withKey("env").withValue("prod")))));
    assertEquals(202, created.getHttpStatusCode());
    assertEquals(REGION + ":" + eip, created.getId());
    assertEquals("mail.example.com.", created.getPtrdname());
    assertEquals("PENDING_CREATE", created.getStatus());
    assertEquals("CREATE", created.getAction());
    assertEquals(600, created.getTtl());
    assertTrue(created.getLinks().getSelf().endsWith("/v2/reverse/floatingips/" + REGION + ":" + eip));
    assertError(409, "DNS.0503", "The PTR record is not in a steady state.", fails(() -> setPtr(dns, eip, "other.example.com.")));
    admin.advance("3s");
    var shown = showPtr(dns, eip);
    assertEquals("ACTIVE", shown.getStatus());
    assertEquals("NONE", shown.getAction());
    assertEquals("mail", shown.getDescription());

    // Update (the same PATCH, with the SDK's UpdatePtrRecord request).
    var updated = dns.updatePtrRecord(new UpdatePtrRecordRequest().withRegion(REGION).withFloatingipId(eip)
        .withBody(new UpdatePtrReq().withPtrdname("smtp.example.com.").withTtl(300)));
    assertEquals(202, updated.getHttpStatusCode());
    assertEquals("PENDING_UPDATE", updated.getStatus());
    assertEquals("smtp.example.com.", updated.getPtrdname());
    assertEquals("mail", updated.getDescription());
    assertError(409, "DNS.0503", "The PTR record is not in a steady state.", fails(() -> dns.restorePtrRecord(
        new RestorePtrRecordRequest().withRegion(REGION).withFloatingipId(eip).withBody(new RestorePtrReq()))));
    admin.advance("3s");
    assertEquals("ACTIVE", showPtr(dns, eip).getStatus());

    // Field rules.
    assertError(400, "DNS.0505", "Invalid domain name in the PTR record.", fails(() -> setPtr(dns, eip, "bad_name!")));
    assertError(400, "DNS.0508", "Invalid PTR description. The description can contain a maximum of 255 characters.",
        fails(() -> dns.updatePtrRecord(new UpdatePtrRecordRequest().withRegion(REGION).withFloatingipId(eip)
            .withBody(new UpdatePtrReq().withPtrdname("a.example.com.").withDescription("d".repeat(256))))));
    assertError(400, "DNS.0601", "Invalid region.", fails(() -> dns.showPtrRecordSet(
        new ShowPtrRecordSetRequest().withRegion("cn-south-1").withFloatingipId(eip))));
    assertError(400, "DNS.0504", "Invalid EIP address ID.", fails(() -> showPtr(dns, "not-an-eip")));
    assertError(400, "DNS.0504", "Invalid EIP address ID.", fails(() -> setPtr(dns, "not-an-eip", "a.example.com.")));
    assertError(400, "DNS.0601", "Invalid region.", fails(() -> dns.createEipRecordSet(new CreateEipRecordSetRequest()
        .withRegion("cn-south-1").withFloatingipId(eip).withBody(new CreatePtrReq().withPtrdname("a.example.com.")))));
    assertError(400, "DNS.0504", "Invalid EIP address ID.", fails(() -> dns.restorePtrRecord(
        new RestorePtrRecordRequest().withRegion(REGION).withFloatingipId("not-an-eip").withBody(new RestorePtrReq()))));
    assertError(400, "DNS.0601", "Invalid region.", fails(() -> dns.restorePtrRecord(
        new RestorePtrRecordRequest().withRegion("cn-south-1").withFloatingipId(eip).withBody(new RestorePtrReq()))));
    assertError(404, "DNS.0507", "This PTR record does not exist.", fails(() -> showPtr(dns, vpc())));

    // Tags of the PTR record.
    assertEquals(List.of("env=prod"), ptrTags(eip));
    dns.createTag(new CreateTagRequest().withResourceType("DNS-ptr_record").withResourceId(REGION + ":" + eip)
        .withBody(new CreateTagReq().withTag(new Tag().withKey("team").withValue("mail"))));
    assertEquals(List.of("env=prod", "team=mail"), ptrTags(eip));

    // List: paging by limit and marker, the status and tags filters.
    String second = vpc();
    setPtr(dns, second, "www.example.com.");
    ListPtrRecordsResponse all = dns.listPtrRecords(new ListPtrRecordsRequest());
    assertEquals(3, all.getMetadata().getTotalCount());
    assertEquals(List.of(DEMO_PTR, REGION + ":" + eip, REGION + ":" + second), ids(all.getFloatingips()));
    assertEquals("203.0.113.10", all.getFloatingips().get(0).getAddress());
    assertEquals(2, all.getFloatingips().get(1).getTags().size());
    ListPtrRecordsResponse first = dns.listPtrRecords(new ListPtrRecordsRequest().withLimit(1));
    assertEquals(List.of(DEMO_PTR), ids(first.getFloatingips()));
    assertTrue(first.getLinks().getNext().contains("marker=" + DEMO_PTR));
    ListPtrRecordsResponse next = dns.listPtrRecords(new ListPtrRecordsRequest().withLimit(1).withMarker(REGION + ":" + eip));
    assertEquals(List.of(REGION + ":" + second), ids(next.getFloatingips()));
    assertNull(next.getLinks().getNext());
    assertEquals(List.of(REGION + ":" + second), ids(dns.listPtrRecords(new ListPtrRecordsRequest().withStatus("PENDING_CREATE")).getFloatingips()));
    assertEquals(List.of(REGION + ":" + eip), ids(dns.listPtrRecords(new ListPtrRecordsRequest().withTags("team,mail")).getFloatingips()));

    // Restore: back to the default, i.e. no PTR record of ours (its tags go too).
    var restored = dns.restorePtrRecord(new RestorePtrRecordRequest().withRegion(REGION).withFloatingipId(eip).withBody(new RestorePtrReq()));
    assertEquals(204, restored.getHttpStatusCode());
    assertEquals("PENDING_DELETE", showPtr(dns, eip).getStatus());
    admin.advance("3s");
    assertError(404, "DNS.0507", "This PTR record does not exist.", fails(() -> showPtr(dns, eip)));
    assertError(404, "DNS.0507", "This PTR record does not exist.", fails(() -> dns.restorePtrRecord(
        new RestorePtrRecordRequest().withRegion(REGION).withFloatingipId(eip).withBody(new RestorePtrReq()))));
    assertError(404, "DNS.0507", "This PTR record does not exist.", fails(() -> ptrTags(eip)));
    assertEquals(2, dns.listPtrRecords(new ListPtrRecordsRequest()).getMetadata().getTotalCount());
  }

  List<String> ptrTags(String eip) {
    return dns.showResourceTag(new ShowResourceTagRequest().withResourceType("DNS-ptr_record").withResourceId(REGION + ":" + eip))
        .getTags().stream().map(t -> t.getKey() + "=" + t.getValue()).toList();
  }

  static List<String> ids(List<ListPtrRecordsFloatingResp> list) {
    return list.stream().map(ListPtrRecordsFloatingResp::getId).collect(Collectors.toList());
  }

  @Test
  void declaredEipsAndThePtrQuota() {
    String declared = vpc();
    declare("Eip", "{\"id\": \"%s\", \"public_ip_address\": \"203.0.113.10\"}".formatted(declared));
    declare("DnsQuota", "{\"quota_key\": \"ptr_record\", \"quota_limit\": 2}");
    // Once the world declares the project's EIPs, only declared ones exist.
    assertError(404, "DNS.0502", "This EIP address does not exist.", fails(() -> setPtr(dns, vpc(), "a.example.com.")));
    assertError(404, "DNS.0502", "This EIP address does not exist.", fails(() -> showPtr(dns, vpc())));
    assertError(404, "DNS.0502", "This EIP address does not exist.", fails(() -> dns.restorePtrRecord(
        new RestorePtrRecordRequest().withRegion(REGION).withFloatingipId(vpc()).withBody(new RestorePtrReq()))));
    var ptr = setPtr(dns, declared, "a.example.com.");
    assertEquals("203.0.113.10", ptr.getAddress());
    assertEquals(2, quotas(dns).get("ptr_record")[1]); // with the demo world's
    assertEquals(2, quotas(dns).get("ptr_record")[0]);
    // Quota: a second PTR record in the project is refused (the project without X-Project-Id is another one).
    String another = vpc();
    declare("Eip", "{\"id\": \"%s\"}".formatted(another));
    assertError(403, "DNS.0405", "Insufficient PTR record quota.", fails(() -> setPtr(dns, another, "b.example.com.")));
    admin.advance("3s");
    // Updating the one it has is not a new record.
    assertEquals("PENDING_UPDATE", setPtr(dns, declared, "c.example.com.").getStatus());
    var other = noProject();
    String theirs = vpc();
    assertEquals("PENDING_CREATE", setPtr(other, theirs, "b.example.com.").getStatus());
    // The demo PTR record is shared with that project too.
    assertEquals(2, other.listPtrRecords(new ListPtrRecordsRequest()).getMetadata().getTotalCount());
    assertEquals(50, quotas(other).get("ptr_record")[0]);
  }

  @Test
  void zoneAndRecordSetQuotas() {
    Map<String, Integer[]> before = quotas(dns);
    assertEquals(List.of("private_zone", "ptr_record", "record_set", "zone"), List.copyOf(before.keySet()));
    assertEquals(50, before.get("zone")[0]);
    assertEquals(50, before.get("private_zone")[0]);
    assertEquals(500, before.get("record_set")[0]);
    int zones = before.get("zone")[1];
    int privateZones = before.get("private_zone")[1];
    int recordSets = before.get("record_set")[1];
    declare("DnsQuota", """
        {"quota_key": "zone", "quota_limit": %d}, {"quota_key": "private_zone", "quota_limit": %d},
        {"quota_key": "record_set", "quota_limit": %d}""".formatted(zones + 1, privateZones + 1, recordSets + 4));

    String zone = dns.createPublicZone(new CreatePublicZoneRequest().withBody(new CreatePublicZoneReq().withName("quota.example."))).getId();
    assertError(403, "DNS.0404", "Insufficient zone quota.", fails(() -> dns.createPublicZone(
        new CreatePublicZoneRequest().withBody(new CreatePublicZoneReq().withName("quota2.example.")))));
    activeZone("quota.internal.", vpc());
    assertError(403, "DNS.0404", "Insufficient zone quota.", fails(() -> create("quota2.internal.", vpc())));
    admin.advance("3s");
    // Each new zone brought its SOA and NS record sets: two of the four left.
    Map<String, Integer[]> after = quotas(dns);
    assertEquals(zones + 1, after.get("zone")[1]);
    assertEquals(privateZones + 1, after.get("private_zone")[1]);
    assertEquals(recordSets + 4, after.get("record_set")[1]);
    assertError(403, "DNS.0403", "Insufficient record set quota.", fails(() -> dns.createRecordSet(new CreateRecordSetRequest()
        .withZoneId(zone).withBody(new CreateRecordSetRequestBody().withName("www.quota.example.").withType("A")
            .withRecords(List.of("192.0.2.1"))))));
    assertError(403, "DNS.0403", "Insufficient record set quota.", fails(() -> dns.createRecordSetWithBatchLines(
        new CreateRecordSetWithBatchLinesRequest().withZoneId(zone).withBody(new CreateRSetBatchLinesReq()
            .withName("www.quota.example.").withType("A").withLines(List.of(new BatchCreateRecordSetWithLine()
                .withLine("default_view").withRecords(List.of("192.0.2.1"))))))));
    // The project without X-Project-Id has its own quotas.
    assertEquals(50, quotas(noProject()).get("zone")[0]);
  }
}
