package io.clouddouble.state;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.huaweicloud.sdk.dns.v2.DnsClient;
import com.huaweicloud.sdk.dns.v2.model.CreateCustomLineRequest;
import com.huaweicloud.sdk.dns.v2.model.CreateCustomLineResponse;
import com.huaweicloud.sdk.dns.v2.model.CreateCustomLines;
import com.huaweicloud.sdk.dns.v2.model.CreateLineGroupRequest;
import com.huaweicloud.sdk.dns.v2.model.CreateLineGroupResponse;
import com.huaweicloud.sdk.dns.v2.model.CreateLineGroupsReq;
import com.huaweicloud.sdk.dns.v2.model.CreatePublicZoneReq;
import com.huaweicloud.sdk.dns.v2.model.CreatePublicZoneRequest;
import com.huaweicloud.sdk.dns.v2.model.CreateRecordSetWithLineRequest;
import com.huaweicloud.sdk.dns.v2.model.CreateRecordSetWithLineRequestBody;
import com.huaweicloud.sdk.dns.v2.model.DeleteCustomLineRequest;
import com.huaweicloud.sdk.dns.v2.model.DeleteLineGroupRequest;
import com.huaweicloud.sdk.dns.v2.model.ListCustomLineRequest;
import com.huaweicloud.sdk.dns.v2.model.ListLineGroupsRequest;
import com.huaweicloud.sdk.dns.v2.model.ShowLineGroupRequest;
import com.huaweicloud.sdk.dns.v2.model.UpdateCustomLineRequest;
import com.huaweicloud.sdk.dns.v2.model.UpdateCustomsLineReq;
import com.huaweicloud.sdk.dns.v2.model.UpdateLineGroupsBody;
import com.huaweicloud.sdk.dns.v2.model.UpdateLineGroupsRequest;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Huawei DNS custom lines and line groups through the official DnsClient (typed requests): their
 * lifecycle on the virtual clock and each served error reached from state made through the API,
 * with and without a project id; record sets naming a custom line or a line group.
 */
class DnsLinesTest extends DnsSettledTestBase {
  static final String ABSENT_LINE = "custom_00000000000000000000000000000000";
  static final String ABSENT_GROUP = "linegroup_00000000000000000000000000000000";

  static CreateCustomLineResponse customLine(DnsClient client, String name, String... segments) {
    return client.createCustomLine(new CreateCustomLineRequest()
        .withBody(new CreateCustomLines().withName(name).withIpSegments(List.of(segments)).withDescription("d " + name)));
  }

  static CreateLineGroupResponse lineGroup(DnsClient client, String name, String... lines) {
    return client.createLineGroup(new CreateLineGroupRequest()
        .withBody(new CreateLineGroupsReq().withName(name).withLines(List.of(lines))));
  }

  UpdateCustomLineRequest updateLine(String id, UpdateCustomsLineReq body) {
    return new UpdateCustomLineRequest().withLineId(id).withBody(body);
  }

