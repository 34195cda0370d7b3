package io.clouddouble.state;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.huaweicloud.sdk.core.exception.ClientRequestException;
import com.huaweicloud.sdk.dns.v2.DnsClient;
import com.huaweicloud.sdk.dns.v2.model.DisassociateRouterRequest;
import com.huaweicloud.sdk.dns.v2.model.DisassociateRouterResponse;
import com.huaweicloud.sdk.dns.v2.model.DisassociaterouterRequestBody;
import com.huaweicloud.sdk.dns.v2.model.Router;
import com.huaweicloud.sdk.dns.v2.model.ShowPrivateZoneRequest;
import io.clouddouble.testkit.Sdks;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The README's "Trying the seed operations" on the packaged demo world, step by step, with the
 * README's credentials and ids: what a newcomer types must work. Where a newcomer waits two
 * seconds, the test advances the fake's clock instead.
 */
class ReadmeWalkthroughTest extends AuditedFakeBase {
  private RpcClient privateLink;
  private RpcClient vpcPeer;
  private RpcClient cloudApi;

  @BeforeEach
  void demoWorld() {
    privateLink = new RpcClient(fake, Sdks.tea(fake), "2020-04-15", false, java.util.Set.of());
    vpcPeer = RpcClient.vpcPeer(fake);
    cloudApi = RpcClient.cloudApi(fake);
    privateLink.reset();
  }

  @Test
  void disableVpcEndpointZoneConnection() {
    String[] zone = {"RegionId", "cn-hangzhou", "ServiceId", "epsrv-bp1demo0service0000001",
        "EndpointId", "ep-bp1demo0endpoint000001", "ZoneId", "cn-hangzhou-h"};
    privateLink.call("DisableVpcEndpointZoneConnection", zone);
    assertEquals("Disconnecting", zoneStatus("cn-hangzhou-h"));
    assertEquals("IncorrectStatus.VpcEndpointZone", privateLink.fails("DisableVpcEndpointZoneConnection", zone).getCode());
    privateLink.advance("2s");
    assertEquals("Disconnected", zoneStatus("cn-hangzhou-h"));
  }

  @Test
  void detachSecurityGroupFromVpcEndpoint() {
    privateLink.call("DetachSecurityGroupFromVpcEndpoint", "RegionId", "cn-hangzhou",
        "EndpointId", "ep-bp1demo0endpoint000001", "SecurityGroupId", "sg-bp1demo0securitygroup1");
    assertEquals("Pending", privateLink.call("GetVpcEndpointAttribute", "RegionId", "cn-hangzhou",
        "EndpointId", "ep-bp1demo0endpoint000001").get("EndpointStatus"));
    privateLink.advance("2s");
    assertEquals("Active", privateLink.call("GetVpcEndpointAttribute", "RegionId", "cn-hangzhou",
        "EndpointId", "ep-bp1demo0endpoint000001").get("EndpointStatus"));
    assertEquals("EndpointMustContainSecurityGroup",
        privateLink.fails("DetachSecurityGroupFromVpcEndpoint", "RegionId", "cn-hangzhou",
            "EndpointId", "ep-bp1demo0endpoint000001", "SecurityGroupId", "sg-bp1demo0securitygroup2").getCode());
  }

  @Test
  @SuppressWarnings("unchecked")
  void tagsResourceGroupsAndTheAllowList() {
    assertEquals(List.of("ep-bp1demo0endpoint000001"), ((List<Map<String, Object>>) privateLink.call("ListVpcEndpoints",
        "RegionId", "cn-hangzhou", "Tag.1.Key", "env", "Tag.1.Value", "demo").get("Endpoints")).stream().map(e -> e.get("EndpointId")).toList());
    assertEquals(List.of("epsrv-bp1demo0service0000001"), ((List<Map<String, Object>>) privateLink.call("ListTagResources",
        "RegionId", "cn-hangzhou", "ResourceType", "vpcendpointservice", "Tag.1.Key", "env").get("TagResources")).stream()
        .map(t -> t.get("ResourceId")).toList());
    assertEquals(List.of("epsrv-bp1demo0service0000001"), ((List<Map<String, Object>>) privateLink.call("ListVpcEndpointServices",
        "RegionId", "cn-hangzhou", "ResourceGroupId", "rg-aek2demo0group000001").get("Services")).stream()
        .map(t -> t.get("ServiceId")).toList());

    RpcClient partner = privateLink.as("demoPeerOwnerAccessKeyId");
    assertEquals(List.of("epsrv-bp1demo0allowlist0001"), ((List<Map<String, Object>>) partner.call("ListVpcEndpointServicesByEndUser",
        "RegionId", "cn-hangzhou").get("Services")).stream().map(t -> t.get("ServiceId")).toList());
    String[] create = {"RegionId", "cn-hangzhou", "ServiceId", "epsrv-bp1demo0allowlist0001", "VpcId", "vpc-bp1partner0vpc",
        "SecurityGroupId.1", "sg-bp1partner0group", "Zone.1.ZoneId", "cn-hangzhou-i", "Zone.1.VSwitchId", "vsw-bp1partner0switch"};
    String endpoint = (String) partner.call("CreateVpcEndpoint", create).get("EndpointId");
    privateLink.advance("2s");
    assertEquals("Disconnected", partner.call("GetVpcEndpointAttribute", "RegionId", "cn-hangzhou", "EndpointId", endpoint)
        .get("ConnectionStatus"));
    privateLink.call("EnableVpcEndpointConnection", "RegionId", "cn-hangzhou", "ServiceId", "epsrv-bp1demo0allowlist0001",
        "EndpointId", endpoint);
    privateLink.advance("2s");
    assertEquals("Connected", partner.call("GetVpcEndpointAttribute", "RegionId", "cn-hangzhou", "EndpointId", endpoint)
        .get("ConnectionStatus"));
    assertEquals("EndpointServiceNotAuthorized", privateLink.as("someOtherAccessKeyId").fails("CreateVpcEndpoint", create).getCode());
  }

