package io.clouddouble.state;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.clouddouble.auth.Accounts;
import io.clouddouble.testkit.Sdks;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The PrivateLink operations added last: tags (TagResources, UntagResources, ListTagResources and
 * the Tag.N filters of the lists), resource groups (ChangeResourceGroup and the ResourceGroupId
 * filters), the service-resource and zone-connection resource attributes, DescribeZones, the account
 * activation (OpenPrivateLinkService, CheckProductOpen) and the allow-list's effect on
 * CreateVpcEndpoint; every error reached from state made through the API (or a world).
 */
class PrivateLinkTagsAndAccountTest extends PrivateLinkTestBase {
  static final String CONSUMER_KEY = "tagsConsumerKeyId";
  static final String CONSUMER = Accounts.alibabaAccountId(CONSUMER_KEY);

  private static String code(PrivateLinkClient client, String action, String... pairs) {
    return client.fails(action, pairs).getCode();
  }

  @SuppressWarnings("unchecked")
  private static List<String> tagKeys(Map<String, Object> body, String resourceId) {
    return ((List<Map<String, Object>>) body.get("TagResources")).stream()
        .filter(t -> resourceId.equals(t.get("ResourceId"))).map(t -> t.get("TagKey") + "=" + t.get("TagValue")).sorted()
        .collect(Collectors.toList());
  }