  @Test
  void customLineLifecycle() {
    CreateCustomLineResponse created = customLine(dns, "office", "1.1.1.1-1.1.1.1", "1.1.1.2-1.1.1.3");
    assertEquals(202, created.getHttpStatusCode());
    assertTrue(created.getLineId().matches("custom_[0-9a-f]{32}"), created.getLineId());
    assertEquals("PENDING_CREATE", created.getStatus());
    assertEquals(List.of("1.1.1.1-1.1.1.1", "1.1.1.2-1.1.1.3"), created.getIpSegments());
    assertEquals("d office", created.getDescription());
    assertNull(created.getUpdatedAt());
    String id = created.getLineId();

    // Not steady while PENDING_CREATE.
    assertError(409, "DNS.1607", "This line is not in a steady state.",
        fails(() -> dns.updateCustomLine(updateLine(id, new UpdateCustomsLineReq().withDescription("x")))));
    assertError(409, "DNS.1607", "This line is not in a steady state.",
        fails(() -> dns.deleteCustomLine(new DeleteCustomLineRequest().withLineId(id))));
    settle();
    var listed = dns.listCustomLine(new ListCustomLineRequest()).getLines();
    assertEquals(1, listed.size());
    assertEquals("ACTIVE", listed.get(0).getStatus());
    assertEquals(created.getCreatedAt(), listed.get(0).getCreatedAt());

    // Update only what is sent; an update keeps the segments unless new ones are given.
    var updated = dns.updateCustomLine(updateLine(id, new UpdateCustomsLineReq().withDescription("moved")));
    assertEquals(202, updated.getHttpStatusCode());
    assertEquals("PENDING_UPDATE", updated.getStatus());
    assertEquals("office", updated.getName());
    assertEquals("moved", updated.getDescription());
    assertEquals(2, updated.getIpSegments().size());
    settle();
    updated = dns.updateCustomLine(updateLine(id, new UpdateCustomsLineReq().withName("office-2").withIpSegments(List.of("10.0.0.0-10.0.0.255"))));
    assertEquals(List.of("10.0.0.0-10.0.0.255"), updated.getIpSegments());
    settle();
    var line = dns.listCustomLine(new ListCustomLineRequest().withLineId(id)).getLines().get(0);
    assertEquals("office-2", line.getName());
    assertEquals("ACTIVE", line.getStatus());

    var deleted = dns.deleteCustomLine(new DeleteCustomLineRequest().withLineId(id));
    assertEquals(202, deleted.getHttpStatusCode());
    assertEquals("PENDING_DELETE", deleted.getStatus());
    assertError(409, "DNS.1607", "This line is not in a steady state.",
        fails(() -> dns.deleteCustomLine(new DeleteCustomLineRequest().withLineId(id))));
    settle();
    assertEquals(0, dns.listCustomLine(new ListCustomLineRequest()).getMetadata().getTotalCount());
    assertError(404, "DNS.1604", "The line does not exist.",
        fails(() -> dns.deleteCustomLine(new DeleteCustomLineRequest().withLineId(id))));
    assertError(404, "DNS.1604", "The line does not exist.",
        fails(() -> dns.updateCustomLine(updateLine(id, new UpdateCustomsLineReq().withDescription("x")))));
  }

  @Test
  void customLineErrorsFromState() {
    String first = customLine(dns, "first", "192.0.2.1-192.0.2.9").getLineId();
    // The name is the project's; the same segment as another line overlaps it; so does one given twice.
    assertError(400, "DNS.1603", "The line name already exists.", fails(() -> customLine(dns, "first", "198.51.100.1-198.51.100.1")));
    assertError(400, "DNS.1606", "The IP address range overlaps with that in another line.",
        fails(() -> customLine(dns, "second", "192.0.2.1-192.0.2.9")));
    assertError(400, "DNS.1606", "The IP address range overlaps with that in another line.",
        fails(() -> customLine(dns, "second", "198.51.100.1-198.51.100.1", "198.51.100.1-198.51.100.1")));
    // Request rules: segments, their count, the name, the id.
    assertError(400, "DNS.1605", "Invalid IP address range.", fails(() -> customLine(dns, "second")));
    assertError(400, "DNS.1605", "Invalid IP address range.", fails(() -> customLine(dns, "second", "2001:db8::1-2001:db8::2")));
    String[] many = new String[51];
    for (int i = 0; i < many.length; i++) {
      many[i] = "203.0.113." + i + "-203.0.113." + i;
    }
    assertError(400, "DNS.1608", "The IP segments has been out of MAX count.", fails(() -> customLine(dns, "many", many)));
    assertError(400, "DNS.1602", "Invalid line name.", fails(() -> customLine(dns, "bad name!", "198.51.100.1-198.51.100.1")));
    assertError(400, "DNS.1601", "Invalid line ID.",
        fails(() -> dns.deleteCustomLine(new DeleteCustomLineRequest().withLineId("nope"))));
    assertError(404, "DNS.1604", "The line does not exist.",
        fails(() -> dns.deleteCustomLine(new DeleteCustomLineRequest().withLineId(ABSENT_LINE))));

    String second = customLine(dns, "second", "198.51.100.1-198.51.100.1").getLineId();
    settle();
    // An update may keep its own name and segments, not take another line's.
    dns.updateCustomLine(updateLine(first, new UpdateCustomsLineReq().withName("first").withIpSegments(List.of("192.0.2.1-192.0.2.9"))));
    assertError(400, "DNS.1603", "The line name already exists.",
        fails(() -> dns.updateCustomLine(updateLine(second, new UpdateCustomsLineReq().withName("first")))));
    assertError(400, "DNS.1606", "The IP address range overlaps with that in another line.",
        fails(() -> dns.updateCustomLine(updateLine(second, new UpdateCustomsLineReq().withIpSegments(List.of("192.0.2.1-192.0.2.9"))))));

    // Fuzzy filters, paging and the summary view.
    assertEquals(List.of(first, second), dns.listCustomLine(new ListCustomLineRequest()).getLines().stream().map(l -> l.getLineId()).toList());
    assertEquals(List.of(second), dns.listCustomLine(new ListCustomLineRequest().withName("eco")).getLines().stream().map(l -> l.getLineId()).toList());
    assertEquals(List.of(first), dns.listCustomLine(new ListCustomLineRequest().withLineId(first.substring(0, 20))).getLines().stream()
        .filter(l -> l.getLineId().equals(first)).map(l -> l.getLineId()).toList());
    var page = dns.listCustomLine(new ListCustomLineRequest().withLimit(1).withOffset(1));
    assertEquals(2, page.getMetadata().getTotalCount());
    assertEquals(List.of(second), page.getLines().stream().map(l -> l.getLineId()).toList());
    var summary = dns.listCustomLine(new ListCustomLineRequest().withShowDetail(false)).getLines();
    assertEquals("first", summary.get(0).getName());
    assertNull(summary.get(0).getIpSegments());
  }

