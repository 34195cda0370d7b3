package io.clouddouble.contracttest;

import static io.clouddouble.contracttest.ContractCase.Kind.NOT_FOUND;
import static io.clouddouble.contracttest.ContractCase.Kind.READ;
import static io.clouddouble.contracttest.ContractCase.Kind.VALIDATION;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.clouddouble.contracttest.Session.Answer;
import java.util.List;
import java.util.Map;

/** Huawei Cloud DNS v2: private zones, routers and record sets, signed with SDK-HMAC-SHA256. */
final class DnsCases {
  private static final Product P = Product.DNS;
  private static final String ZONE_NOT_FOUND = "DNS.0302";

  private DnsCases() {}

  static List<ContractCase> all() {
    return List.of(
        probe("ListPrivateZones", READ,
            s -> s.dns(op("ListPrivateZones"), "GET", "/v2/zones", Map.of("type", "private"), null, Expectation.success())),
        probe("ShowPrivateZone", NOT_FOUND,
            s -> s.dns(op("ShowPrivateZone"), "GET", zone(Absent.ZONE), Map.of(), null, Expectation.documentedError())),
        probe("DeletePrivateZone", NOT_FOUND,
            s -> s.dns(op("DeletePrivateZone"), "DELETE", zone(Absent.ZONE), Map.of(), null, Expectation.documentedError())),
        probe("AssociateRouter", NOT_FOUND,
            s -> s.dns(op("AssociateRouter"), "POST", zone(Absent.ZONE) + "/associaterouter", Map.of(),
                router(Absent.ROUTER, s.huaweiRegion()), Expectation.documentedError())),
        probe("DisassociateRouter", NOT_FOUND,
            s -> s.dns(op("DisassociateRouter"), "POST", zone(Absent.ZONE) + "/disassociaterouter", Map.of(),
                router(Absent.ROUTER, s.huaweiRegion()), Expectation.documentedError())),
        probe("DisassociateRouter", VALIDATION,
            s -> s.dns(op("DisassociateRouter"), "POST", zone(Absent.ZONE) + "/disassociaterouter", Map.of(),
                "{\"router\":{}}", Expectation.documentedError())),
        // A zone without a name is refused before anything is created.
        probe("CreatePrivateZone", VALIDATION,
            s -> s.dns(op("CreatePrivateZone"), "POST", "/v2/zones", Map.of(),
                "{\"zone_type\":\"private\",\"router\":{\"router_id\":\"" + Absent.ROUTER + "\"}}", Expectation.documentedError())),
        probe("UpdatePrivateZone", NOT_FOUND,
            s -> s.dns(op("UpdatePrivateZone"), "PATCH", zone(Absent.ZONE), Map.of(), "{\"ttl\":300}",
                Expectation.documentedError())),
        probe("ShowPrivateZoneNameServer", NOT_FOUND,
            s -> s.dns(op("ShowPrivateZoneNameServer"), "GET", zone(Absent.ZONE) + "/nameservers", Map.of(), null,
                Expectation.documentedError())),
        // Record sets of a zone that cannot exist: nothing is created, shown, changed or deleted.
        probe("CreateRecordSet", NOT_FOUND,
            s -> s.dns(op("CreateRecordSet"), "POST", zone(Absent.ZONE) + "/recordsets", Map.of(),
                "{\"name\":\"www.clouddouble-ct.example.com.\",\"type\":\"A\",\"records\":[\"192.0.2.1\"]}",
                Expectation.documentedError())),
        probe("ShowRecordSet", NOT_FOUND,
            s -> s.dns(op("ShowRecordSet"), "GET", recordset(Absent.ZONE, Absent.ZONE), Map.of(), null,
                Expectation.documentedError())),
        probe("ListRecordSetsByZone", NOT_FOUND,
            s -> s.dns(op("ListRecordSetsByZone"), "GET", zone(Absent.ZONE) + "/recordsets", Map.of(), null,
                Expectation.documentedError())),
        probe("ListRecordSets", READ,
            s -> s.dns(op("ListRecordSets"), "GET", "/v2/recordsets", Map.of("limit", "10"), null, Expectation.success())),
        probe("UpdateRecordSet", NOT_FOUND,
            s -> s.dns(op("UpdateRecordSet"), "PUT", recordset(Absent.ZONE, Absent.ZONE), Map.of(),
                "{\"name\":\"www.clouddouble-ct.example.com.\",\"type\":\"A\",\"ttl\":300}", Expectation.documentedError())),
        probe("DeleteRecordSet", NOT_FOUND,
            s -> s.dns(op("DeleteRecordSet"), "DELETE", recordset(Absent.ZONE, Absent.ZONE), Map.of(), null,
                Expectation.documentedError())),
        probe("ListPublicZones", READ,
            s -> s.dns(op("ListPublicZones"), "GET", "/v2/zones", Map.of("type", "public"), null, Expectation.success())),
        // A public zone without a name is refused before anything is created.
        probe("CreatePublicZone", VALIDATION,
            s -> s.dns(op("CreatePublicZone"), "POST", "/v2/zones", Map.of(), "{\"zone_type\":\"public\"}",
                Expectation.documentedError())),
        // Public zones' own operations (Show, Update, Delete and the name servers share the private zones' routes).
        probe("ShowPublicZone", NOT_FOUND,
            s -> s.dns(op("ShowPublicZone"), "GET", zone(Absent.ZONE), Map.of(), null, Expectation.documentedError())),
        probe("UpdatePublicZone", NOT_FOUND,
            s -> s.dns(op("UpdatePublicZone"), "PATCH", zone(Absent.ZONE), Map.of(), "{\"ttl\":300}", Expectation.documentedError())),
        probe("DeletePublicZone", NOT_FOUND,
            s -> s.dns(op("DeletePublicZone"), "DELETE", zone(Absent.ZONE), Map.of(), null, Expectation.documentedError())),
        probe("ShowPublicZoneNameServer", NOT_FOUND,
            s -> s.dns(op("ShowPublicZoneNameServer"), "GET", zone(Absent.ZONE) + "/nameservers", Map.of(), null,
                Expectation.documentedError())),
        probe("UpdatePublicZoneStatus", NOT_FOUND,
            s -> s.dns(op("UpdatePublicZoneStatus"), "PUT", zone(Absent.ZONE) + "/statuses", Map.of(), "{\"status\":\"DISABLE\"}",
                Expectation.documentedError())),
        probe("ListNameServers", READ,
            s -> s.dns(op("ListNameServers"), "GET", "/v2/nameservers", Map.of(), null, Expectation.success())),
        probe("ListApiVersions", READ, s -> s.dns(op("ListApiVersions"), "GET", "/", Map.of(), null, Expectation.success())),
        probe("ShowApiInfo", READ, s -> s.dns(op("ShowApiInfo"), "GET", "/v2", Map.of(), null, Expectation.success())),
        // PTR records of an EIP that cannot exist (an all-zero UUID): nothing is set or restored.
        probe("ListPtrRecords", READ,
            s -> s.dns(op("ListPtrRecords"), "GET", "/v2/reverse/floatingips", Map.of("limit", "10"), null, Expectation.success())),
        probe("ShowPtrRecordSet", NOT_FOUND,
            s -> s.dns(op("ShowPtrRecordSet"), "GET", ptr(s, Absent.ROUTER), Map.of(), null, Expectation.documentedError())),
        probe("CreateEipRecordSet", VALIDATION,
            s -> s.dns(op("CreateEipRecordSet"), "PATCH", ptr(s, Absent.ROUTER), Map.of(), "{\"ptrdname\":\"bad_name!\"}",
                Expectation.documentedError())),
        probe("UpdatePtrRecord", VALIDATION,
            s -> s.dns(op("UpdatePtrRecord"), "PATCH", ptr(s, Absent.ROUTER), Map.of(), "{\"ptrdname\":\"bad_name!\",\"ttl\":300}",
                Expectation.documentedError())),
        probe("RestorePtrRecord", NOT_FOUND,
            s -> s.dns(op("RestorePtrRecord"), "PATCH", ptr(s, Absent.ROUTER), Map.of(), "{\"ptrdname\":null}",
                Expectation.documentedError())),
        // The fake reads no domain id; the project id stands in for the account's (real runs may need the domain id).
        probe("ShowDomainQuota", READ,
            s -> s.dns(op("ShowDomainQuota"), "GET", "/v2/quotamg/dns/quotas",
                Map.of("domain_id", s.config().huawei().orElseThrow().projectId()), null, Expectation.success())),
        // Tags of a zone that cannot exist: nothing is tagged.
        probe("ShowResourceTag", NOT_FOUND,
            s -> s.dns(op("ShowResourceTag"), "GET", tags(s, "DNS-public_zone") + "/" + Absent.ZONE + "/tags", Map.of(), null,
                Expectation.documentedError())),
        probe("CreateTag", NOT_FOUND,
            s -> s.dns(op("CreateTag"), "POST", tags(s, "DNS-public_zone") + "/" + Absent.ZONE + "/tags", Map.of(),
                "{\"tag\":{\"key\":\"clouddouble\",\"value\":\"ct\"}}", Expectation.documentedError())),
        probe("BatchCreateTag", NOT_FOUND,
            s -> s.dns(op("BatchCreateTag"), "POST", tags(s, "DNS-public_zone") + "/" + Absent.ZONE + "/tags/action", Map.of(),
                "{\"action\":\"create\",\"tags\":[{\"key\":\"clouddouble\",\"value\":\"ct\"}]}", Expectation.documentedError())),
        probe("DeleteTag", NOT_FOUND,
            s -> s.dns(op("DeleteTag"), "DELETE", tags(s, "DNS-public_zone") + "/" + Absent.ZONE + "/tags/clouddouble", Map.of(), null,
                Expectation.documentedError())),
        probe("ListTags", READ,
            s -> s.dns(op("ListTags"), "GET", tags(s, "DNS-public_zone") + "/tags", Map.of(), null, Expectation.success())),
        probe("ListTag", READ,
            s -> s.dns(op("ListTag"), "POST", tags(s, "DNS-public_zone") + "/resource_instances/action", Map.of(),
                "{\"action\":\"count\"}", Expectation.success())),
        // The v2.1 record-set operations on a zone or record set that cannot exist: nothing changes.
        probe("ShowRecordSetByZone", NOT_FOUND,
            s -> s.dns(op("ShowRecordSetByZone"), "GET", zone21(Absent.ZONE) + "/recordsets", Map.of(), null,
                Expectation.documentedError())),
        probe("ListRecordSetsWithLine", READ,
            s -> s.dns(op("ListRecordSetsWithLine"), "GET", "/v2.1/recordsets", Map.of("limit", "10"), null, Expectation.success())),
        probe("CreateRecordSetWithLine", NOT_FOUND,
            s -> s.dns(op("CreateRecordSetWithLine"), "POST", zone21(Absent.ZONE) + "/recordsets", Map.of(),
                "{\"name\":\"www.clouddouble-ct.example.com.\",\"type\":\"A\",\"records\":[\"192.0.2.1\"]}",
                Expectation.documentedError())),
        probe("CreateRecordSetWithBatchLines", NOT_FOUND,
            s -> s.dns(op("CreateRecordSetWithBatchLines"), "POST", zone21(Absent.ZONE) + "/recordsets/batch/lines", Map.of(),
                "{\"name\":\"www.clouddouble-ct.example.com.\",\"type\":\"A\",\"lines\":[{\"line\":\"default_view\",\"records\":[\"192.0.2.1\"]}]}",
                Expectation.documentedError())),
        probe("ShowRecordSetWithLine", NOT_FOUND,
            s -> s.dns(op("ShowRecordSetWithLine"), "GET", zone21(Absent.ZONE) + "/recordsets/" + Absent.ZONE, Map.of(), null,
                Expectation.documentedError())),
        probe("UpdateRecordSets", NOT_FOUND,
            s -> s.dns(op("UpdateRecordSets"), "PUT", zone21(Absent.ZONE) + "/recordsets/" + Absent.ZONE, Map.of(),
                "{\"name\":\"www.clouddouble-ct.example.com.\",\"type\":\"A\",\"ttl\":300}", Expectation.documentedError())),
        probe("DeleteRecordSets", NOT_FOUND,
            s -> s.dns(op("DeleteRecordSets"), "DELETE", zone21(Absent.ZONE) + "/recordsets/" + Absent.ZONE, Map.of(), null,
                Expectation.documentedError())),
        probe("SetRecordSetsStatus", NOT_FOUND,
            s -> s.dns(op("SetRecordSetsStatus"), "PUT", "/v2.1/recordsets/" + Absent.ZONE + "/statuses/set", Map.of(),
                "{\"status\":\"DISABLE\"}", Expectation.documentedError())),
        probe("BatchUpdateRecordSetWithLine", NOT_FOUND,
            s -> s.dns(op("BatchUpdateRecordSetWithLine"), "PUT", zone21(Absent.ZONE) + "/recordsets", Map.of(),
                "{\"recordsets\":[{\"id\":\"" + Absent.ZONE + "\",\"ttl\":300}]}", Expectation.documentedError())),
        probe("BatchDeleteRecordSetWithLine", NOT_FOUND,
            s -> s.dns(op("BatchDeleteRecordSetWithLine"), "DELETE", zone21(Absent.ZONE) + "/recordsets", Map.of(),
                "{\"recordset_ids\":[\"" + Absent.ZONE + "\"]}", Expectation.documentedError())),
        ContractCase.lifecycle(P, List.of("CreatePrivateZone", "ShowPrivateZone", "ListPrivateZones", "UpdatePrivateZone",
            "ShowPrivateZoneNameServer", "CreateRecordSet", "ShowRecordSet", "ListRecordSetsByZone", "ListRecordSets",
            "UpdateRecordSet", "DeleteRecordSet", "AssociateRouter", "DisassociateRouter", "DeletePrivateZone",
            "CreatePublicZone", "ListPublicZones", "ShowPublicZone", "UpdatePublicZone", "ShowPublicZoneNameServer",
            "UpdatePublicZoneStatus", "ListNameServers", "DeletePublicZone", "ListApiVersions", "ShowApiInfo",
            "CreateTag", "BatchCreateTag", "ShowResourceTag", "ListTags", "ListTag", "DeleteTag", "CreateRecordSetWithLine", "ShowRecordSetWithLine", "ShowRecordSetByZone",
            "ListRecordSetsWithLine", "UpdateRecordSets", "SetRecordSetsStatus", "DeleteRecordSets", "CreateRecordSetWithBatchLines",
            "BatchUpdateRecordSetWithLine", "BatchDeleteRecordSetWithLine", "ShowDomainQuota", "CreateEipRecordSet",
            "ShowPtrRecordSet", "ListPtrRecords", "UpdatePtrRecord", "RestorePtrRecord"),
            Signing.HUAWEI, DnsCases::lifecycle),
        // Custom lines and line groups: lists, and ids that cannot exist; creates refused before anything is made.
        probe("ListCustomLine", READ,
            s -> s.dns(op("ListCustomLine"), "GET", "/v2.1/customlines", Map.of("limit", "10"), null, Expectation.success())),
        probe("UpdateCustomLine", NOT_FOUND,
            s -> s.dns(op("UpdateCustomLine"), "PUT", "/v2.1/customlines/" + ABSENT_LINE, Map.of(),
                "{\"description\":\"clouddouble contract test\"}", Expectation.documentedError())),
        probe("DeleteCustomLine", NOT_FOUND,
            s -> s.dns(op("DeleteCustomLine"), "DELETE", "/v2.1/customlines/" + ABSENT_LINE, Map.of(), null,
                Expectation.documentedError())),
        probe("CreateCustomLine", VALIDATION,
            s -> s.dns(op("CreateCustomLine"), "POST", "/v2.1/customlines", Map.of(),
                "{\"name\":\"clouddouble-ct\",\"ip_segments\":[\"not-a-range\"]}", Expectation.documentedError())),
        probe("ListLineGroups", READ,
            s -> s.dns(op("ListLineGroups"), "GET", "/v2.1/linegroups", Map.of("limit", "10"), null, Expectation.success())),
        probe("ShowLineGroup", NOT_FOUND,
            s -> s.dns(op("ShowLineGroup"), "GET", "/v2.1/linegroups/" + ABSENT_GROUP, Map.of(), null, Expectation.documentedError())),
        probe("UpdateLineGroups", NOT_FOUND,
            s -> s.dns(op("UpdateLineGroups"), "PUT", "/v2.1/linegroups/" + ABSENT_GROUP, Map.of(),
                "{\"description\":\"clouddouble contract test\"}", Expectation.documentedError())),
        probe("DeleteLineGroup", NOT_FOUND,
            s -> s.dns(op("DeleteLineGroup"), "DELETE", "/v2.1/linegroups/" + ABSENT_GROUP, Map.of(), null,
                Expectation.documentedError())),
        probe("CreateLineGroup", VALIDATION,
            s -> s.dns(op("CreateLineGroup"), "POST", "/v2.1/linegroups", Map.of(),
                "{\"name\":\"clouddouble-ct\",\"lines\":[\"" + ABSENT_LINE + "\"]}", Expectation.documentedError())),
        ContractCase.lifecycle(P, "lines", List.of("CreateCustomLine", "ListCustomLine", "UpdateCustomLine", "CreateLineGroup", "ShowLineGroup",
            "ListLineGroups", "UpdateLineGroups", "DeleteLineGroup", "DeleteCustomLine"), Signing.HUAWEI, DnsCases::lineLifecycle));
  }

