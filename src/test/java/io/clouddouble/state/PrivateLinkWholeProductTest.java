package io.clouddouble.state;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.aliyuncs.privatelink.model.v20200415.ListVpcEndpointServicesRequest;
import com.aliyuncs.privatelink.model.v20200415.ListVpcEndpointServicesResponse;
import io.clouddouble.auth.Accounts;
import io.clouddouble.testkit.Sdks;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The service-side operations of PrivateLink beyond the seeds: a service's attributes, its list
 * (filters, NextToken paging), its update, its allow-list of accounts and what the consumer sees
 * of it, and its deletion (refused while endpoints exist, then Deleting and gone).
 */
class PrivateLinkWholeProductTest extends PrivateLinkTestBase {
  static final String CONSUMER_KEY = "wholeProductConsumerKeyId";
  static final String CONSUMER = Accounts.alibabaAccountId(CONSUMER_KEY);

  @Test
  void serviceAttributesAndUpdate() {
    String service = pl.service(false);
    Map<String, Object> got = pl.call("GetVpcEndpointServiceAttribute", "ServiceId", service);
    assertEquals(service, got.get("ServiceId"));
    assertEquals("Active", got.get("ServiceStatus"));
    assertEquals(false, got.get("AutoAcceptEnabled"));
    assertEquals(List.of("cn-hangzhou-h"), got.get("Zones"));
    assertEquals("cn-hangzhou", got.get("RegionId"));
    assertEquals("Interface", got.get("ServiceType"));

    pl.call("UpdateVpcEndpointServiceAttribute", "ServiceId", service, "AutoAcceptEnabled", "true",
        "ServiceDescription", "updated", "ConnectBandwidth", "2048", "ZoneAffinityEnabled", "true");
    got = pl.call("GetVpcEndpointServiceAttribute", "ServiceId", service);
    assertEquals(true, got.get("AutoAcceptEnabled"));
    assertEquals(true, got.get("ZoneAffinityEnabled"));
    assertEquals("updated", got.get("ServiceDescription"));
    assertEquals(2048, ((Number) got.get("ConnectBandwidth")).intValue());
    // the change takes effect: a new endpoint is now accepted automatically
    String endpoint = pl.connectedEndpoint(service);
    assertEquals("Connected", pl.endpointAttribute(endpoint).get("ConnectionStatus"));

    assertEquals("EndpointServiceNotFound", pl.fails("GetVpcEndpointServiceAttribute", "ServiceId", "epsrv-bp1nosuch").getCode());
    assertEquals("EndpointServiceNotFound",
        pl.fails("UpdateVpcEndpointServiceAttribute", "ServiceId", "epsrv-bp1nosuch", "ServiceDescription", "x").getCode());
    String creating = (String) pl.call("CreateVpcEndpointService", "Resource.1.ResourceType", "slb",
        "Resource.1.ResourceId", "lb-bp1test0other", "Resource.1.ZoneId", "cn-hangzhou-i").get("ServiceId");
    assertEquals("EndpointServiceOperationDenied",
        pl.fails("UpdateVpcEndpointServiceAttribute", "ServiceId", creating, "ServiceDescription", "x").getCode());
    pl.merge(world("epsrv-bp1locked0service", ", \"ServiceBusinessStatus\": \"FinancialLocked\"", "ep-bp1locked0endpoint", ""));
    assertEquals("EndpointServiceLocked",
        pl.fails("UpdateVpcEndpointServiceAttribute", "ServiceId", "epsrv-bp1locked0service", "ServiceDescription", "x").getCode());
  }

  @Test
  void listServicesFiltersAndPages() {
    List<String> created = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      created.add(pl.service(i % 2 == 0));
    }
    List<String> seen = new ArrayList<>();
    String token = null;
    int pages = 0;
    do {
      Map<String, Object> page = token == null
          ? pl.call("ListVpcEndpointServices", "ServiceResourceType", "slb", "ResourceId", "lb-bp1test0loadbalancer", "MaxResults", "2")
          : pl.call("ListVpcEndpointServices", "ServiceResourceType", "slb", "ResourceId", "lb-bp1test0loadbalancer", "MaxResults", "2",
              "NextToken", token);
      @SuppressWarnings("unchecked")
      List<Map<String, Object>> services = (List<Map<String, Object>>) page.get("Services");
      services.forEach(s -> seen.add((String) s.get("ServiceId")));
      assertEquals(5, ((Number) page.get("TotalCount")).intValue());
      token = (String) page.get("NextToken");
      pages++;
    } while (token != null);
    assertEquals(3, pages);
    assertEquals(created, seen);