  @Test
  void lineGroupLifecycleAndErrors() {
    String a = customLine(dns, "a", "192.0.2.1-192.0.2.1").getLineId();
    String b = customLine(dns, "b", "192.0.2.2-192.0.2.2").getLineId();
    settle();
    CreateLineGroupResponse created = lineGroup(dns, "group-1", a, b);
    assertEquals(202, created.getHttpStatusCode());
    assertTrue(created.getLineId().matches("linegroup_[0-9a-f]{32}"), created.getLineId());
    assertEquals("PENDING_CREATE", created.getStatus());
    assertEquals(List.of(a, b), created.getLines());
    String id = created.getLineId();

    // Names are unique among the project's lines and groups; a group's custom lines must exist.
    assertError(400, "DNS.1603", "The line name already exists.", fails(() -> lineGroup(dns, "group-1", a, b)));
    assertError(400, "DNS.1603", "The line name already exists.", fails(() -> lineGroup(dns, "a", a, b)));
    assertError(400, "DNS.1603", "The line name already exists.", fails(() -> customLine(dns, "group-1", "192.0.2.3-192.0.2.3")));
    assertError(404, "DNS.1604", "The line does not exist.", fails(() -> lineGroup(dns, "group-2", a, ABSENT_LINE)));
    assertError(400, "DNS.1601", "Invalid line ID.", fails(() -> lineGroup(dns, "group-2", a)));
    assertError(400, "DNS.1601", "Invalid line ID.", fails(() -> lineGroup(dns, "group-2", a, a)));
    assertError(400, "DNS.1602", "Invalid line name.", fails(() -> lineGroup(dns, "g".repeat(65), a, b)));

    assertError(409, "DNS.1607", "This line is not in a steady state.", fails(() -> dns.updateLineGroups(
        new UpdateLineGroupsRequest().withLinegroupId(id).withBody(new UpdateLineGroupsBody().withDescription("x")))));
    assertError(409, "DNS.1607", "This line is not in a steady state.",
        fails(() -> dns.deleteLineGroup(new DeleteLineGroupRequest().withLinegroupId(id))));
    settle();
    var shown = dns.showLineGroup(new ShowLineGroupRequest().withLinegroupId(id));
    assertEquals("ACTIVE", shown.getStatus());
    assertEquals("group-1", shown.getName());

    String other = lineGroup(dns, "group-2", "Dianxin", "Liantong").getLineId();
    settle();
    assertError(400, "DNS.1603", "The line name already exists.", fails(() -> dns.updateLineGroups(
        new UpdateLineGroupsRequest().withLinegroupId(other).withBody(new UpdateLineGroupsBody().withName("group-1")))));
    assertError(404, "DNS.1604", "The line does not exist.", fails(() -> dns.updateLineGroups(
        new UpdateLineGroupsRequest().withLinegroupId(other).withBody(new UpdateLineGroupsBody().withLines(List.of(a, ABSENT_LINE))))));
    var updated = dns.updateLineGroups(new UpdateLineGroupsRequest().withLinegroupId(other)
        .withBody(new UpdateLineGroupsBody().withName("group-2").withLines(List.of(a, "Dianxin")).withDescription("mixed")));
    assertEquals(202, updated.getHttpStatusCode());
    assertEquals("PENDING_UPDATE", updated.getStatus());
    assertEquals(List.of(a, "Dianxin"), updated.getLines());
    settle();

    var groups = dns.listLineGroups(new ListLineGroupsRequest());
    assertEquals(2, groups.getMetadata().getTotalCount());
    assertEquals(List.of(id, other), groups.getLinegroups().stream().map(g -> g.getLineId()).toList());
    assertEquals(List.of(other), dns.listLineGroups(new ListLineGroupsRequest().withName("-2")).getLinegroups().stream()
        .map(g -> g.getLineId()).toList());
    assertEquals(List.of(other), dns.listLineGroups(new ListLineGroupsRequest().withLimit(1).withOffset(1)).getLinegroups().stream()
        .map(g -> g.getLineId()).toList());

    var deleted = dns.deleteLineGroup(new DeleteLineGroupRequest().withLinegroupId(id));
    assertEquals(202, deleted.getHttpStatusCode());
    assertEquals("PENDING_DELETE", deleted.getStatus());
    settle();
    assertError(404, "DNS.1604", "The line does not exist.", fails(() -> dns.showLineGroup(new ShowLineGroupRequest().withLinegroupId(id))));
    assertError(404, "DNS.1604", "The line does not exist.",
        fails(() -> dns.deleteLineGroup(new DeleteLineGroupRequest().withLinegroupId(id))));
    assertError(400, "DNS.1601", "Invalid line ID.", fails(() -> dns.showLineGroup(new ShowLineGroupRequest().withLinegroupId("g-1"))));
  }