  /**
   * Two custom lines (one address each, in the benchmarking range 198.18.0.0/15), one updated; a
   * line group of both, shown, listed, updated and deleted; then the lines deleted.
   */
  private static void lineLifecycle(Session s) {
    String name = Session.unique("clouddouble-ct");
    int n = java.util.concurrent.ThreadLocalRandom.current().nextInt(2, 250);
    String[] lines = new String[2];
    for (int i = 0; i < 2; i++) {
      String ip = "198.18." + n + "." + (10 + i);
      Answer created = s.dns(op("CreateCustomLine"), "POST", "/v2.1/customlines", Map.of(),
          "{\"name\":\"" + name + "-" + i + "\",\"ip_segments\":[\"" + ip + "-" + ip + "\"]}", Expectation.success());
      String id = created.body().path("line_id").asText();
      lines[i] = id;
      s.cleanup().register("custom line " + id, () -> deleteLine(s, "DeleteCustomLine", "/v2.1/customlines/" + id));
      s.await("custom line ACTIVE", () -> lineStatus(s, id).equals("ACTIVE"));
    }
    s.dns(op("UpdateCustomLine"), "PUT", "/v2.1/customlines/" + lines[0], Map.of(), "{\"description\":\"clouddouble contract test\"}",
        Expectation.success());
    s.await("custom line ACTIVE again", () -> lineStatus(s, lines[0]).equals("ACTIVE"));

    Answer group = s.dns(op("CreateLineGroup"), "POST", "/v2.1/linegroups", Map.of(),
        "{\"name\":\"" + name + "-g\",\"lines\":[\"" + lines[0] + "\",\"" + lines[1] + "\"]}", Expectation.success());
    String groupId = group.body().path("line_id").asText();
    String groupPath = "/v2.1/linegroups/" + groupId;
    s.cleanup().register("line group " + groupId, () -> deleteLine(s, "DeleteLineGroup", groupPath));
    s.await("line group ACTIVE", () -> "ACTIVE".equals(s.dnsUnchecked(op("ShowLineGroup"), "GET", groupPath).body().path("status").asText()));
    JsonNode listed = s.dns(op("ListLineGroups"), "GET", "/v2.1/linegroups", Map.of("name", name + "-g"), null, Expectation.success())
        .body().path("linegroups");
    Checks.require(Checks.contains(listed, "line_id", groupId), "ListLineGroups lists the new group by name");
    s.dns(op("UpdateLineGroups"), "PUT", groupPath, Map.of(), "{\"description\":\"clouddouble contract test\"}", Expectation.success());
    s.await("line group ACTIVE again", () -> "ACTIVE".equals(s.dnsUnchecked(op("ShowLineGroup"), "GET", groupPath).body().path("status").asText()));
    s.dns(op("DeleteLineGroup"), "DELETE", groupPath, Map.of(), null, Expectation.success());
    s.await("line group gone", () -> LINE_NOT_FOUND.equals(s.dnsUnchecked(op("ShowLineGroup"), "GET", groupPath).code()));
    for (String id : lines) {
      s.dns(op("DeleteCustomLine"), "DELETE", "/v2.1/customlines/" + id, Map.of(), null, Expectation.success());
      s.await("custom line gone", () -> lineStatus(s, id).isEmpty());
    }
  }

