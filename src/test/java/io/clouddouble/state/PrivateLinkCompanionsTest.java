package io.clouddouble.state;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.aliyun.tea.TeaException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The companion operations: creation, lists (paging, filters), the service-side view, deletion. */
class PrivateLinkCompanionsTest extends PrivateLinkTestBase {

  @Test
  void createServiceAndEndpointThroughTheirTransitions() {
    Map<String, Object> created = pl.call("CreateVpcEndpointService", "AutoAcceptEnabled", "true",
        "Resource.1.ResourceType", "slb", "Resource.1.ResourceId", "lb-bp1test0lb", "Resource.1.ZoneId", "cn-hangzhou-h");
    String service = (String) created.get("ServiceId");
    assertTrue(service.matches("epsrv-[0-9a-z]{20}"));
    assertEquals("Creating", created.get("ServiceStatus"));
    assertEquals("com.aliyuncs.privatelink.cn-hangzhou." + service, created.get("ServiceName"));
    assertEquals(true, created.get("AutoAcceptEnabled"));
    assertEquals("IncorrectStatus.VpcEndpointService", pl.fails("CreateVpcEndpoint", "ServiceId", service,
        "VpcId", "vpc-bp1test0vpc", "SecurityGroupId.1", "sg-bp1test0group").getCode());
    pl.advance("2s");

    Map<String, Object> endpoint = pl.call("CreateVpcEndpoint", "ServiceName", "com.aliyuncs.privatelink.cn-hangzhou." + service,
        "VpcId", "vpc-bp1test0vpc", "EndpointName", "mine", "SecurityGroupId.1", "sg-bp1test0group",
        "Zone.1.ZoneId", "cn-hangzhou-h", "Zone.1.VSwitchId", "vsw-bp1test0vsw");
    String id = (String) endpoint.get("EndpointId");
    assertEquals("Creating", endpoint.get("EndpointStatus"));
    assertEquals("Disconnected", endpoint.get("ConnectionStatus"));
    assertEquals(service, endpoint.get("ServiceId"));
    assertEquals("Creating", pl.zoneStatus(id, "cn-hangzhou-h"));
    pl.advance("2s");
    assertEquals("Active", pl.endpointAttribute(id).get("EndpointStatus"));
    assertEquals("Connecting", pl.endpointAttribute(id).get("ConnectionStatus"));
    assertEquals("Wait", pl.zoneStatus(id, "cn-hangzhou-h"));
    pl.advance("2s");
    assertEquals("Connected", pl.endpointAttribute(id).get("ConnectionStatus"));
    assertEquals("Connected", pl.zoneStatus(id, "cn-hangzhou-h"));
    assertEquals("EndpointDuplicated", pl.fails("CreateVpcEndpoint", "ServiceId", service,
        "VpcId", "vpc-bp1test0vpc", "SecurityGroupId.1", "sg-bp1test0group").getCode());
  }

  @Test
  void createEndpointErrors() {
    String service = pl.service(true);
    assertEquals("EndpointServiceNotFound", pl.fails("CreateVpcEndpoint", "ServiceId", "epsrv-bp1nosuch",
        "VpcId", "vpc-bp1a", "SecurityGroupId.1", "sg-bp1a").getCode());
    assertEquals("EndpointServiceNotFound", pl.fails("CreateVpcEndpoint", "VpcId", "vpc-bp1a", "SecurityGroupId.1", "sg-bp1a").getCode());
    assertEquals("VpcNotFound", pl.fails("CreateVpcEndpoint", "ServiceId", service, "VpcId", "not-a-vpc", "SecurityGroupId.1", "sg-bp1a").getCode());
    assertEquals("VSwitchNotFound", pl.fails("CreateVpcEndpoint", "ServiceId", service, "VpcId", "vpc-bp1a",
        "SecurityGroupId.1", "sg-bp1a", "Zone.1.ZoneId", "cn-hangzhou-h", "Zone.1.VSwitchId", "nope").getCode());
    assertEquals("SecurityGroupNotFound", pl.fails("CreateVpcEndpoint", "ServiceId", service, "VpcId", "vpc-bp1a", "SecurityGroupId.1", "x").getCode());
    assertEquals("EndpointMustContainSecurityGroup", pl.fails("CreateVpcEndpoint", "ServiceId", service, "VpcId", "vpc-bp1a").getCode());
    assertEquals("EndpointZoneDuplicated", pl.fails("CreateVpcEndpoint", "ServiceId", service, "VpcId", "vpc-bp1a", "SecurityGroupId.1", "sg-bp1a",
        "Zone.1.ZoneId", "cn-hangzhou-h", "Zone.1.VSwitchId", "vsw-bp1a", "Zone.2.ZoneId", "cn-hangzhou-h", "Zone.2.VSwitchId", "vsw-bp1b").getCode());
    assertEquals("LoadBalancerNotFound", pl.fails("CreateVpcEndpointService",
        "Resource.1.ResourceType", "slb", "Resource.1.ResourceId", "not-a-load-balancer", "Resource.1.ZoneId", "cn-hangzhou-h").getCode());
  }