  @Test
  void linesBelongToTheirProject() {
    // The AK's own project (no X-Project-Id) sees none of the README project's lines, and reuses their names.
    String line = customLine(dns, "shared-name", "192.0.2.1-192.0.2.1").getLineId();
    String group = lineGroup(dns, "group-name", line, "Dianxin").getLineId();
    settle();
    DnsClient own = noProject();
    assertEquals(0, own.listCustomLine(new ListCustomLineRequest()).getMetadata().getTotalCount());
    assertEquals(0, own.listLineGroups(new ListLineGroupsRequest()).getMetadata().getTotalCount());
    assertError(404, "DNS.1604", "The line does not exist.", fails(() -> own.showLineGroup(new ShowLineGroupRequest().withLinegroupId(group))));
    assertError(404, "DNS.1604", "The line does not exist.",
        fails(() -> own.deleteCustomLine(new DeleteCustomLineRequest().withLineId(line))));
    assertError(404, "DNS.1604", "The line does not exist.", fails(() -> lineGroup(own, "group-name", line, "Dianxin")));
    String ownLine = customLine(own, "shared-name", "192.0.2.1-192.0.2.1").getLineId();
    settle();
    assertEquals("ACTIVE", own.listCustomLine(new ListCustomLineRequest()).getLines().get(0).getStatus());
    own.deleteCustomLine(new DeleteCustomLineRequest().withLineId(ownLine));
    settle();
    assertEquals(1, dns.listCustomLine(new ListCustomLineRequest()).getMetadata().getTotalCount());
  }