  @Test
  void rejectVpcPeerConnection() {
    assertEquals("ResourceNotFound.InstanceId",
        vpcPeer.as("demoPeerOwnerAccessKeyId").fails("RejectVpcPeerConnection", "InstanceId", "pcc-bp1demo0reject0000001").getCode());
    vpcPeer.call("RejectVpcPeerConnection", "InstanceId", "pcc-bp1demo0reject0000001");
    assertEquals("Updating", peerStatus());
    vpcPeer.advance("2s");
    assertEquals("Rejected", peerStatus());
    assertEquals("IncorrectStatus.VpcPeer",
        vpcPeer.fails("RejectVpcPeerConnection", "InstanceId", "pcc-bp1demo0reject0000001").getCode());
  }

  @Test
  void removeVpcAccess() {
    String[] access = {"VpcId", "vpc-bp1demo0vpc0000000001", "InstanceId", "i-bp1demo0backend000001", "Port", "8080"};
    @SuppressWarnings("unchecked")
    Map<String, Object> apis = (Map<String, Object>) cloudApi.call("RemoveVpcAccess", access).get("Apis");
    assertEquals(2, ((List<?>) apis.get("Api")).size());
    assertEquals("InvalidParameter", cloudApi.fails("RemoveVpcAccess", access).getCode());
  }

  @Test
  void disassociateRouterWithAndWithoutProjectId() {
    for (DnsClient dns : List.of(Sdks.huawei(fake), Sdks.huawei(fake, Sdks.HUAWEI_AK, Sdks.HUAWEI_SK, null))) {
      privateLink.reset();
      DisassociateRouterResponse answer = dns.disassociateRouter(disassociate("2b0c2c7a-5f3e-4b8e-9d1a-7c6e5f4d3b2a"));
      assertEquals(202, answer.getHttpStatusCode());
      assertEquals("PENDING_DELETE", answer.getStatus());
      assertEquals("PENDING_DELETE", routerStatus(dns, "2b0c2c7a-5f3e-4b8e-9d1a-7c6e5f4d3b2a"));
      privateLink.advance("2s");
      assertEquals(null, routerStatus(dns, "2b0c2c7a-5f3e-4b8e-9d1a-7c6e5f4d3b2a"));
      ClientRequestException last =
          assertThrows(ClientRequestException.class, () -> dns.disassociateRouter(disassociate("19664294-0bf6-4271-ad3a-94b8c79c6558")));
      assertEquals(403, last.getHttpStatusCode());
      assertEquals("DNS.0706", last.getErrorCode());
      assertFalse(last.getRequestId().isEmpty());
    }
  }

  private String zoneStatus(String zoneId) {
    return privateLink.list("ListVpcEndpointZones", "Zones", "RegionId", "cn-hangzhou", "EndpointId", "ep-bp1demo0endpoint000001")
        .stream().filter(z -> zoneId.equals(z.get("ZoneId"))).map(z -> (String) z.get("ZoneStatus")).findFirst().orElseThrow();
  }

  private String peerStatus() {
    return (String) vpcPeer.call("GetVpcPeerConnectionAttribute", "InstanceId", "pcc-bp1demo0reject0000001").get("Status");
  }

  private static DisassociateRouterRequest disassociate(String router) {
    return new DisassociateRouterRequest().withZoneId("0f1e2d3c4b5a69788796a5b4c3d2e1f0")
        .withBody(new DisassociaterouterRequestBody().withRouter(new Router().withRouterId(router).withRouterRegion("cn-north-4")));
  }

  private static String routerStatus(DnsClient dns, String router) {
    return dns.showPrivateZone(new ShowPrivateZoneRequest().withZoneId("0f1e2d3c4b5a69788796a5b4c3d2e1f0")).getRouters().stream()
        .filter(r -> router.equals(r.getRouterId())).map(r -> r.getStatus()).findFirst().orElse(null);
  }
}