  @Test
  void foreignResourcesDeclaredByAWorldAreTheOnlyOnesThatExist() {
    String service = pl.service(true);
    pl.merge("""
        {"accounts": [{"cloud": "alibaba", "accessKeyId": "testAccessKeyId", "regions": {"cn-hangzhou": {
          "SecurityGroup": [{"SecurityGroupId": "sg-bp1declared0group"}]}}}]}
        """);
    assertEquals("SecurityGroupNotFound", pl.fails("CreateVpcEndpoint", "ServiceId", service, "VpcId", "vpc-bp1a",
        "SecurityGroupId.1", "sg-bp1undeclared0group").getCode());
    pl.call("CreateVpcEndpoint", "ServiceId", service, "VpcId", "vpc-bp1a", "SecurityGroupId.1", "sg-bp1declared0group");
  }

  @Test
  void listsPageWithNextTokenAndFilter() {
    String service = pl.service(true);
    List<String> created = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      created.add(pl.endpoint(service, "sg-bp1test0group"));
    }
    pl.advance("10s");
    List<String> seen = new ArrayList<>();
    String token = null;
    int pages = 0;
    do {
      Map<String, Object> page = token == null
          ? pl.call("ListVpcEndpoints", "ServiceName", "com.aliyuncs.privatelink.cn-hangzhou." + service, "MaxResults", "2")
          : pl.call("ListVpcEndpoints", "ServiceName", "com.aliyuncs.privatelink.cn-hangzhou." + service, "MaxResults", "2", "NextToken", token);
      @SuppressWarnings("unchecked")
      List<Map<String, Object>> endpoints = (List<Map<String, Object>>) page.get("Endpoints");
      endpoints.forEach(e -> seen.add((String) e.get("EndpointId")));
      assertEquals(5, ((Number) page.get("TotalCount")).intValue());
      token = (String) page.get("NextToken");
      pages++;
    } while (token != null);
    assertEquals(3, pages);
    assertEquals(created, seen);

    assertEquals(1, pl.list("ListVpcEndpoints", "Endpoints", "EndpointId", created.get(0)).size());
    assertEquals(0, pl.list("ListVpcEndpoints", "Endpoints", "ServiceName", "com.aliyuncs.privatelink.cn-hangzhou.epsrv-none").size());
    assertEquals(6, pl.list("ListVpcEndpoints", "Endpoints", "ConnectionStatus", "Connected").size()); // and the demo's

    Map<String, Object> connections = pl.call("ListVpcEndpointConnections", "ServiceId", service, "MaxResults", "50");
    assertEquals("5", connections.get("TotalCount"));
    @SuppressWarnings("unchecked")
    Map<String, Object> first = ((List<Map<String, Object>>) connections.get("Connections")).get(0);
    assertEquals(created.get(0), first.get("EndpointId"));
    assertEquals("Connected", first.get("ConnectionStatus"));
    assertEquals(2, ((List<?>) first.get("Zones")).size());
    assertEquals("EndpointServiceNotFound", pl.fails("ListVpcEndpointConnections", "ServiceId", "epsrv-bp1nosuch").getCode());

