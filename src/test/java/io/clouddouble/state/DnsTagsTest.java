package io.clouddouble.state;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.huaweicloud.sdk.dns.v2.model.BatchCreateTagRequest;
import com.huaweicloud.sdk.dns.v2.model.BatchHandTags;
import com.huaweicloud.sdk.dns.v2.model.CreatePublicZoneReq;
import com.huaweicloud.sdk.dns.v2.model.CreatePublicZoneRequest;
import com.huaweicloud.sdk.dns.v2.model.CreateRecordSetRequest;
import com.huaweicloud.sdk.dns.v2.model.CreateRecordSetRequestBody;
import com.huaweicloud.sdk.dns.v2.model.CreateTagReq;
import com.huaweicloud.sdk.dns.v2.model.CreateTagRequest;
import com.huaweicloud.sdk.dns.v2.model.DeletePrivateZoneRequest;
import com.huaweicloud.sdk.dns.v2.model.DeleteTagRequest;
import com.huaweicloud.sdk.dns.v2.model.ListPublicZonesRequest;
import com.huaweicloud.sdk.dns.v2.model.ListTagReq;
import com.huaweicloud.sdk.dns.v2.model.ListTagRequest;
import com.huaweicloud.sdk.dns.v2.model.ListTagsRequest;
import com.huaweicloud.sdk.dns.v2.model.ResourceItem;
import com.huaweicloud.sdk.dns.v2.model.ShowResourceTagRequest;
import com.huaweicloud.sdk.dns.v2.model.Tag;
import com.huaweicloud.sdk.dns.v2.model.TagValues;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** DNS resource tags (zones and record sets) through the official DnsClient, each served error from real state. */
class DnsTagsTest extends DnsSettledTestBase {
  List<String> tags(String type, String id) {
    return dns.showResourceTag(new ShowResourceTagRequest().withResourceType(type).withResourceId(id)).getTags().stream()
        .map(t -> t.getKey() + "=" + t.getValue()).toList();
  }

  com.huaweicloud.sdk.dns.v2.model.CreateTagResponse tag(String type, String id, String key, String value) {
    return dns.createTag(new CreateTagRequest().withResourceType(type).withResourceId(id)
        .withBody(new CreateTagReq().withTag(new Tag().withKey(key).withValue(value))));
  }

