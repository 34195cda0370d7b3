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

  @Test
  void tagsGivenAtCreationAreTagsLikeAnyOther() {
    String service = (String) pl.call("CreateVpcEndpointService", "Resource.1.ResourceType", "slb", "Resource.1.ResourceId",
        "lb-bp1test0tags", "Resource.1.ZoneId", "cn-hangzhou-h", "AutoAcceptEnabled", "true", "Tag.1.Key", "owner", "Tag.1.Value", "a")
        .get("ServiceId");
    pl.advance("5s");
    String endpoint = (String) pl.call("CreateVpcEndpoint", "ServiceId", service, "VpcId", "vpc-bp1test0tags", "SecurityGroupId.1",
        "sg-bp1test0tags", "Zone.1.ZoneId", "cn-hangzhou-h", "Zone.1.VSwitchId", "vsw-bp1test0tags", "Tag.1.Key", "owner",
        "Tag.1.Value", "b").get("EndpointId");
    pl.call("TagResources", "ResourceType", "vpcendpoint", "ResourceId.1", endpoint, "Tag.1.Key", "env", "Tag.1.Value", "x");
    assertEquals(List.of("env=x", "owner=b"), tagKeys(pl.call("ListTagResources", "ResourceType", "vpcendpoint", "ResourceId.1", endpoint),
        endpoint));
    assertEquals(List.of("owner=a"), tagKeys(pl.call("ListTagResources", "ResourceType", "vpcendpointservice", "ResourceId.1", service),
        service));
    assertEquals(2, ((List<?>) pl.endpointAttribute(endpoint).get("Tags")).size());
    // one key twice is refused before anything is created
    assertEquals("InvalidParameter", code(pl, "CreateVpcEndpoint", "ServiceId", service, "VpcId", "vpc-bp1test0tags2",
        "SecurityGroupId.1", "sg-bp1test0tags", "Zone.1.ZoneId", "cn-hangzhou-h", "Zone.1.VSwitchId", "vsw-bp1test0tags",
        "Tag.1.Key", "k", "Tag.1.Value", "1", "Tag.2.Key", "k", "Tag.2.Value", "2"));
    assertEquals("InvalidParameter", code(pl, "CreateVpcEndpointService", "Resource.1.ResourceType", "slb", "Resource.1.ResourceId",
        "lb-bp1test0tags", "Resource.1.ZoneId", "cn-hangzhou-h", "Tag.1.Key", "k", "Tag.1.Value", "1", "Tag.2.Key", "k"));
    assertEquals(List.of(), pl.list("ListVpcEndpoints", "Endpoints", "VpcId", "vpc-bp1test0tags2"));
  }

  private static String[] tags(String resource, int from, int to) {
    List<String> pairs = new ArrayList<>(List.of("ResourceType", "vpcendpoint", "ResourceId.1", resource));
    for (int i = from; i <= to; i++) {
      int n = i - from + 1;
      pairs.addAll(List.of("Tag." + n + ".Key", "k" + i, "Tag." + n + ".Value", "v"));
    }
    return pairs.toArray(String[]::new);
  }
  @Test
  void resourceGroupsMoveEndpointsAndServicesAndFilterTheLists() {
    String service = pl.service(false);
    pl.call("AddUserToVpcEndpointService", "ServiceId", service, "UserId", CONSUMER);
    String endpoint = pl.connectedEndpoint(pl.service(true));
    pl.call("ChangeResourceGroup", "ResourceId", endpoint, "ResourceGroupId", "rg-aek2test0group01");
    pl.call("ChangeResourceGroup", "ResourceType", "VpcEndpointService", "ResourceId", service, "ResourceGroupId", "rg-aek2test0group01");
    assertEquals("rg-aek2test0group01", pl.endpointAttribute(endpoint).get("ResourceGroupId"));
    assertEquals(List.of(endpoint), pl.list("ListVpcEndpoints", "Endpoints", "ResourceGroupId", "rg-aek2test0group01").stream()
        .map(e -> e.get("EndpointId")).toList());
    assertEquals(List.of(service), pl.list("ListVpcEndpointServices", "Services", "ResourceGroupId", "rg-aek2test0group01").stream()
        .map(e -> e.get("ServiceId")).toList());
    assertEquals(List.of(service), pl.as(CONSUMER_KEY).list("ListVpcEndpointServicesByEndUser", "Services",
        "ResourceGroupId", "rg-aek2test0group01").stream().map(e -> e.get("ServiceId")).toList());
    assertEquals(List.of(), pl.list("ListVpcEndpoints", "Endpoints", "ResourceGroupId", "rg-aek2test0other"));

    assertEquals("ResourceNotFound", code(pl, "ChangeResourceGroup", "ResourceId", "ep-bp1nosuch", "ResourceGroupId", "rg-aek2test0group01"));
    assertEquals("ResourceNotFound", code(pl, "ChangeResourceGroup", "ResourceType", "VpcEndpointService", "ResourceId", endpoint,
        "ResourceGroupId", "rg-aek2test0group01"));
    assertEquals("InvalidResourceGroup", code(pl, "ChangeResourceGroup", "ResourceId", endpoint, "ResourceGroupId", "not-a-group"));
    // the service owner sees the consumer's endpoint but may not move it
    PrivateLinkClient consumer = pl.as(CONSUMER_KEY);
    String theirs = (String) consumer.call("CreateVpcEndpoint", "ServiceId", service, "VpcId", "vpc-bp1consumer",
        "SecurityGroupId.1", "sg-bp1consumer", "Zone.1.ZoneId", "cn-hangzhou-h", "Zone.1.VSwitchId", "vsw-bp1consumer").get("EndpointId");
    assertEquals("NoPermission.ChangeResourceGroup", code(pl, "ChangeResourceGroup", "ResourceId", theirs, "ResourceGroupId", "rg-aek2test0group01"));
    // once a world declares the account's groups, only those exist
    pl.merge("""
        {"accounts": [{"cloud": "alibaba", "accessKeyId": "testAccessKeyId", "regions": {"cn-hangzhou": {
          "ResourceGroup": [{"ResourceGroupId": "rg-aek2declared0001"}]}}}]}
        """);
    assertEquals("InvalidResourceGroup", code(pl, "ChangeResourceGroup", "ResourceId", endpoint, "ResourceGroupId", "rg-aek2test0group02"));
    pl.call("ChangeResourceGroup", "ResourceId", endpoint, "ResourceGroupId", "rg-aek2declared0001");
  }

  @Test
  void allowListDecidesWhoMayConnect() {
    String service = pl.service(true);
    PrivateLinkClient consumer = pl.as(CONSUMER_KEY);
    String[] create = {"ServiceId", service, "VpcId", "vpc-bp1consumer", "SecurityGroupId.1", "sg-bp1consumer",
        "Zone.1.ZoneId", "cn-hangzhou-h", "Zone.1.VSwitchId", "vsw-bp1consumer"};
    assertEquals("EndpointServiceNotAuthorized", code(consumer, "CreateVpcEndpoint", create));
    assertEquals(List.of(), consumer.list("ListVpcEndpointServicesByEndUser", "Services", "ServiceId", service));
    pl.call("AddUserToVpcEndpointService", "ServiceId", service, "UserARN", "acs:ram:*:" + CONSUMER + ":*");
    assertEquals(List.of(service), consumer.list("ListVpcEndpointServicesByEndUser", "Services", "ServiceId", service).stream()
        .map(s -> s.get("ServiceId")).toList());
    String endpoint = (String) consumer.call("CreateVpcEndpoint", create).get("EndpointId");
    pl.advance("10s");
    assertEquals("Connected", consumer.endpointAttribute(endpoint).get("ConnectionStatus"));
    pl.call("RemoveUserFromVpcEndpointService", "ServiceId", service, "UserARN", "acs:ram:*:" + CONSUMER + ":*");
    create[3] = "vpc-bp1consumer2";
    assertEquals("EndpointServiceNotAuthorized", code(consumer, "CreateVpcEndpoint", create));
    // the owner needs no allow-list entry
    pl.connectedEndpoint(service);
    // typed SDK: the same refusal
    var typed = core(new com.aliyuncs.privatelink.model.v20200415.CreateVpcEndpointRequest());
    typed.setServiceId(service);
    typed.setVpcId("vpc-bp1consumer3");
    typed.setSecurityGroupIds(List.of("sg-bp1consumer"));
    var e = org.junit.jupiter.api.Assertions.assertThrows(com.aliyuncs.exceptions.ClientException.class,
        () -> Sdks.core(CONSUMER_KEY, "secret-of-" + CONSUMER_KEY).getAcsResponse(typed));
    assertEquals("EndpointServiceNotAuthorized", e.getErrCode());
  }

  @Test
  void serviceResourceAutoAllocation() {
    String service = pl.service(false);
    pl.call("AttachResourceToVpcEndpointService", "ServiceId", service, "ResourceType", "slb", "ResourceId", "lb-bp1test0second",
        "ZoneId", "cn-hangzhou-h");
    assertEquals(List.of(true, true), pl.list("ListVpcEndpointServiceResources", "Resources", "ServiceId", service).stream()
        .map(r -> r.get("AutoAllocatedEnabled")).toList());
    pl.call("UpdateVpcEndpointServiceResourceAttribute", "ServiceId", service, "ResourceId", "lb-bp1test0second",
        "ZoneId", "cn-hangzhou-h", "AutoAllocatedEnabled", "false");
    assertEquals("ResourceAutoAllocateViolation", code(pl, "UpdateVpcEndpointServiceResourceAttribute", "ServiceId", service,
        "ResourceId", "lb-bp1test0loadbalancer", "AutoAllocatedEnabled", "false"));
    assertEquals(List.of(true, false), pl.list("ListVpcEndpointServiceResources", "Resources", "ServiceId", service).stream()
        .map(r -> r.get("AutoAllocatedEnabled")).toList());
    // typed SDK
    var typed = core(new com.aliyuncs.privatelink.model.v20200415.UpdateVpcEndpointServiceResourceAttributeRequest());
    typed.setServiceId(service);
    typed.setResourceId("lb-bp1test0second");
    typed.setAutoAllocatedEnabled(true);
    try {
      Sdks.core().getAcsResponse(typed);
    } catch (com.aliyuncs.exceptions.ClientException e) {
      throw new AssertionError(e);
    }
    assertEquals(List.of(true, true), pl.list("ListVpcEndpointServiceResources", "Resources", "ServiceId", service).stream()
        .map(r -> r.get("AutoAllocatedEnabled")).toList());

    assertEquals("EndpointServiceResourceNotFound", code(pl, "UpdateVpcEndpointServiceResourceAttribute", "ServiceId", service,
        "ResourceId", "lb-bp1nosuch", "AutoAllocatedEnabled", "true"));
    assertEquals("EndpointServiceResourceNotFound", code(pl, "UpdateVpcEndpointServiceResourceAttribute", "ServiceId", service,
        "ResourceId", "lb-bp1test0second", "ZoneId", "cn-hangzhou-i", "AutoAllocatedEnabled", "true"));
    assertEquals("EndpointServiceNotFound", code(pl, "UpdateVpcEndpointServiceResourceAttribute", "ServiceId", "epsrv-bp1nosuch",
        "ResourceId", "lb-bp1test0second", "AutoAllocatedEnabled", "true"));
    String creating = (String) pl.call("CreateVpcEndpointService", "Resource.1.ResourceType", "slb",
        "Resource.1.ResourceId", "lb-bp1test0other", "Resource.1.ZoneId", "cn-hangzhou-i").get("ServiceId");
    assertEquals("EndpointServiceOperationDenied", code(pl, "UpdateVpcEndpointServiceResourceAttribute", "ServiceId", creating,
        "ResourceId", "lb-bp1test0other", "AutoAllocatedEnabled", "true"));
    pl.merge(world("epsrv-bp1locked0service", ", \"ServiceBusinessStatus\": \"FinancialLocked\"", "ep-bp1locked0endpoint", ""));
    assertEquals("EndpointServiceLocked", code(pl, "UpdateVpcEndpointServiceResourceAttribute", "ServiceId", "epsrv-bp1locked0service",
        "ResourceId", "lb-bp1x", "AutoAllocatedEnabled", "true"));
  }

  @Test
  void zoneConnectionResourceIsAllocatedThenMigrated() {
    String service = pl.service(false);
    pl.call("AttachResourceToVpcEndpointService", "ServiceId", service, "ResourceType", "slb", "ResourceId", "lb-bp1test0second",
        "ZoneId", "cn-hangzhou-h");
    pl.call("AttachResourceToVpcEndpointService", "ServiceId", service, "ResourceType", "slb", "ResourceId", "lb-bp1test0zonei",
        "ZoneId", "cn-hangzhou-i");
    String endpoint = pl.endpoint(service, "sg-bp1test0group");
    String[] at = {"ServiceId", service, "EndpointId", endpoint, "ZoneId", "cn-hangzhou-h"};
    pl.advance("5s"); // Active, connection Disconnected (no auto-accept): the allocation mode may change
    assertEquals("MissingParam.ResourceAllocateMode", code(pl, "UpdateVpcEndpointZoneConnectionResourceAttribute", at));
    assertEquals("IllegalParam.ResourceAllocateMode", code(pl, "UpdateVpcEndpointZoneConnectionResourceAttribute",
        with(at, "ResourceAllocateMode", "Sometimes")));
    assertEquals("IllegalParam.ResourceReplaceMode", code(pl, "UpdateVpcEndpointZoneConnectionResourceAttribute",
        with(at, "ResourceReplaceMode", "Gently", "ResourceId", "lb-bp1test0second")));
    assertEquals("MissingParam.ResourceId", code(pl, "UpdateVpcEndpointZoneConnectionResourceAttribute", with(at, "ResourceAllocateMode", "Manual")));
    assertEquals("EndpointServiceResourceTypeNotSupport", code(pl, "UpdateVpcEndpointZoneConnectionResourceAttribute",
        with(at, "ResourceAllocateMode", "Manual", "ResourceId", "lb-bp1test0second", "ResourceType", "alb")));
    assertEquals("EndpointServiceResourceNotFound", code(pl, "UpdateVpcEndpointZoneConnectionResourceAttribute",
        with(at, "ResourceAllocateMode", "Manual", "ResourceId", "lb-bp1nosuch")));
    assertEquals("Mismatch.ZoneId", code(pl, "UpdateVpcEndpointZoneConnectionResourceAttribute",
        with(at, "ResourceAllocateMode", "Manual", "ResourceId", "lb-bp1test0zonei")));
    assertEquals("OperationDenied.CurrentResourceAutoAllocated", code(pl, "UpdateVpcEndpointZoneConnectionResourceAttribute",
        with(at, "ResourceReplaceMode", "Graceful", "ResourceId", "lb-bp1test0second")));
    pl.call("UpdateVpcEndpointZoneConnectionResourceAttribute", with(at, "ResourceAllocateMode", "Manual", "ResourceId", "lb-bp1test0second",
        "ResourceType", "slb"));
    assertEquals("lb-bp1test0second", zoneResource(service, endpoint, "cn-hangzhou-h"));
    assertEquals("ZoneOperationDenied", code(pl, "UpdateVpcEndpointZoneConnectionResourceAttribute",
        with(at, "ResourceReplaceMode", "Graceful", "ResourceId", "lb-bp1test0loadbalancer")));
    pl.call("EnableVpcEndpointConnection", "ServiceId", service, "EndpointId", endpoint);
    assertEquals("EndpointConnectionOperationDenied", code(pl, "UpdateVpcEndpointZoneConnectionResourceAttribute",
        with(at, "ResourceReplaceMode", "Graceful", "ResourceId", "lb-bp1test0loadbalancer")));
    pl.advance("5s");
    assertEquals("EndpointConnectionOperationDenied", code(pl, "UpdateVpcEndpointZoneConnectionResourceAttribute",
        with(at, "ResourceAllocateMode", "Auto")));
    // typed SDK: migrate the Connected zone to the first resource
    var typed = core(new com.aliyuncs.privatelink.model.v20200415.UpdateVpcEndpointZoneConnectionResourceAttributeRequest());
    typed.setServiceId(service);
    typed.setEndpointId(endpoint);
    typed.setZoneId("cn-hangzhou-h");
    typed.setResourceReplaceMode("Force");
    typed.setResourceId("lb-bp1test0loadbalancer");
    typed.setResourceType("slb");
    try {
      Sdks.core().getAcsResponse(typed);
    } catch (com.aliyuncs.exceptions.ClientException e) {
      throw new AssertionError(e);
    }
    Map<String, Object> zone = connectionZone(service, endpoint, "cn-hangzhou-h");
    assertEquals("Migrating", zone.get("ZoneStatus"));
    assertEquals("lb-bp1test0second", zone.get("ReplacedResourceId"));
    assertEquals("lb-bp1test0loadbalancer", zone.get("ResourceId"));
    pl.advance("2s");
    assertEquals("Migrated", connectionZone(service, endpoint, "cn-hangzhou-h").get("ZoneStatus"));

    assertEquals("EndpointServiceNotFound", code(pl, "UpdateVpcEndpointZoneConnectionResourceAttribute",
        "ServiceId", "epsrv-bp1nosuch", "EndpointId", endpoint, "ZoneId", "cn-hangzhou-h", "ResourceAllocateMode", "Auto"));
    assertEquals("EndpointNotFound", code(pl, "UpdateVpcEndpointZoneConnectionResourceAttribute",
        "ServiceId", service, "EndpointId", "ep-bp1nosuch", "ZoneId", "cn-hangzhou-h", "ResourceAllocateMode", "Auto"));
    String other = pl.service(true);
    assertEquals("EndpointConnectionNotFound", code(pl, "UpdateVpcEndpointZoneConnectionResourceAttribute",
        "ServiceId", other, "EndpointId", endpoint, "ZoneId", "cn-hangzhou-h", "ResourceAllocateMode", "Auto"));
    assertEquals("EndpointZoneNotFound", code(pl, "UpdateVpcEndpointZoneConnectionResourceAttribute",
        "ServiceId", service, "EndpointId", endpoint, "ZoneId", "cn-hangzhou-k", "ResourceAllocateMode", "Auto"));
    pl.merge(world("epsrv-bp1locked0service", ", \"ServiceBusinessStatus\": \"FinancialLocked\"", "ep-bp1locked0endpoint", ""));
    assertEquals("EndpointServiceLocked", code(pl, "UpdateVpcEndpointZoneConnectionResourceAttribute",
        "ServiceId", "epsrv-bp1locked0service", "EndpointId", "ep-bp1locked0endpoint", "ZoneId", "cn-hangzhou-h", "ResourceAllocateMode", "Auto"));
    pl.merge(world("epsrv-bp1open0service", "", "ep-bp1locked0endpoint2", ", \"EndpointBusinessStatus\": \"FinancialLocked\""));
    assertEquals("EndpointLocked", code(pl, "UpdateVpcEndpointZoneConnectionResourceAttribute",
        "ServiceId", "epsrv-bp1open0service", "EndpointId", "ep-bp1locked0endpoint2", "ZoneId", "cn-hangzhou-h", "ResourceAllocateMode", "Auto"));
  }

  private static String[] with(String[] base, String... more) {
    List<String> out = new ArrayList<>(List.of(base));
    out.addAll(List.of(more));
    return out.toArray(String[]::new);
  }

  @SuppressWarnings("unchecked")
  private Map<String, Object> connectionZone(String service, String endpoint, String zoneId) {
    List<Map<String, Object>> connections = pl.list("ListVpcEndpointConnections", "Connections", "ServiceId", service, "EndpointId", endpoint);
    return ((List<Map<String, Object>>) connections.get(0).get("Zones")).stream().filter(z -> zoneId.equals(z.get("ZoneId"))).findFirst()
        .orElseThrow();
  }

  private String zoneResource(String service, String endpoint, String zoneId) {
    return (String) connectionZone(service, endpoint, zoneId).get("ResourceId");
  }

  @Test
  void zonesOfTheRegionAndTheAccountActivation() throws Exception {
    @SuppressWarnings("unchecked")
    List<Map<String, Object>> zones = (List<Map<String, Object>>) ((Map<String, Object>) pl.call("DescribeZones").get("Zones")).get("Zone");
    assertEquals(List.of("cn-hangzhou-b", "cn-hangzhou-c", "cn-hangzhou-f", "cn-hangzhou-g", "cn-hangzhou-h", "cn-hangzhou-i",
        "cn-hangzhou-j", "cn-hangzhou-k"), zones.stream().map(z -> z.get("ZoneId")).toList());
    assertEquals("华东1 可用区B", zones.get(0).get("LocalName"));
    var typedZones = core(new com.aliyuncs.privatelink.model.v20200415.DescribeZonesRequest());
    typedZones.putQueryParameter("RegionId", "cn-huhehaote");
    assertEquals(List.of("cn-huhehaote-a", "cn-huhehaote-b"),
        Sdks.core().getAcsResponse(typedZones).getZones().stream().map(z -> z.getZoneId()).toList());

    // every account is opened unless a world says otherwise: opening again is refused
    assertEquals(true, pl.call("CheckProductOpen").get("Success"));
    assertEquals("OrderOpend", code(pl, "OpenPrivateLinkService"));
    pl.merge("""
        {"accounts": [{"cloud": "alibaba", "accessKeyId": "%s", "regions": {"cn-hangzhou": {
          "PrivateLinkActivation": [{"AccountId": "%s", "Status": "NotOpened"}]}}}]}
        """.formatted(CONSUMER_KEY, CONSUMER));
    PrivateLinkClient fresh = pl.as(CONSUMER_KEY);
    assertEquals(false, fresh.call("CheckProductOpen").get("Success"));
    var open = core(new com.aliyuncs.privatelink.model.v20200415.OpenPrivateLinkServiceRequest());
    String order = Sdks.core(CONSUMER_KEY, "secret-of-" + CONSUMER_KEY).getAcsResponse(open).getOrderId();
    assertTrue(order != null && !order.isEmpty());
    assertEquals(true, fresh.call("CheckProductOpen").get("Success"));
    assertEquals("OrderOpend", code(fresh, "OpenPrivateLinkService"));
  }
}