    Map<String, Object> zones = pl.call("ListVpcEndpointZones", "EndpointId", created.get(0), "MaxResults", "1");
    assertEquals(1, ((List<?>) zones.get("Zones")).size());
    assertFalse(((String) zones.get("NextToken")).isEmpty());
    assertEquals("EndpointNotFound", pl.fails("ListVpcEndpointZones", "EndpointId", "ep-bp1nosuch").getCode());
    assertEquals("EndpointNotFound", pl.fails("ListVpcEndpointSecurityGroups", "EndpointId", "ep-bp1nosuch").getCode());
    assertEquals("EndpointNotFound", pl.fails("GetVpcEndpointAttribute", "EndpointId", "ep-bp1nosuch").getCode());
  }

  @Test
  void tagsFilterEndpoints() {
    String service = pl.service(true);
    String tagged = (String) pl.call("CreateVpcEndpoint", "ServiceId", service, "VpcId", "vpc-bp1tagged", "SecurityGroupId.1", "sg-bp1a",
        "Tag.1.Key", "team", "Tag.1.Value", "network").get("EndpointId");
    pl.endpoint(service, "sg-bp1a");
    List<Map<String, Object>> found = pl.list("ListVpcEndpoints", "Endpoints", "Tag.1.Key", "team", "Tag.1.Value", "network");
    assertEquals(List.of(tagged), found.stream().map(e -> e.get("EndpointId")).toList());
    assertEquals(List.of(Map.of("Key", "team", "Value", "network")), found.get(0).get("Tags"));
  }

  @Test
  void deleteLifecycleAndErrors() {
    String service = pl.service(true);
    String endpoint = pl.endpoint(service, "sg-bp1a");
    assertEquals("EndpointOperationDenied", pl.fails("DeleteVpcEndpoint", "EndpointId", endpoint).getCode());
    pl.advance("10s");
    pl.call("DeleteVpcEndpoint", "EndpointId", endpoint);
    assertEquals("Deleting", pl.endpointAttribute(endpoint).get("EndpointStatus"));
    assertEquals("Deleting", pl.zoneStatus(endpoint, "cn-hangzhou-h"));
    assertEquals("EndpointOperationDenied", pl.fails("DeleteVpcEndpoint", "EndpointId", endpoint).getCode());
    pl.advance("5s");
    assertEquals("EndpointNotFound", pl.fails("GetVpcEndpointAttribute", "EndpointId", endpoint).getCode());
    assertEquals("EndpointNotFound", pl.fails("DeleteVpcEndpoint", "EndpointId", endpoint).getCode());
    assertTrue(pl.list("ListVpcEndpointConnections", "Connections", "ServiceId", service).isEmpty());

    String guarded = (String) pl.call("CreateVpcEndpoint", "ServiceId", service, "VpcId", "vpc-bp1guarded", "SecurityGroupId.1", "sg-bp1a",
        "ProtectedEnabled", "true").get("EndpointId");
    pl.advance("10s");
    assertEquals("EndpointProtected", pl.fails("DeleteVpcEndpoint", "EndpointId", guarded).getCode());
    // a protected endpoint is managed by another service: its zones and attributes are not the user's to change either
    assertEquals("EndpointProtected", pl.fails("AddZoneToVpcEndpoint", "EndpointId", guarded, "ZoneId", "cn-hangzhou-j",
        "VSwitchId", "vsw-bp1j").getCode());
    assertEquals("EndpointProtected", pl.fails("RemoveZoneFromVpcEndpoint", "EndpointId", guarded, "ZoneId", "cn-hangzhou-h").getCode());
    assertEquals("EndpointProtected", pl.fails("UpdateVpcEndpointAttribute", "EndpointId", guarded, "EndpointName", "x").getCode());

    String busy = pl.connectedEndpoint(service);
    pl.call("DisableVpcEndpointZoneConnection", "ServiceId", service, "EndpointId", busy, "ZoneId", "cn-hangzhou-h");
    TeaException dependent = pl.fails("DeleteVpcEndpoint", "EndpointId", busy);
    assertEquals("EndpointDependenceViolation", dependent.getCode());
    pl.advance("3s");
    pl.call("DeleteVpcEndpoint", "EndpointId", busy);
    pl.advance("5s");
    assertEquals("EndpointNotFound", pl.fails("ListVpcEndpointZones", "EndpointId", busy).getCode());
  }
}