  private static final String LINE_NOT_FOUND = "DNS.1604";

  /** A custom line's status as ListCustomLine shows it, or "" once it is gone. */
  private static String lineStatus(Session s, String id) {
    JsonNode lines = s.dns(op("ListCustomLine"), "GET", "/v2.1/customlines", Map.of("line_id", id), null, Expectation.success())
        .body().path("lines");
    for (JsonNode line : lines) {
      if (id.equals(line.path("line_id").asText())) {
        return line.path("status").asText();
      }
    }
    return "";
  }

  private static boolean deleteLine(Session s, String operation, String path) {
    Answer deleted = s.dnsUnchecked(op(operation), "DELETE", path);
    return deleted.ok() || LINE_NOT_FOUND.equals(deleted.code());
  }

  /** A custom line id and a line group id that are never made (all zeros). */
  private static final String ABSENT_LINE = "custom_00000000000000000000000000000000";
  private static final String ABSENT_GROUP = "linegroup_00000000000000000000000000000000";

  /**
   * A private zone on the first fixture VPC, updated; its name servers; an A record set created,
   * listed, updated and deleted; the second VPC associated and disassociated; the last VPC refused
   * (DNS.0706); the zone deleted; then a public zone's own lifecycle.
   */
  private static void lifecycle(Session s) {
    List<String> vpcs = s.config().fixtures().huaweiVpcIds();
    String region = s.huaweiRegion();
    ObjectNode body = JsonNodeFactory.instance.objectNode();
    body.put("name", Session.unique("clouddouble-ct") + ".example.com.");
    body.put("description", "clouddouble contract test");
    body.put("zone_type", "private");
    body.put("ttl", 300);
    body.putObject("router").put("router_id", vpcs.get(0)).put("router_region", region);
    Answer created = s.dns(op("CreatePrivateZone"), "POST", "/v2/zones", Map.of(), body.toString(), Expectation.success());
    String id = created.body().path("id").asText();
    s.cleanup().register("private zone " + id, () -> delete(s, id));

    s.await("zone ACTIVE", () -> show(s, id).path("status").asText().equals("ACTIVE"));
    JsonNode listed = s.dns(op("ListPrivateZones"), "GET", "/v2/zones",
        Map.of("type", "private", "name", body.get("name").asText()), null, Expectation.success()).body().path("zones");
    Checks.require(Checks.contains(listed, "id", id), "ListPrivateZones lists the new zone by name");

    s.dns(op("UpdatePrivateZone"), "PATCH", zone(id), Map.of(), "{\"description\":\"clouddouble contract test, updated\"}",
        Expectation.success());
    s.await("zone ACTIVE after the update", () -> show(s, id).path("status").asText().equals("ACTIVE"));
    s.dns(op("ShowPrivateZoneNameServer"), "GET", zone(id) + "/nameservers", Map.of(), null, Expectation.success());
    recordSetLifecycle(s, id, body.get("name").asText());

    s.dns(op("AssociateRouter"), "POST", zone(id) + "/associaterouter", Map.of(), router(vpcs.get(1), region),
        Expectation.success());
    s.await("router " + vpcs.get(1) + " ACTIVE", () -> routerStatus(s, id, vpcs.get(1)).equals("ACTIVE"));
    s.dns(op("DisassociateRouter"), "POST", zone(id) + "/disassociaterouter", Map.of(), router(vpcs.get(1), region),
        Expectation.success());
    s.await("router " + vpcs.get(1) + " gone", () -> routerStatus(s, id, vpcs.get(1)).isEmpty());
    s.dns(op("DisassociateRouter"), "POST", zone(id) + "/disassociaterouter", Map.of(), router(vpcs.get(0), region),
        Expectation.error("DNS.0706"));

    s.dns(op("DeletePrivateZone"), "DELETE", zone(id), Map.of(), null, Expectation.success());
    s.await("zone " + id + " gone", () -> show(s, id).isMissingNode());
    s.cleanup().done("private zone " + id);
    publicLifecycle(s);
    ptrLifecycle(s);
  }