  @Test
  void tagsOnEndpointsAndServicesAndTheListFilters() {
    String service = pl.service(true);
    String endpoint = pl.connectedEndpoint(service);
    String plain = pl.connectedEndpoint(pl.service(true));
    pl.call("TagResources", "ResourceType", "vpcendpoint", "ResourceId.1", endpoint,
        "Tag.1.Key", "env", "Tag.1.Value", "prod", "Tag.2.Key", "team", "Tag.2.Value", "");
    pl.call("TagResources", "ResourceType", "vpcendpointservice", "ResourceId.1", service, "Tag.1.Key", "env", "Tag.1.Value", "prod");
    // a key tagged again replaces its value
    pl.call("TagResources", "ResourceType", "vpcendpoint", "ResourceId.1", endpoint, "Tag.1.Key", "env", "Tag.1.Value", "staging");

    Map<String, Object> listed = pl.call("ListTagResources", "ResourceType", "vpcendpoint", "ResourceId.1", endpoint);
    assertEquals(List.of("env=staging", "team="), tagKeys(listed, endpoint));
    assertEquals(List.of("env=prod"),
        tagKeys(pl.call("ListTagResources", "ResourceType", "vpcendpointservice", "Tag.1.Key", "env"), service));
    assertEquals(List.of(), tagKeys(pl.call("ListTagResources", "ResourceType", "vpcendpoint", "Tag.1.Key", "env", "Tag.1.Value", "prod"),
        endpoint));

    // the lists' Tag.N filters see the tags
    List<Map<String, Object>> endpoints = pl.list("ListVpcEndpoints", "Endpoints", "Tag.1.Key", "env", "Tag.1.Value", "staging");
    assertEquals(List.of(endpoint), endpoints.stream().map(e -> e.get("EndpointId")).toList());
    assertEquals(List.of(), pl.list("ListVpcEndpoints", "Endpoints", "EndpointId", plain, "Tag.1.Key", "env"));
    assertEquals(List.of(service), pl.list("ListVpcEndpointServices", "Services", "Tag.1.Key", "env", "Tag.1.Value", "prod").stream()
        .map(s -> s.get("ServiceId")).toList());
    assertEquals(List.of(Map.of("Key", "env", "Value", "prod")),
        pl.list("ListVpcEndpointServices", "Services", "ServiceId", service).get(0).get("Tags"));

    pl.call("UntagResources", "ResourceType", "vpcendpoint", "ResourceId.1", endpoint, "TagKey.1", "team");
    assertEquals(List.of("env=staging"), tagKeys(pl.call("ListTagResources", "ResourceType", "vpcendpoint", "ResourceId.1", endpoint), endpoint));
    pl.call("UntagResources", "ResourceType", "vpcendpoint", "ResourceId.1", endpoint, "All", "true");
    assertEquals(List.of(), tagKeys(pl.call("ListTagResources", "ResourceType", "vpcendpoint", "ResourceId.1", endpoint), endpoint));
    assertEquals(List.of(), pl.endpointAttribute(endpoint).get("Tags") == null ? List.of() : pl.endpointAttribute(endpoint).get("Tags"));

    // errors, each from real state
    assertEquals("InvalidResourceId.NotFound", code(pl, "TagResources", "ResourceType", "vpcendpoint", "ResourceId.1", "ep-bp1nosuch",
        "Tag.1.Key", "k", "Tag.1.Value", "v"));
    assertEquals("InvalidResourceId.NotFound", code(pl, "TagResources", "ResourceType", "vpcendpointservice", "ResourceId.1", endpoint,
        "Tag.1.Key", "k", "Tag.1.Value", "v"));
    assertEquals("InvalidParameter", code(pl, "TagResources", "ResourceType", "vpc", "ResourceId.1", endpoint,
        "Tag.1.Key", "k", "Tag.1.Value", "v"));
    assertEquals("IllegalTagKeyParam", code(pl, "TagResources", "ResourceType", "vpcendpoint", "ResourceId.1", endpoint,
        "Tag.1.Key", "aliyun-x", "Tag.1.Value", "v"));
    assertEquals("IllegalTagKeyParam", code(pl, "TagResources", "ResourceType", "vpcendpoint", "ResourceId.1", endpoint,
        "Tag.1.Key", "k".repeat(65), "Tag.1.Value", "v"));
    assertEquals("IllegalTagValueParam", code(pl, "TagResources", "ResourceType", "vpcendpoint", "ResourceId.1", endpoint,
        "Tag.1.Key", "k", "Tag.1.Value", "acs:x"));
    assertEquals("DuplicatedTagKey", code(pl, "TagResources", "ResourceType", "vpcendpoint", "ResourceId.1", endpoint,
        "Tag.1.Key", "k", "Tag.1.Value", "v", "Tag.2.Key", "k", "Tag.2.Value", "w"));
    assertEquals("MissingTagKeyParam", code(pl, "TagResources", "ResourceType", "vpcendpoint", "ResourceId.1", endpoint,
        "Tag.1.Key", "", "Tag.1.Value", "v"));
    // 20 tags per resource: 15 held, 6 more refused, 5 more accepted, replacing one held key still fits
    List<String> pairs = new ArrayList<>(List.of("ResourceType", "vpcendpoint", "ResourceId.1", endpoint, "ResourceId.2", plain));
    for (int i = 1; i <= 15; i++) {
      pairs.addAll(List.of("Tag." + i + ".Key", "k" + i, "Tag." + i + ".Value", "v"));
    }
    pl.call("TagResources", pairs.toArray(String[]::new));
    assertEquals("QuotaExceed.TagsPerResource", code(pl, "TagResources", tags(endpoint, 16, 21)));
    pl.call("TagResources", tags(plain, 11, 15)); // plain holds k1..k15: k11..k15 replaced
    pl.call("TagResources", tags(endpoint, 16, 20));
    assertEquals(20, pl.call("ListTagResources", "ResourceType", "vpcendpoint", "ResourceId.1", endpoint).get("TagResources") instanceof List<?> l
        ? l.size() : -1);
    assertEquals("QuotaExceed.TagsPerResource", code(pl, "TagResources", tags(endpoint, 21, 21)));

    assertEquals("TagInfoNotExist", code(pl, "UntagResources", "ResourceType", "vpcendpoint", "ResourceId.1", endpoint));
    assertEquals("IllegalTagKeyParam", code(pl, "UntagResources", "ResourceType", "vpcendpoint", "ResourceId.1", endpoint, "TagKey.1", "acs:k"));
    assertEquals("DuplicatedTagKey", code(pl, "UntagResources", "ResourceType", "vpcendpoint", "ResourceId.1", endpoint,
        "TagKey.1", "k1", "TagKey.2", "k1"));
    assertEquals("InvalidResourceId.NotFound", code(pl, "UntagResources", "ResourceType", "vpcendpoint", "ResourceId.1", "ep-bp1nosuch",
        "TagKey.1", "k1"));
    assertEquals("InvalidParameter", code(pl, "UntagResources", "ResourceType", "x", "ResourceId.1", endpoint, "TagKey.1", "k1"));

    assertEquals("MissingResourceIdOrTagParam", code(pl, "ListTagResources", "ResourceType", "vpcendpoint"));
    assertEquals("MissingTagKeyParam", code(pl, "ListTagResources", "ResourceType", "vpcendpoint", "Tag.1.Value", "v"));
    assertEquals("IllegalTagKeyParam", code(pl, "ListTagResources", "ResourceType", "vpcendpoint", "Tag.1.Key", "aliyunx"));
    assertEquals("IllegalTagValueParam", code(pl, "ListTagResources", "ResourceType", "vpcendpoint", "Tag.1.Key", "k", "Tag.1.Value",
        "https://x"));
    assertEquals("DuplicatedTagKey", code(pl, "ListTagResources", "ResourceType", "vpcendpoint", "Tag.1.Key", "k", "Tag.2.Key", "k"));
    assertEquals("InvalidParameter", code(pl, "ListTagResources", "ResourceType", "x", "ResourceId.1", endpoint));

    // ListTagResources pages by NextToken (50 a page)
    List<String> more = new ArrayList<>(List.of("ResourceType", "vpcendpoint"));
    for (int i = 0; i < 3; i++) {
      more.addAll(List.of("ResourceId." + (i + 1), pl.connectedEndpoint(service)));
    }
    for (int i = 1; i <= 20; i++) {
      more.addAll(List.of("Tag." + i + ".Key", "p" + i, "Tag." + i + ".Value", "v"));
    }
    pl.call("TagResources", more.toArray(String[]::new));
    Map<String, Object> first = pl.call("ListTagResources", "ResourceType", "vpcendpoint", "Tag.1.Key", "p1");
    assertEquals(3, ((List<?>) first.get("TagResources")).size());
    List<String> all = new ArrayList<>(more.subList(0, 8));
    Map<String, Object> page = pl.call("ListTagResources", all.toArray(String[]::new));
    assertEquals(50, ((List<?>) page.get("TagResources")).size());
    assertNotNull(page.get("NextToken"));
    all.addAll(List.of("NextToken", (String) page.get("NextToken")));
    Map<String, Object> last = pl.call("ListTagResources", all.toArray(String[]::new));
    assertEquals(10, ((List<?>) last.get("TagResources")).size());
    assertEquals(null, last.get("NextToken"));
  }

  private static String[] tags(String resource, int from, int to) {
    List<String> pairs = new ArrayList<>(List.of("ResourceType", "vpcendpoint", "ResourceId.1", resource));
    for (int i = from; i <= to; i++) {
      int n = i - from + 1;
      pairs.addAll(List.of("Tag." + n + ".Key", "k" + i, "Tag." + n + ".Value", "v"));
    }
    return pairs.toArray(String[]::new);
  }
}