    assertEquals(List.of(created.get(1)), ids(pl.list("ListVpcEndpointServices", "Services", "ServiceId", created.get(1))));
    assertEquals(List.of(created.get(2)), ids(pl.list("ListVpcEndpointServices", "Services",
        "ServiceName", "com.aliyuncs.privatelink.cn-hangzhou." + created.get(2))));
    assertEquals(List.of(created.get(1), created.get(3)), ids(pl.list("ListVpcEndpointServices", "Services",
        "ResourceId", "lb-bp1test0loadbalancer", "AutoAcceptEnabled", "false")));
    assertEquals(List.of(), pl.list("ListVpcEndpointServices", "Services", "ResourceId", "lb-bp1nosuch"));
    assertEquals(List.of(), pl.list("ListVpcEndpointServices", "Services", "ServiceStatus", "Creating"));
    String tagged = (String) pl.call("CreateVpcEndpointService", "Resource.1.ResourceType", "slb",
        "Resource.1.ResourceId", "lb-bp1test0tagged", "Resource.1.ZoneId", "cn-hangzhou-h",
        "Tag.1.Key", "team", "Tag.1.Value", "network").get("ServiceId");
    List<Map<String, Object>> found = pl.list("ListVpcEndpointServices", "Services", "Tag.1.Key", "team", "Tag.1.Value", "network");
    assertEquals(List.of(tagged), ids(found));
    assertEquals("Creating", found.get(0).get("ServiceStatus"));
    assertEquals(List.of(Map.of("Key", "team", "Value", "network")), found.get(0).get("Tags"));
    // another account's services are not listed
    assertEquals(List.of(), pl.as(CONSUMER_KEY).list("ListVpcEndpointServices", "Services", "ServiceId", tagged));
  }

  @Test
  void typedSdkListsServices() throws Exception {
    String service = pl.service(true);
    ListVpcEndpointServicesRequest request = core(new ListVpcEndpointServicesRequest());
    request.setServiceId(service);
    ListVpcEndpointServicesResponse response = Sdks.core().getAcsResponse(request);
    assertEquals(1, response.getServices().size());
    assertEquals(service, response.getServices().get(0).getServiceId());
    assertEquals("Active", response.getServices().get(0).getServiceStatus());
  }

  @Test
  void allowListDecidesWhatTheConsumerSees() {
    String service = pl.service(true);
    PrivateLinkClient consumer = pl.as(CONSUMER_KEY);
    assertEquals(List.of(), consumer.list("ListVpcEndpointServicesByEndUser", "Services", "ServiceId", service));

    pl.call("AddUserToVpcEndpointService", "ServiceId", service, "UserId", CONSUMER);
    pl.call("AddUserToVpcEndpointService", "ServiceId", service, "UserId", CONSUMER); // again: no duplicate
    pl.call("AddUserToVpcEndpointService", "ServiceId", service, "UserARN", "acs:ram:*:1234567890123456:*");
    Map<String, Object> users = pl.call("ListVpcEndpointServiceUsers", "ServiceId", service);
    assertEquals("1", users.get("TotalCount"));
    assertEquals(List.of(Map.of("UserId", Long.parseLong(CONSUMER))),
        ((List<?>) users.get("Users")).stream().map(u -> Map.of("UserId", ((Number) ((Map<?, ?>) u).get("UserId")).longValue())).toList());
    Map<String, Object> arns = pl.call("ListVpcEndpointServiceUsers", "ServiceId", service, "UserListType", "UserARNs");
    assertEquals(List.of(Map.of("UserARN", "acs:ram:*:1234567890123456:*")), arns.get("UserARNs"));
    assertEquals("1", pl.call("ListVpcEndpointServiceUsers", "ServiceId", service, "UserId", CONSUMER).get("TotalCount"));

    Map<String, Object> byEndUser = consumer.call("ListVpcEndpointServicesByEndUser", "ServiceId", service);
    assertEquals("1", byEndUser.get("TotalCount"));
    @SuppressWarnings("unchecked")
    Map<String, Object> visible = ((List<Map<String, Object>>) byEndUser.get("Services")).get(0);
    assertEquals(service, visible.get("ServiceId"));
    assertEquals("Interface", visible.get("ServiceType"));
    assertEquals(List.of("cn-hangzhou-h"), visible.get("Zones"));
    assertEquals(1, consumer.list("ListVpcEndpointServicesByEndUser", "Services",
        "ServiceName", "com.aliyuncs.privatelink.cn-hangzhou." + service, "ServiceType", "Interface").size());

    assertEquals("MissingParam.UserArn", pl.fails("AddUserToVpcEndpointService", "ServiceId", service).getCode());
    assertEquals("Mismatch.UserIdAndUserArn", pl.fails("AddUserToVpcEndpointService", "ServiceId", service,
        "UserId", CONSUMER, "UserARN", "acs:ram:*:1234567890123456:*").getCode());
    assertEquals("EndpointServiceNotFound", pl.fails("AddUserToVpcEndpointService", "ServiceId", "epsrv-bp1nosuch", "UserId", CONSUMER).getCode());
    assertEquals("MissingParam.UserArn", pl.fails("RemoveUserFromVpcEndpointService", "ServiceId", service).getCode());
    assertEquals("Mismatch.UserIdAndUserArn", pl.fails("RemoveUserFromVpcEndpointService", "ServiceId", service,
        "UserId", CONSUMER, "UserARN", "acs:ram:*:1234567890123456:*").getCode());
    assertEquals("EndpointServiceNotFound",
        pl.fails("RemoveUserFromVpcEndpointService", "ServiceId", "epsrv-bp1nosuch", "UserId", CONSUMER).getCode());
    assertEquals("EndpointServiceNotFound", pl.fails("ListVpcEndpointServiceUsers", "ServiceId", "epsrv-bp1nosuch").getCode());
    // the consumer cannot change or read another account's allow-list
    assertEquals("EndpointServiceNotFound", consumer.fails("ListVpcEndpointServiceUsers", "ServiceId", service).getCode());

    pl.call("RemoveUserFromVpcEndpointService", "ServiceId", service, "UserId", CONSUMER);
    pl.call("RemoveUserFromVpcEndpointService", "ServiceId", service, "UserId", CONSUMER); // not listed: nothing to do
    assertEquals("0", pl.call("ListVpcEndpointServiceUsers", "ServiceId", service).get("TotalCount"));
    assertEquals(List.of(), consumer.list("ListVpcEndpointServicesByEndUser", "Services", "ServiceId", service));
    // the owner always sees its own services
    assertEquals(1, pl.list("ListVpcEndpointServicesByEndUser", "Services", "ServiceId", service).size());
  }

  @Test
  void deleteServiceIsRefusedWhileEndpointsExistThenDeletingThenGone() {
    String service = pl.service(false);
    String endpoint = pl.endpoint(service, "sg-bp1test0group");
    pl.advance("10s"); // Active, connection Disconnected (the service does not auto-accept)
    assertEquals("DeleteFailedDueToEndpointExist", pl.fails("DeleteVpcEndpointService", "ServiceId", service).getCode());
    pl.call("UpdateVpcEndpointServiceAttribute", "ServiceId", service, "AutoAcceptEnabled", "true");
    String connected = pl.connectedEndpoint(service);
    assertEquals("EndpointServiceConnectionDependence", pl.fails("DeleteVpcEndpointService", "ServiceId", service).getCode());
    pl.call("DeleteVpcEndpoint", "EndpointId", connected);
    pl.call("DeleteVpcEndpoint", "EndpointId", endpoint);
    pl.call("AddUserToVpcEndpointService", "ServiceId", service, "UserId", CONSUMER);

    pl.call("DeleteVpcEndpointService", "ServiceId", service);
    assertEquals("Deleting", pl.call("GetVpcEndpointServiceAttribute", "ServiceId", service).get("ServiceStatus"));
    assertEquals("EndpointServiceOperationDenied", pl.fails("DeleteVpcEndpointService", "ServiceId", service).getCode());
    assertEquals(List.of(), pl.as(CONSUMER_KEY).list("ListVpcEndpointServicesByEndUser", "Services", "ServiceId", service));
    pl.advance("3s");
    assertEquals("EndpointServiceNotFound", pl.fails("GetVpcEndpointServiceAttribute", "ServiceId", service).getCode());
    assertEquals("EndpointServiceNotFound", pl.fails("DeleteVpcEndpointService", "ServiceId", service).getCode());
    assertEquals(List.of(), pl.list("ListVpcEndpointServices", "Services", "ServiceId", service));
  }

  @Test
  void ownerAcceptsDisablesAndResizesConnections() {
    String service = pl.service(false);
    PrivateLinkClient consumer = pl.as(CONSUMER_KEY);
    pl.call("AddUserToVpcEndpointService", "ServiceId", service, "UserId", CONSUMER);
    String endpoint = (String) consumer.call("CreateVpcEndpoint", "ServiceId", service, "VpcId", "vpc-bp1consumer",
        "SecurityGroupId.1", "sg-bp1consumer", "Zone.1.ZoneId", "cn-hangzhou-h", "Zone.1.VSwitchId", "vsw-bp1consumer").get("EndpointId");
    assertEquals("EndpointOperationDenied", pl.fails("EnableVpcEndpointConnection", "ServiceId", service, "EndpointId", endpoint).getCode());
    pl.advance("5s");
    assertEquals("Disconnected", consumer.endpointAttribute(endpoint).get("ConnectionStatus"));
    assertEquals("Wait", consumer.zoneStatus(endpoint, "cn-hangzhou-h"));

    pl.call("EnableVpcEndpointConnection", "ServiceId", service, "EndpointId", endpoint, "Bandwidth", "2048");
    assertEquals("Connecting", consumer.endpointAttribute(endpoint).get("ConnectionStatus"));
    assertEquals("Connecting", consumer.zoneStatus(endpoint, "cn-hangzhou-h"));
    assertEquals("EndpointConnectionOperationDenied",
        pl.fails("EnableVpcEndpointConnection", "ServiceId", service, "EndpointId", endpoint).getCode());
    assertEquals("EndpointConnectionOperationDenied",
        pl.fails("DisableVpcEndpointConnection", "ServiceId", service, "EndpointId", endpoint).getCode());
    assertEquals("EndpointConnectionOperationDenied",
        pl.fails("UpdateVpcEndpointConnectionAttribute", "ServiceId", service, "EndpointId", endpoint, "Bandwidth", "1024").getCode());
    pl.advance("2s");
    Map<String, Object> attribute = consumer.endpointAttribute(endpoint);
    assertEquals("Connected", attribute.get("ConnectionStatus"));
    assertEquals(2048, ((Number) attribute.get("Bandwidth")).intValue());
    assertEquals("Connected", consumer.zoneStatus(endpoint, "cn-hangzhou-h"));
    pl.call("EnableVpcEndpointConnection", "ServiceId", service, "EndpointId", endpoint); // already Connected: nothing to do

    pl.call("UpdateVpcEndpointConnectionAttribute", "ServiceId", service, "EndpointId", endpoint, "Bandwidth", "3072");
    assertEquals(3072, ((Number) consumer.endpointAttribute(endpoint).get("Bandwidth")).intValue());

    pl.call("DisableVpcEndpointConnection", "ServiceId", service, "EndpointId", endpoint);
    assertEquals("Disconnecting", consumer.endpointAttribute(endpoint).get("ConnectionStatus"));
    assertEquals("Disconnecting", consumer.zoneStatus(endpoint, "cn-hangzhou-h"));
    pl.advance("2s");
    assertEquals("Disconnected", consumer.endpointAttribute(endpoint).get("ConnectionStatus"));
    assertEquals("Disconnected", consumer.zoneStatus(endpoint, "cn-hangzhou-h"));
    pl.call("DisableVpcEndpointConnection", "ServiceId", service, "EndpointId", endpoint); // already Disconnected
    pl.call("EnableVpcEndpointConnection", "ServiceId", service, "EndpointId", endpoint);
    pl.advance("2s");
    assertEquals("Connected", consumer.zoneStatus(endpoint, "cn-hangzhou-h"));

    String other = pl.service(true);
    for (String op : List.of("EnableVpcEndpointConnection", "DisableVpcEndpointConnection")) {
      assertEquals("EndpointServiceNotFound", pl.fails(op, "ServiceId", "epsrv-bp1nosuch", "EndpointId", endpoint).getCode());
      assertEquals("EndpointServiceNotFound", consumer.fails(op, "ServiceId", service, "EndpointId", endpoint).getCode());
      assertEquals("EndpointConnectionNotFound", pl.fails(op, "ServiceId", other, "EndpointId", endpoint).getCode());
      assertEquals("EndpointConnectionNotFound", pl.fails(op, "ServiceId", service, "EndpointId", "ep-bp1nosuch").getCode());
    }
    assertEquals("EndpointServiceNotFound", pl.fails("UpdateVpcEndpointConnectionAttribute", "ServiceId", "epsrv-bp1nosuch",
        "EndpointId", endpoint, "Bandwidth", "1024").getCode());
    assertEquals("EndpointNotFound", pl.fails("UpdateVpcEndpointConnectionAttribute", "ServiceId", service,
        "EndpointId", "ep-bp1nosuch", "Bandwidth", "1024").getCode());
    assertEquals("EndpointConnectionNotFound", pl.fails("UpdateVpcEndpointConnectionAttribute", "ServiceId", other,
        "EndpointId", endpoint, "Bandwidth", "1024").getCode());
  }

  @Test
  void endpointAttributesAndZones() {
    String service = pl.service(true);
    String endpoint = pl.connectedEndpoint(service);
    pl.call("UpdateVpcEndpointAttribute", "EndpointId", endpoint, "EndpointName", "renamed", "EndpointDescription", "about");
    Map<String, Object> attribute = pl.endpointAttribute(endpoint);
    assertEquals("renamed", attribute.get("EndpointName"));
    assertEquals("about", attribute.get("EndpointDescription"));
    assertEquals("EndpointNotFound", pl.fails("UpdateVpcEndpointAttribute", "EndpointId", "ep-bp1nosuch", "EndpointName", "x").getCode());

    assertEquals("EndpointZoneDuplicated", pl.fails("AddZoneToVpcEndpoint", "EndpointId", endpoint,
        "ZoneId", "cn-hangzhou-h", "VSwitchId", "vsw-bp1test0switch0h").getCode());
    assertEquals("VSwitchNotFound", pl.fails("AddZoneToVpcEndpoint", "EndpointId", endpoint,
        "ZoneId", "cn-hangzhou-j", "VSwitchId", "not-a-vswitch").getCode());
    pl.call("AddZoneToVpcEndpoint", "EndpointId", endpoint, "ZoneId", "cn-hangzhou-j", "VSwitchId", "vsw-bp1test0switch0j");
    assertEquals("Pending", pl.endpointAttribute(endpoint).get("EndpointStatus"));
    assertEquals("Creating", pl.zoneStatus(endpoint, "cn-hangzhou-j"));
    // while the endpoint is Pending, it cannot change again
    assertEquals("EndpointOperationDenied", pl.fails("AddZoneToVpcEndpoint", "EndpointId", endpoint,
        "ZoneId", "cn-hangzhou-k", "VSwitchId", "vsw-bp1test0switch0k").getCode());
    assertEquals("EndpointOperationDenied", pl.fails("RemoveZoneFromVpcEndpoint", "EndpointId", endpoint, "ZoneId", "cn-hangzhou-i").getCode());
    assertEquals("EndpointOperationDenied", pl.fails("UpdateVpcEndpointAttribute", "EndpointId", endpoint, "EndpointName", "x").getCode());
    pl.advance("2s");
    assertEquals("Active", pl.endpointAttribute(endpoint).get("EndpointStatus"));
    assertEquals("Wait", pl.zoneStatus(endpoint, "cn-hangzhou-j"));
    pl.advance("2s");
    assertEquals("Connected", pl.zoneStatus(endpoint, "cn-hangzhou-j"));

    pl.call("RemoveZoneFromVpcEndpoint", "EndpointId", endpoint, "ZoneId", "cn-hangzhou-i");
    assertEquals("Pending", pl.endpointAttribute(endpoint).get("EndpointStatus"));
    assertEquals("Deleting", pl.zoneStatus(endpoint, "cn-hangzhou-i"));
    pl.advance("2s");
    assertEquals("EndpointZoneNotFound", pl.fails("RemoveZoneFromVpcEndpoint", "EndpointId", endpoint, "ZoneId", "cn-hangzhou-i").getCode());
    pl.advance("1s");
    assertNull(pl.zoneStatus(endpoint, "cn-hangzhou-i"));
    assertEquals("EndpointZoneNotFound", pl.fails("RemoveZoneFromVpcEndpoint", "EndpointId", endpoint, "ZoneId", "cn-hangzhou-i").getCode());
    assertEquals("EndpointNotFound", pl.fails("RemoveZoneFromVpcEndpoint", "EndpointId", "ep-bp1nosuch", "ZoneId", "cn-hangzhou-h").getCode());
    assertEquals("EndpointNotFound", pl.fails("AddZoneToVpcEndpoint", "EndpointId", "ep-bp1nosuch",
        "ZoneId", "cn-hangzhou-h", "VSwitchId", "vsw-bp1a").getCode());

    // a zone added while the connection is not accepted waits for the owner
    String manual = pl.service(false);
    String waiting = pl.endpoint(manual, "sg-bp1a");
    pl.advance("5s");
    pl.call("AddZoneToVpcEndpoint", "EndpointId", waiting, "ZoneId", "cn-hangzhou-j", "VSwitchId", "vsw-bp1test0switch0j");
    pl.advance("10s");
    assertEquals("Wait", pl.zoneStatus(waiting, "cn-hangzhou-j"));

    // states no call reaches: a financially locked endpoint, a deleted service, a connection in transition
    pl.merge(world("epsrv-bp1world0service", "", "ep-bp1locked0endpoint", ", \"EndpointBusinessStatus\": \"FinancialLocked\""));
    pl.merge(world(null, "", "ep-bp1orphan0endpoint", ""));
    pl.merge(world("epsrv-bp1world0service2", "", "ep-bp1busy0endpoint", ", \"ConnectionStatus\": \"Connecting\""));
    for (String[] call : List.of(
        new String[] {"UpdateVpcEndpointAttribute", "EndpointName", "x"},
        new String[] {"AddZoneToVpcEndpoint", "ZoneId", "cn-hangzhou-j", "VSwitchId", "vsw-bp1a"},
        new String[] {"RemoveZoneFromVpcEndpoint", "ZoneId", "cn-hangzhou-h"})) {
      assertEquals("EndpointLocked", pl.fails(call[0], with(call, "ep-bp1locked0endpoint")).getCode());
      assertEquals("EndpointConnectionOperationDenied", pl.fails(call[0], with(call, "ep-bp1busy0endpoint")).getCode());
      if (!call[0].equals("RemoveZoneFromVpcEndpoint")) {
        assertEquals("EndpointServiceDeleted", pl.fails(call[0], with(call, "ep-bp1orphan0endpoint")).getCode());
      }
    }
    // RemoveZoneFromVpcEndpoint does not document EndpointServiceDeleted: an endpoint whose service is gone can shed zones
    pl.call("RemoveZoneFromVpcEndpoint", "EndpointId", "ep-bp1orphan0endpoint", "ZoneId", "cn-hangzhou-h");
    assertEquals("Deleting", pl.zoneStatus("ep-bp1orphan0endpoint", "cn-hangzhou-h"));
  }

  @Test
  void serviceResourcesAttachListAndDetach() {
    String service = pl.service(true);
    assertEquals(List.of(Map.of("ResourceId", "lb-bp1test0loadbalancer", "ResourceType", "slb", "ZoneId", "cn-hangzhou-h",
        "RegionId", "cn-hangzhou", "AutoAllocatedEnabled", true, "ResourceSupportIPv6", false)),
        pl.list("ListVpcEndpointServiceResources", "Resources", "ServiceId", service));
    pl.call("AttachResourceToVpcEndpointService", "ServiceId", service, "ResourceType", "slb",
        "ResourceId", "lb-bp1test0second", "ZoneId", "cn-hangzhou-i");
    Map<String, Object> first = pl.call("ListVpcEndpointServiceResources", "ServiceId", service, "MaxResults", "1");
    assertEquals(1, ((List<?>) first.get("Resources")).size());
    Map<String, Object> second = pl.call("ListVpcEndpointServiceResources", "ServiceId", service, "MaxResults", "1",
        "NextToken", (String) first.get("NextToken"));
    assertEquals("lb-bp1test0second", pl.list("ListVpcEndpointServiceResources", "Resources", "ServiceId", service).get(1).get("ResourceId"));
    assertNull(second.get("NextToken"));
    assertEquals(List.of("cn-hangzhou-h", "cn-hangzhou-i"), pl.call("GetVpcEndpointServiceAttribute", "ServiceId", service).get("Zones"));
    assertEquals(List.of(service), ids(pl.list("ListVpcEndpointServices", "Services", "ResourceId", "lb-bp1test0second")));

    assertEquals("EndpointServiceResourceExist", pl.fails("AttachResourceToVpcEndpointService", "ServiceId", service,
        "ResourceType", "slb", "ResourceId", "lb-bp1test0second", "ZoneId", "cn-hangzhou-i").getCode());
    assertEquals("EndpointServiceResourceTypeNotEqual", pl.fails("AttachResourceToVpcEndpointService", "ServiceId", service,
        "ResourceType", "nlb", "ResourceId", "nlb-bp1test0third", "ZoneId", "cn-hangzhou-i").getCode());
    assertEquals("LoadBalancerNotFound", pl.fails("AttachResourceToVpcEndpointService", "ServiceId", service,
        "ResourceType", "slb", "ResourceId", "not-a-load-balancer", "ZoneId", "cn-hangzhou-i").getCode());
    assertEquals("EndpointServiceNotFound", pl.fails("AttachResourceToVpcEndpointService", "ServiceId", "epsrv-bp1nosuch",
        "ResourceType", "slb", "ResourceId", "lb-bp1test0second").getCode());
    String creating = (String) pl.call("CreateVpcEndpointService", "Resource.1.ResourceType", "slb",
        "Resource.1.ResourceId", "lb-bp1test0other", "Resource.1.ZoneId", "cn-hangzhou-i").get("ServiceId");
    assertEquals("EndpointServiceOperationDenied", pl.fails("AttachResourceToVpcEndpointService", "ServiceId", creating,
        "ResourceType", "slb", "ResourceId", "lb-bp1test0second").getCode());

    // the first resource serves a connected endpoint
    String endpoint = pl.connectedEndpoint(service);
    assertEquals("EndpointServiceConnectionDependence", pl.fails("DetachResourceFromVpcEndpointService", "ServiceId", service,
        "ResourceId", "lb-bp1test0loadbalancer", "ZoneId", "cn-hangzhou-h").getCode());
    assertEquals("EndpointServiceResourceNotFound", pl.fails("DetachResourceFromVpcEndpointService", "ServiceId", service,
        "ResourceId", "lb-bp1nosuch").getCode());
    assertEquals("EndpointServiceNotFound", pl.fails("DetachResourceFromVpcEndpointService", "ServiceId", "epsrv-bp1nosuch",
        "ResourceId", "lb-bp1test0second").getCode());
    pl.call("DetachResourceFromVpcEndpointService", "ServiceId", service, "ResourceId", "lb-bp1test0second", "ZoneId", "cn-hangzhou-i");
    assertEquals(1, pl.list("ListVpcEndpointServiceResources", "Resources", "ServiceId", service).size());
    pl.call("DeleteVpcEndpoint", "EndpointId", endpoint);
    pl.advance("5s");
    assertEquals("EndpointServiceResourceCannotRemove", pl.fails("DetachResourceFromVpcEndpointService", "ServiceId", service,
        "ResourceId", "lb-bp1test0loadbalancer").getCode());
    assertEquals("EndpointServiceNotFound", pl.fails("ListVpcEndpointServiceResources", "ServiceId", "epsrv-bp1nosuch").getCode());
  }

  @Test
  void accountAndRegions() {
    @SuppressWarnings("unchecked")
    List<Map<String, Object>> regions = (List<Map<String, Object>>) ((Map<String, Object>) pl.call("DescribeRegions").get("Regions")).get("Region");
    assertEquals(28, regions.size());
    assertTrue(regions.contains(Map.of("RegionId", "cn-hangzhou", "RegionEndpoint", "privatelink.cn-hangzhou.aliyuncs.com")));
    assertEquals(true, pl.call("CheckProductOpen").get("Success"));
  }

  private static String[] with(String[] call, String endpoint) {
    List<String> pairs = new ArrayList<>(List.of("EndpointId", endpoint));
    pairs.addAll(List.of(call).subList(1, call.length));
    return pairs.toArray(String[]::new);
  }

  private static List<Object> ids(List<Map<String, Object>> services) {
    return services.stream().map(s -> s.get("ServiceId")).toList();
  }
}