  /**
   * The quotas; then the PTR record of an EIP set, shown, listed, updated and restored. The EIP is
   * CLOUDDOUBLE_FIXTURE_HUAWEI_EIP_ID (an EIP of the project, real runs) or, on the fake, where EIPs are
   * accepted by pattern until a world declares them, a fresh UUID.
   */
  private static void ptrLifecycle(Session s) {
    JsonNode quotas = s.dns(op("ShowDomainQuota"), "GET", "/v2/quotamg/dns/quotas",
        Map.of("domain_id", s.config().huawei().orElseThrow().projectId()), null, Expectation.success()).body().path("quotas");
    Checks.require(Checks.contains(quotas, "quota_key", "zone"), "ShowDomainQuota lists the zone quota");
    String eip = System.getenv().getOrDefault("CLOUDDOUBLE_FIXTURE_HUAWEI_EIP_ID", java.util.UUID.randomUUID().toString());
    String path = ptr(s, eip);
    s.dns(op("CreateEipRecordSet"), "PATCH", path, Map.of(), "{\"ptrdname\":\"" + Session.unique("clouddouble-ct") + ".example.com.\"}",
        Expectation.success());
    s.cleanup().register("PTR record " + eip, () -> s.dns(op("RestorePtrRecord"), "PATCH", path, Map.of(), "{\"ptrdname\":null}",
        Expectation.successOrDocumentedError()).ok());
    s.await("PTR record ACTIVE", () -> s.dns(op("ShowPtrRecordSet"), "GET", path, Map.of(), null, Expectation.success())
        .body().path("status").asText().equals("ACTIVE"));
    JsonNode listed = s.dns(op("ListPtrRecords"), "GET", "/v2/reverse/floatingips", Map.of(), null, Expectation.success())
        .body().path("floatingips");
    Checks.require(Checks.contains(listed, "id", s.huaweiRegion() + ":" + eip), "ListPtrRecords lists the new PTR record");
    s.dns(op("UpdatePtrRecord"), "PATCH", path, Map.of(), "{\"ptrdname\":\"" + Session.unique("clouddouble-ct") + ".example.com.\",\"ttl\":600}",
        Expectation.success());
    s.await("PTR record ACTIVE again", () -> s.dns(op("ShowPtrRecordSet"), "GET", path, Map.of(), null, Expectation.success())
        .body().path("status").asText().equals("ACTIVE"));
    s.dns(op("RestorePtrRecord"), "PATCH", path, Map.of(), "{\"ptrdname\":null}", Expectation.success());
    s.cleanup().done("PTR record " + eip);
  }

