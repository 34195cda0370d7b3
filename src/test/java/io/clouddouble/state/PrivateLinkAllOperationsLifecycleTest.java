package io.clouddouble.state;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.clouddouble.auth.Accounts;
import io.clouddouble.testkit.Sdks;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * One lifecycle through every one of the 39 PrivateLink 2020-04-15 operations, from the service
 * owner's and a consumer's account, with the Tea SDK's V3 signature and with the legacy V1 one.
 */
class PrivateLinkAllOperationsLifecycleTest extends PrivateLinkTestBase {
  static final String CONSUMER_KEY = "lifecycleConsumerKeyId";
  static final String CONSUMER = Accounts.alibabaAccountId(CONSUMER_KEY);
  final TreeSet<String> called = new TreeSet<>();

  private Map<String, Object> call(PrivateLinkClient client, String action, String... pairs) {
    called.add(action);
    return client.call(action, pairs);
  }

  private String fails(PrivateLinkClient client, String action, String... pairs) {
    called.add(action);
    return client.fails(action, pairs).getCode();
  }

  @ParameterizedTest
  @ValueSource(strings = {"v3", "v1"})
  void everyOperation(String signature) {
    String algorithm = signature.equals("v1") ? "v2" : null; // the Tea SDK calls the V1 HMAC-SHA1 format "v2"
    PrivateLinkClient owner = new PrivateLinkClient(fake, Sdks.tea(fake, Sdks.ALIBABA_AK, Sdks.ALIBABA_SECRET, algorithm));
    PrivateLinkClient consumer = new PrivateLinkClient(fake, Sdks.tea(fake, CONSUMER_KEY, "secret-of-" + CONSUMER_KEY, algorithm));

    // the service, its resources and its allow-list
    String service = (String) call(owner, "CreateVpcEndpointService", "ServiceResourceType", "slb", "Resource.1.ResourceType", "slb",
        "Resource.1.ResourceId", "lb-bp1life0a", "Resource.1.ZoneId", "cn-hangzhou-h").get("ServiceId");
    owner.advance("5s");
    assertEquals("Active", call(owner, "GetVpcEndpointServiceAttribute", "ServiceId", service).get("ServiceStatus"));
    assertEquals(1, owner.list("ListVpcEndpointServices", "Services", "ServiceId", service).size());
    called.add("ListVpcEndpointServices");
    call(owner, "UpdateVpcEndpointServiceAttribute", "ServiceId", service, "ServiceDescription", "lifecycle " + signature);
    call(owner, "AttachResourceToVpcEndpointService", "ServiceId", service, "ResourceType", "slb", "ResourceId", "lb-bp1life0b",
        "ZoneId", "cn-hangzhou-i");
    assertEquals(2, owner.list("ListVpcEndpointServiceResources", "Resources", "ServiceId", service).size());
    called.add("ListVpcEndpointServiceResources");
    call(owner, "UpdateVpcEndpointServiceResourceAttribute", "ServiceId", service, "ResourceId", "lb-bp1life0b", "ZoneId", "cn-hangzhou-i",
        "AutoAllocatedEnabled", "true");
    assertEquals("EndpointServiceNotAuthorized", fails(consumer, "CreateVpcEndpoint", "ServiceId", service, "VpcId", "vpc-bp1life",
        "SecurityGroupId.1", "sg-bp1life1", "Zone.1.ZoneId", "cn-hangzhou-h", "Zone.1.VSwitchId", "vsw-bp1lifeh"));
    call(owner, "AddUserToVpcEndpointService", "ServiceId", service, "UserId", CONSUMER);
    assertEquals("1", String.valueOf(call(owner, "ListVpcEndpointServiceUsers", "ServiceId", service).get("TotalCount")));
    assertEquals(1, consumer.list("ListVpcEndpointServicesByEndUser", "Services", "ServiceId", service).size());
    called.add("ListVpcEndpointServicesByEndUser");

    // the consumer's endpoint
    String endpoint = (String) call(consumer, "CreateVpcEndpoint", "ServiceId", service, "VpcId", "vpc-bp1life",
        "SecurityGroupId.1", "sg-bp1life1", "Zone.1.ZoneId", "cn-hangzhou-h", "Zone.1.VSwitchId", "vsw-bp1lifeh").get("EndpointId");
    owner.advance("5s");
    assertEquals("Active", call(consumer, "GetVpcEndpointAttribute", "EndpointId", endpoint).get("EndpointStatus"));
    assertEquals(1, consumer.list("ListVpcEndpoints", "Endpoints", "EndpointId", endpoint).size());
    called.add("ListVpcEndpoints");
    call(consumer, "UpdateVpcEndpointAttribute", "EndpointId", endpoint, "EndpointName", "renamed");
    call(consumer, "AddZoneToVpcEndpoint", "EndpointId", endpoint, "ZoneId", "cn-hangzhou-i", "VSwitchId", "vsw-bp1lifei");
    owner.advance("5s");
    assertEquals(2, consumer.list("ListVpcEndpointZones", "Zones", "EndpointId", endpoint).size());
    called.add("ListVpcEndpointZones");
    call(consumer, "AttachSecurityGroupToVpcEndpoint", "EndpointId", endpoint, "SecurityGroupId", "sg-bp1life2");
    owner.advance("5s");
    assertEquals(2, consumer.list("ListVpcEndpointSecurityGroups", "SecurityGroups", "EndpointId", endpoint).size());
    called.add("ListVpcEndpointSecurityGroups");
    call(consumer, "DetachSecurityGroupFromVpcEndpoint", "EndpointId", endpoint, "SecurityGroupId", "sg-bp1life2");
    owner.advance("5s");

    // the owner's side of the connection
    assertEquals(1, owner.list("ListVpcEndpointConnections", "Connections", "ServiceId", service).size());
    called.add("ListVpcEndpointConnections");
    call(owner, "UpdateVpcEndpointZoneConnectionResourceAttribute", "ServiceId", service, "EndpointId", endpoint,
        "ZoneId", "cn-hangzhou-h", "ResourceAllocateMode", "Manual", "ResourceId", "lb-bp1life0a");
    call(owner, "EnableVpcEndpointConnection", "ServiceId", service, "EndpointId", endpoint);
    owner.advance("5s");
    assertEquals("Connected", consumer.endpointAttribute(endpoint).get("ConnectionStatus"));
    call(owner, "UpdateVpcEndpointConnectionAttribute", "ServiceId", service, "EndpointId", endpoint, "Bandwidth", "2048");
    call(owner, "DisableVpcEndpointZoneConnection", "ServiceId", service, "EndpointId", endpoint, "ZoneId", "cn-hangzhou-h");
    owner.advance("5s");
    call(owner, "EnableVpcEndpointZoneConnection", "ServiceId", service, "EndpointId", endpoint, "ZoneId", "cn-hangzhou-h");
    owner.advance("5s");
    assertEquals("Connected", consumer.zoneStatus(endpoint, "cn-hangzhou-h"));
    call(owner, "DisableVpcEndpointConnection", "ServiceId", service, "EndpointId", endpoint);
    owner.advance("5s");
    call(consumer, "RemoveZoneFromVpcEndpoint", "EndpointId", endpoint, "ZoneId", "cn-hangzhou-i");
    owner.advance("5s");

    // tags and resource groups
    call(consumer, "TagResources", "ResourceType", "vpcendpoint", "ResourceId.1", endpoint, "Tag.1.Key", "env", "Tag.1.Value", signature);
    assertEquals(1, ((List<?>) call(consumer, "ListTagResources", "ResourceType", "vpcendpoint", "ResourceId.1", endpoint)
        .get("TagResources")).size());
    call(consumer, "UntagResources", "ResourceType", "vpcendpoint", "ResourceId.1", endpoint, "All", "true");
    call(consumer, "ChangeResourceGroup", "ResourceType", "VpcEndpoint", "ResourceId", endpoint, "ResourceGroupId", "rg-aek2life0group");
    assertEquals("rg-aek2life0group", consumer.endpointAttribute(endpoint).get("ResourceGroupId"));

    // teardown
    call(consumer, "DeleteVpcEndpoint", "EndpointId", endpoint);
    owner.advance("5s");
    call(owner, "RemoveUserFromVpcEndpointService", "ServiceId", service, "UserId", CONSUMER);
    call(owner, "DetachResourceFromVpcEndpointService", "ServiceId", service, "ResourceId", "lb-bp1life0b", "ZoneId", "cn-hangzhou-i");
    call(owner, "DeleteVpcEndpointService", "ServiceId", service);
    owner.advance("5s");
    assertEquals("EndpointServiceNotFound", fails(owner, "GetVpcEndpointServiceAttribute", "ServiceId", service));

    // account and region
    call(owner, "DescribeRegions");
    call(owner, "DescribeZones");
    assertEquals(true, call(owner, "CheckProductOpen").get("Success"));
    assertEquals("OrderOpend", fails(owner, "OpenPrivateLinkService"));

    assertEquals(39, called.size(), String.valueOf(called));
  }
}