  @Test
  void tagsOfZonesAndRecordSets() {
    String zone = dns.createPublicZone(new CreatePublicZoneRequest().withBody(new CreatePublicZoneReq().withName("tags.example.")
        .withTags(List.of(new Tag().withKey("env").withValue("prod"))))).getId();
    settle();
    assertEquals(List.of("env=prod"), tags("DNS-public_zone", zone));
    tag("DNS-public_zone", zone, "team", "net");
    tag("DNS-public_zone", zone, "env", "staging");
    assertEquals(List.of("team=net", "env=staging"), tags("DNS-public_zone", zone));
    // The zone's own tag list and the zones' tags filter follow.
    var listed = dns.listPublicZones(new ListPublicZonesRequest().withType("public").withTags("env,staging")).getZones();
    assertEquals(List.of(zone), listed.stream().map(z -> z.getId()).toList());
    assertEquals(2, listed.get(0).getTags().size());
    assertEquals(0, dns.listPublicZones(new ListPublicZonesRequest().withType("public").withTags("env,prod")).getMetadata().getTotalCount());

    dns.deleteTag(new DeleteTagRequest().withResourceType("DNS-public_zone").withResourceId(zone).withKey("team"));
    assertEquals(List.of("env=staging"), tags("DNS-public_zone", zone));

    // Batch create and delete; limits and key rules.
    List<Tag> many = new ArrayList<>();
    for (int i = 0; i < 19; i++) {
      many.add(new Tag().withKey("k" + i).withValue("v" + i));
    }
    var batch = dns.batchCreateTag(new BatchCreateTagRequest().withResourceType("DNS-public_zone").withResourceId(zone)
        .withBody(new BatchHandTags().withAction("create").withTags(many)));
    assertEquals(204, batch.getHttpStatusCode());
    assertEquals(20, tags("DNS-public_zone", zone).size());
    assertError(400, "DNS.1001", "Insufficient tag quota.", fails(() -> tag("DNS-public_zone", zone, "one-more", "x")));
    tag("DNS-public_zone", zone, "k0", "replaced");
    assertError(400, "DNS.1001", "Insufficient tag quota.", fails(() -> dns.batchCreateTag(new BatchCreateTagRequest()
        .withResourceType("DNS-public_zone").withResourceId(zone)
        .withBody(new BatchHandTags().withAction("create").withTags(List.of(new Tag().withKey("k1").withValue("a"), new Tag().withKey("new")))))));
    assertError(400, "DNS.1003", "Invalid tag.", fails(() -> tag("DNS-public_zone", zone, "bad*key", "x")));
    assertError(400, "DNS.1003", "Invalid tag.", fails(() -> tag("DNS-public_zone", zone, "k1", "v".repeat(256))));
    assertError(400, "DNS.1003", "Invalid tag.", fails(() -> dns.batchCreateTag(new BatchCreateTagRequest()
        .withResourceType("DNS-public_zone").withResourceId(zone)
        .withBody(new BatchHandTags().withAction("create").withTags(List.of(new Tag().withKey("k1"), new Tag().withKey("k1")))))));
    dns.batchCreateTag(new BatchCreateTagRequest().withResourceType("DNS-public_zone").withResourceId(zone)
        .withBody(new BatchHandTags().withAction("delete").withTags(many.subList(1, 19))));
    assertEquals(List.of("env=staging", "k0=replaced"), tags("DNS-public_zone", zone));

    // Record sets; the wrong type or an unknown resource.
    String rs = dns.createRecordSet(new CreateRecordSetRequest().withZoneId(zone).withBody(new CreateRecordSetRequestBody()
        .withName("www.tags.example.").withType("A").withRecords(List.of("192.0.2.1"))
        .withTags(List.of(new Tag().withKey("app").withValue("web"))))).getId();
    assertEquals(List.of("app=web"), tags("DNS-public_recordset", rs));
    tag("DNS-public_recordset", rs, "tier", "front");
    assertError(404, "DNS.0313", "This record set does not exist.", fails(() -> tags("DNS-private_recordset", rs)));
    assertError(404, "DNS.0302", "This zone does not exist.", fails(() -> tags("DNS-private_zone", zone)));
    assertError(404, "DNS.0302", "This zone does not exist.", fails(() -> tags("DNS-public_zone", ABSENT)));
    assertError(404, "DNS.0507", "This PTR record does not exist.", fails(() -> tags("DNS-ptr_record", "cn-north-4:" + ABSENT)));
    assertError(400, "DNS.1002", "Invalid resource type.", fails(() -> tags("DNS-zone", zone)));

    // ListTags: keys with their values; ListTag: resources by tags, counted or listed.
    String other = dns.createPublicZone(new CreatePublicZoneRequest().withBody(new CreatePublicZoneReq().withName("other.example.")
        .withTags(List.of(new Tag().withKey("env").withValue("prod"))))).getId();
    settle();
    var keys = dns.listTags(new ListTagsRequest().withResourceType("DNS-public_zone")).getTags();
    assertEquals(List.of("env", "k0"), keys.stream().map(TagValues::getKey).toList());
    assertEquals(List.of("staging", "prod"), keys.get(0).getValues());
    var found = dns.listTag(new ListTagRequest().withResourceType("DNS-public_zone").withBody(new ListTagReq().withAction("filter")
        .withTags(List.of(new TagValues().withKey("env").withValues(List.of("prod")))))).getResources();
    assertEquals(List.of(other), found.stream().map(ResourceItem::getResourceId).toList());
    assertEquals("other.example.", found.get(0).getResourceName());
    assertEquals(2, dns.listTag(new ListTagRequest().withResourceType("DNS-public_zone").withBody(new ListTagReq().withAction("count")
        .withTags(List.of(new TagValues().withKey("env").withValues(List.of()))))).getTotalCount());
    var page = dns.listTag(new ListTagRequest().withResourceType("DNS-public_zone").withBody(new ListTagReq().withAction("filter")
        .withLimit(1).withOffset(2)));
    assertEquals(3, page.getTotalCount()); // the demo world's public zone first
    assertEquals(List.of(other), page.getResources().stream().map(ResourceItem::getResourceId).toList());
    // Without tag filters every record set of the type counts (the default SOA and NS ones of both zones and the demo public zone's too).
    assertEquals(7, dns.listTag(new ListTagRequest().withResourceType("DNS-public_recordset").withBody(new ListTagReq().withAction("count")))
        .getTotalCount());
    assertEquals(List.of(rs), dns.listTag(new ListTagRequest().withResourceType("DNS-public_recordset").withBody(new ListTagReq()
        .withAction("filter").withTags(List.of(new TagValues().withKey("tier").withValues(List.of("front")))))).getResources()
        .stream().map(ResourceItem::getResourceId).toList());

    // Deleting a zone takes its tags.
    dns.deletePrivateZone(new DeletePrivateZoneRequest().withZoneId(other));
    settle();
    assertEquals(List.of("staging"), dns.listTags(new ListTagsRequest().withResourceType("DNS-public_zone")).getTags().get(0).getValues());
  }
}