  /**
   * A public zone: created, listed, shown and deleted (Show and Delete of a public zone share the
   * private zone's route, so the gateway names them ShowPrivateZone and DeletePrivateZone).
   */
  private static void publicLifecycle(Session s) {
    ObjectNode body = JsonNodeFactory.instance.objectNode();
    body.put("name", Session.unique("clouddouble-ct") + ".com.");
    body.put("description", "clouddouble contract test");
    body.put("zone_type", "public");
    String id = s.dns(op("CreatePublicZone"), "POST", "/v2/zones", Map.of(), body.toString(), Expectation.success())
        .body().path("id").asText();
    s.cleanup().register("public zone " + id, () -> delete(s, id));
    s.await("public zone ACTIVE", () -> show(s, id).path("status").asText().equals("ACTIVE"));
    JsonNode listed = s.dns(op("ListPublicZones"), "GET", "/v2/zones",
        Map.of("type", "public", "name", body.get("name").asText()), null, Expectation.success()).body().path("zones");
    Checks.require(Checks.contains(listed, "id", id), "ListPublicZones lists the new zone by name");
    lineLifecycle(s, id, body.get("name").asText());
    tagLifecycle(s, id);
    s.dns(op("ShowPublicZone"), "GET", zone(id), Map.of(), null, Expectation.success());
    s.dns(op("UpdatePublicZone"), "PATCH", zone(id), Map.of(), "{\"description\":\"clouddouble contract test, updated\"}",
        Expectation.success());
    s.await("public zone ACTIVE after the update", () -> show(s, id).path("status").asText().equals("ACTIVE"));
    s.dns(op("ShowPublicZoneNameServer"), "GET", zone(id) + "/nameservers", Map.of(), null, Expectation.success());
    s.dns(op("ListNameServers"), "GET", "/v2/nameservers", Map.of("type", "public"), null, Expectation.success());
    String version = s.dns(op("ListApiVersions"), "GET", "/", Map.of(), null, Expectation.success())
        .body().path("versions").path("values").path(0).path("id").asText();
    s.dns(op("ShowApiInfo"), "GET", "/" + version, Map.of(), null, Expectation.success());
    s.dns(op("UpdatePublicZoneStatus"), "PUT", zone(id) + "/statuses", Map.of(), "{\"status\":\"DISABLE\"}", Expectation.success());
    s.await("public zone DISABLE", () -> show(s, id).path("status").asText().equals("DISABLE"));
    s.dns(op("UpdatePublicZoneStatus"), "PUT", zone(id) + "/statuses", Map.of(), "{\"status\":\"ENABLE\"}", Expectation.success());
    s.await("public zone ACTIVE again", () -> show(s, id).path("status").asText().equals("ACTIVE"));
    s.dns(op("DeletePublicZone"), "DELETE", zone(id), Map.of(), null, Expectation.success());
    s.await("public zone " + id + " gone", () -> show(s, id).isMissingNode());
    s.cleanup().done("public zone " + id);
  }