  @Test
  void recordSetsNameExistingCustomLinesAndLineGroups() {
    String zone = dns.createPublicZone(new CreatePublicZoneRequest().withBody(new CreatePublicZoneReq().withName("lines.example."))).getId();
    String line = customLine(dns, "office", "192.0.2.0-192.0.2.255").getLineId();
    String group = lineGroup(dns, "carriers", "Dianxin", "Liantong").getLineId();
    settle();
    var onLine = dns.createRecordSetWithLine(new CreateRecordSetWithLineRequest().withZoneId(zone).withBody(
        new CreateRecordSetWithLineRequestBody().withName("www.lines.example.").withType("A").withRecords(List.of("192.0.2.10")).withLine(line)));
    assertEquals(line, onLine.getLine());
    var onGroup = dns.createRecordSetWithLine(new CreateRecordSetWithLineRequest().withZoneId(zone).withBody(
        new CreateRecordSetWithLineRequestBody().withName("www.lines.example.").withType("A").withRecords(List.of("192.0.2.11")).withLine(group)));
    assertEquals(group, onGroup.getLine());
    assertError(404, "DNS.1604", "The line does not exist.", fails(() -> dns.createRecordSetWithLine(new CreateRecordSetWithLineRequest()
        .withZoneId(zone).withBody(new CreateRecordSetWithLineRequestBody().withName("api.lines.example.").withType("A")
            .withRecords(List.of("192.0.2.12")).withLine(ABSENT_LINE)))));
    assertError(404, "DNS.1604", "The line does not exist.", fails(() -> dns.createRecordSetWithLine(new CreateRecordSetWithLineRequest()
        .withZoneId(zone).withBody(new CreateRecordSetWithLineRequestBody().withName("api.lines.example.").withType("A")
            .withRecords(List.of("192.0.2.12")).withLine(ABSENT_GROUP)))));
  }

  @Test
  void requestRulesOfUpdatesAndIds() {
    String id = customLine(dns, "rules", "192.0.2.1-192.0.2.1").getLineId();
    String group = lineGroup(dns, "rules-group", id, "Dianxin").getLineId();
    settle();
    assertError(400, "DNS.1601", "Invalid line ID.",
        fails(() -> dns.updateCustomLine(updateLine("custom_XYZ", new UpdateCustomsLineReq().withDescription("x")))));
    assertError(400, "DNS.1602", "Invalid line name.",
        fails(() -> dns.updateCustomLine(updateLine(id, new UpdateCustomsLineReq().withName("no spaces")))));
    assertError(400, "DNS.1605", "Invalid IP address range.",
        fails(() -> dns.updateCustomLine(updateLine(id, new UpdateCustomsLineReq().withIpSegments(List.of("192.0.2.300-192.0.2.301"))))));
    List<String> many = new java.util.ArrayList<>();
    for (int i = 0; i < 51; i++) {
      many.add("203.0.113." + i + "-203.0.113." + i);
    }
    assertError(400, "DNS.1608", "The IP segments has been out of MAX count.",
        fails(() -> dns.updateCustomLine(updateLine(id, new UpdateCustomsLineReq().withIpSegments(many)))));
    assertError(400, "DNS.1601", "Invalid line ID.", fails(() -> dns.updateLineGroups(new UpdateLineGroupsRequest()
        .withLinegroupId(group).withBody(new UpdateLineGroupsBody().withLines(List.of(id))))));
    assertError(400, "DNS.1602", "Invalid line name.", fails(() -> dns.updateLineGroups(new UpdateLineGroupsRequest()
        .withLinegroupId(group).withBody(new UpdateLineGroupsBody().withName("bad/name")))));
    assertError(400, "DNS.1601", "Invalid line ID.",
        fails(() -> dns.deleteLineGroup(new DeleteLineGroupRequest().withLinegroupId("linegroup_1"))));
    // Nothing changed.
    assertEquals("rules", dns.listCustomLine(new ListCustomLineRequest().withLineId(id)).getLines().get(0).getName());
    assertEquals(List.of(id, "Dianxin"), dns.showLineGroup(new ShowLineGroupRequest().withLinegroupId(group)).getLines());
  }
}