  /**
   * The v2.1 record-set operations in a public zone: an A record set on the default line created,
   * shown, listed, updated, disabled, enabled and deleted; then one created by a batch of lines,
   * updated and deleted by batch.
   */
  private static void lineLifecycle(Session s, String zoneId, String zoneName) {
    ObjectNode body = JsonNodeFactory.instance.objectNode();
    body.put("name", "www." + zoneName);
    body.put("type", "A");
    body.put("ttl", 300);
    body.put("line", "default_view");
    body.putArray("records").add("192.0.2.10");
    String rs = s.dns(op("CreateRecordSetWithLine"), "POST", zone21(zoneId) + "/recordsets", Map.of(), body.toString(),
        Expectation.success()).body().path("id").asText();
    s.await("record set ACTIVE", () -> lineStatus(s, zoneId, rs).equals("ACTIVE"));
    JsonNode inZone = s.dns(op("ShowRecordSetByZone"), "GET", zone21(zoneId) + "/recordsets", Map.of("type", "A"), null,
        Expectation.success()).body().path("recordsets");
    Checks.require(Checks.contains(inZone, "id", rs), "ShowRecordSetByZone lists the new record set");
    JsonNode everywhere = s.dns(op("ListRecordSetsWithLine"), "GET", "/v2.1/recordsets", Map.of("name", body.get("name").asText()),
        null, Expectation.success()).body().path("recordsets");
    Checks.require(Checks.contains(everywhere, "id", rs), "ListRecordSetsWithLine lists the new record set by name");
    body.remove("line");
    body.put("ttl", 600);
    s.dns(op("UpdateRecordSets"), "PUT", zone21(zoneId) + "/recordsets/" + rs, Map.of(), body.toString(), Expectation.success());
    s.await("record set ACTIVE after the update", () -> lineStatus(s, zoneId, rs).equals("ACTIVE"));
    s.dns(op("SetRecordSetsStatus"), "PUT", "/v2.1/recordsets/" + rs + "/statuses/set", Map.of(), "{\"status\":\"DISABLE\"}",
        Expectation.success());
    s.await("record set DISABLE", () -> lineStatus(s, zoneId, rs).equals("DISABLE"));
    s.dns(op("SetRecordSetsStatus"), "PUT", "/v2.1/recordsets/" + rs + "/statuses/set", Map.of(), "{\"status\":\"ENABLE\"}",
        Expectation.success());
    s.await("record set ACTIVE again", () -> lineStatus(s, zoneId, rs).equals("ACTIVE"));
    s.dns(op("DeleteRecordSets"), "DELETE", zone21(zoneId) + "/recordsets/" + rs, Map.of(), null, Expectation.success());
    s.await("record set " + rs + " gone", () -> lineStatus(s, zoneId, rs).isEmpty());

    String batch = "{\"name\":\"api." + zoneName + "\",\"type\":\"A\",\"lines\":[{\"line\":\"default_view\",\"ttl\":300,"
        + "\"records\":[\"192.0.2.20\"]}]}";
    String id = s.dns(op("CreateRecordSetWithBatchLines"), "POST", zone21(zoneId) + "/recordsets/batch/lines", Map.of(), batch,
        Expectation.success()).body().path("recordsets").path(0).path("id").asText();
    s.await("batch record set ACTIVE", () -> lineStatus(s, zoneId, id).equals("ACTIVE"));
    s.dns(op("BatchUpdateRecordSetWithLine"), "PUT", zone21(zoneId) + "/recordsets", Map.of(),
        "{\"recordsets\":[{\"id\":\"" + id + "\",\"ttl\":600,\"records\":[\"192.0.2.21\"]}]}", Expectation.success());
    s.await("batch record set ACTIVE after the update", () -> lineStatus(s, zoneId, id).equals("ACTIVE"));
    s.dns(op("BatchDeleteRecordSetWithLine"), "DELETE", zone21(zoneId) + "/recordsets", Map.of(),
        "{\"recordset_ids\":[\"" + id + "\"]}", Expectation.success());
    s.await("batch record set " + id + " gone", () -> lineStatus(s, zoneId, id).isEmpty());
  }

  /** Tags of the public zone: one created, a batch created and deleted, shown, listed by key and by resource, one deleted. */
  private static void tagLifecycle(Session s, String zoneId) {
    String base = tags(s, "DNS-public_zone") + "/" + zoneId + "/tags";
    s.dns(op("CreateTag"), "POST", base, Map.of(), "{\"tag\":{\"key\":\"clouddouble\",\"value\":\"ct\"}}", Expectation.success());
    s.dns(op("BatchCreateTag"), "POST", base + "/action", Map.of(),
        "{\"action\":\"create\",\"tags\":[{\"key\":\"owner\",\"value\":\"ct\"}]}", Expectation.success());
    s.dns(op("BatchCreateTag"), "POST", base + "/action", Map.of(),
        "{\"action\":\"delete\",\"tags\":[{\"key\":\"owner\",\"value\":\"ct\"}]}", Expectation.success());
    JsonNode shown = s.dns(op("ShowResourceTag"), "GET", base, Map.of(), null, Expectation.success()).body().path("tags");
    Checks.require(Checks.contains(shown, "key", "clouddouble"), "ShowResourceTag shows the new tag");
    JsonNode keys = s.dns(op("ListTags"), "GET", tags(s, "DNS-public_zone") + "/tags", Map.of(), null, Expectation.success())
        .body().path("tags");
    Checks.require(Checks.contains(keys, "key", "clouddouble"), "ListTags lists the new key");
    JsonNode found = s.dns(op("ListTag"), "POST", tags(s, "DNS-public_zone") + "/resource_instances/action", Map.of(),
        "{\"action\":\"filter\",\"tags\":[{\"key\":\"clouddouble\",\"values\":[\"ct\"]}]}", Expectation.success())
        .body().path("resources");
    Checks.require(Checks.contains(found, "resource_id", zoneId), "ListTag finds the zone by its tag");
    s.dns(op("DeleteTag"), "DELETE", base + "/clouddouble", Map.of(), null, Expectation.success());
  }

  /** The v2.1 record set's status, or an empty string once it is gone (404 DNS.0313). */
  private static String lineStatus(Session s, String zoneId, String id) {
    Answer a = s.dns(op("ShowRecordSetWithLine"), "GET", zone21(zoneId) + "/recordsets/" + id, Map.of(), null,
        Expectation.error("DNS.0313").orSuccess());
    return a.ok() ? a.body().path("status").asText() : "";
  }

  /** An A record set in the zone: created, shown, listed, updated and deleted. */
  private static void recordSetLifecycle(Session s, String zoneId, String zoneName) {
    ObjectNode body = JsonNodeFactory.instance.objectNode();
    body.put("name", "www." + zoneName);
    body.put("type", "A");
    body.put("ttl", 300);
    body.putArray("records").add("192.0.2.10");
    String rs = s.dns(op("CreateRecordSet"), "POST", zone(zoneId) + "/recordsets", Map.of(), body.toString(),
        Expectation.success()).body().path("id").asText();
    s.await("record set ACTIVE", () -> recordSetStatus(s, zoneId, rs).equals("ACTIVE"));
    JsonNode inZone = s.dns(op("ListRecordSetsByZone"), "GET", zone(zoneId) + "/recordsets", Map.of("type", "A"), null,
        Expectation.success()).body().path("recordsets");
    Checks.require(Checks.contains(inZone, "id", rs), "ListRecordSetsByZone lists the new record set");
    JsonNode everywhere = s.dns(op("ListRecordSets"), "GET", "/v2/recordsets", Map.of("name", body.get("name").asText()),
        null, Expectation.success()).body().path("recordsets");
    Checks.require(Checks.contains(everywhere, "id", rs), "ListRecordSets lists the new record set by name");
    body.put("ttl", 600);
    s.dns(op("UpdateRecordSet"), "PUT", recordset(zoneId, rs), Map.of(), body.toString(), Expectation.success());
    s.await("record set ACTIVE after the update", () -> recordSetStatus(s, zoneId, rs).equals("ACTIVE"));
    s.dns(op("DeleteRecordSet"), "DELETE", recordset(zoneId, rs), Map.of(), null, Expectation.success());
    s.await("record set " + rs + " gone", () -> recordSetStatus(s, zoneId, rs).isEmpty());
  }

  /** The record set's status, or an empty string once it is gone (404 DNS.0313). */
  private static String recordSetStatus(Session s, String zoneId, String id) {
    Answer a = s.dns(op("ShowRecordSet"), "GET", recordset(zoneId, id), Map.of(), null,
        Expectation.error("DNS.0313").orSuccess());
    return a.ok() ? a.body().path("status").asText() : "";
  }

  /** The zone, or a missing node once it is gone (404 DNS.0302). */
  private static JsonNode show(Session s, String id) {
    Answer a = s.dns(op("ShowPrivateZone"), "GET", zone(id), Map.of(), null, Expectation.error(ZONE_NOT_FOUND).orSuccess());
    return a.ok() ? a.body() : com.fasterxml.jackson.databind.node.MissingNode.getInstance();
  }

  /** The router's status in the zone, or an empty string once it is not listed. */
  private static String routerStatus(Session s, String zoneId, String routerId) {
    return Checks.stream(show(s, zoneId).path("routers"))
        .filter(r -> r.path("router_id").asText().equals(routerId))
        .map(r -> r.path("status").asText()).findFirst().orElse("");
  }

  private static boolean delete(Session s, String id) {
    Answer deleted = s.dnsUnchecked(op("DeletePrivateZone"), "DELETE", zone(id));
    if (!deleted.ok() && !ZONE_NOT_FOUND.equals(deleted.code())) {
      return false;
    }
    s.await("zone " + id + " gone", () -> ZONE_NOT_FOUND.equals(s.dnsUnchecked(op("ShowPrivateZone"), "GET", zone(id)).code()));
    return true;
  }

  private static String router(String routerId, String region) {
    ObjectNode body = JsonNodeFactory.instance.objectNode();
    body.putObject("router").put("router_id", routerId).put("router_region", region);
    return body.toString();
  }

  private static String recordset(String zoneId, String id) {
    return zone(zoneId) + "/recordsets/" + id;
  }

  /** /v2/{project_id}/{resource_type} of the target's project. */
  private static String ptr(Session s, String eip) {
    return "/v2/reverse/floatingips/" + s.huaweiRegion() + ":" + eip;
  }

  private static String tags(Session s, String resourceType) {
    return "/v2/" + s.config().huawei().orElseThrow().projectId() + "/" + resourceType;
  }

  private static String zone21(String id) {
    return "/v2.1/zones/" + id;
  }

  private static String zone(String id) {
    return "/v2/zones/" + id;
  }

  private static ContractCase probe(String operation, ContractCase.Kind kind, ContractCase.Body body) {
    return ContractCase.probe(P, operation, kind, Signing.HUAWEI, body);
  }

  private static String op(String operation) {
    return P.contractName() + ":" + operation;
  }
}
