package io.clouddouble.state;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.aliyun.tea.TeaException;
import com.aliyuncs.exceptions.ClientException;
import com.aliyuncs.privatelink.model.v20200415.DetachSecurityGroupFromVpcEndpointRequest;
import com.aliyuncs.privatelink.model.v20200415.GetVpcEndpointAttributeRequest;
import com.aliyuncs.privatelink.model.v20200415.ListVpcEndpointSecurityGroupsRequest;
import io.clouddouble.testkit.Sdks;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The seed operation's lifecycle and every documented business error, each from real state. */
class DetachSecurityGroupFromVpcEndpointTest extends PrivateLinkTestBase {
  static final String SG1 = "sg-bp1test0group00001";
  static final String SG2 = "sg-bp1test0group00002";

  @Test
  void lifecycleFromCreateToDetached() {
    String endpoint = pl.connectedEndpoint(pl.service(true));
    assertEquals("Attached", pl.groupStatus(endpoint, SG1));
    assertEquals("Active", pl.endpointAttribute(endpoint).get("EndpointStatus"));

    Map<String, Object> answer = pl.call("DetachSecurityGroupFromVpcEndpoint", "EndpointId", endpoint, "SecurityGroupId", SG1);
    assertEquals(Map.of("RequestId", answer.get("RequestId")), answer);
    assertEquals("Pending", pl.endpointAttribute(endpoint).get("EndpointStatus"));
    assertEquals("Detaching", pl.groupStatus(endpoint, SG1));
    assertEquals("Pending", pl.list("ListVpcEndpoints", "Endpoints", "EndpointId", endpoint).get(0).get("EndpointStatus"));

    // The endpoint is Pending: a second change is refused until it is Active again.
    TeaException concurrent = pl.fails("DetachSecurityGroupFromVpcEndpoint", "EndpointId", endpoint, "SecurityGroupId", SG2);
    assertEquals("EndpointOperationDenied", concurrent.getCode());
    assertEquals("The specified operation of endpoint is not allowed.", concurrent.getData().get("Message"));

    pl.advance("3s");
    assertEquals("Active", pl.endpointAttribute(endpoint).get("EndpointStatus"));
    assertNull(pl.groupStatus(endpoint, SG1));
    assertEquals(List.of(SG2), pl.list("ListVpcEndpointSecurityGroups", "SecurityGroups", "EndpointId", endpoint)
        .stream().map(g -> g.get("SecurityGroupId")).toList());

    // The last group stays.
    TeaException last = pl.fails("DetachSecurityGroupFromVpcEndpoint", "EndpointId", endpoint, "SecurityGroupId", SG2);
    assertEquals("EndpointMustContainSecurityGroup", last.getCode());
    assertEquals(400, last.getStatusCode());

    // Attach it back: Attaching, then Attached, the endpoint Pending then Active.
    pl.call("AttachSecurityGroupToVpcEndpoint", "EndpointId", endpoint, "SecurityGroupId", SG1);
    assertEquals("Attaching", pl.groupStatus(endpoint, SG1));
    assertEquals("Pending", pl.endpointAttribute(endpoint).get("EndpointStatus"));
    pl.advance("3s");
    assertEquals("Attached", pl.groupStatus(endpoint, SG1));
    assertEquals("SecurityGroupExist", pl.fails("AttachSecurityGroupToVpcEndpoint", "EndpointId", endpoint, "SecurityGroupId", SG1).getCode());
  }

  @Test
  void theDemoWorldCanBeDetachedAtOnceWithTheOldCoreSdk() throws ClientException {
    DetachSecurityGroupFromVpcEndpointRequest detach = core(new DetachSecurityGroupFromVpcEndpointRequest());
    detach.setEndpointId(DEMO_ENDPOINT);
    detach.setSecurityGroupId("sg-bp1demo0securitygroup1");
    Sdks.core().getAcsResponse(detach);

    GetVpcEndpointAttributeRequest get = core(new GetVpcEndpointAttributeRequest());
    get.setEndpointId(DEMO_ENDPOINT);
    assertEquals("Pending", Sdks.core().getAcsResponse(get).getEndpointStatus());
    ListVpcEndpointSecurityGroupsRequest list = core(new ListVpcEndpointSecurityGroupsRequest());
    list.setEndpointId(DEMO_ENDPOINT);
    assertEquals("Detaching", pl.groupStatus(DEMO_ENDPOINT, "sg-bp1demo0securitygroup1")); // 1.0.7 has no status field

    pl.advance("3s");
    assertEquals("Active", Sdks.core().getAcsResponse(get).getEndpointStatus());
    assertEquals(List.of("sg-bp1demo0securitygroup2"),
        Sdks.core().getAcsResponse(list).getSecurityGroups().stream().map(g -> g.getSecurityGroupId()).toList());
    detach.setSecurityGroupId("sg-bp1demo0securitygroup2");
    ClientException last = assertThrows(ClientException.class, () -> Sdks.core().getAcsResponse(detach));
    assertEquals("EndpointMustContainSecurityGroup", last.getErrCode());
  }

  @Test
  void unknownEndpointOrGroup() {
    String endpoint = pl.connectedEndpoint(pl.service(true));
    TeaException noEndpoint = pl.fails("DetachSecurityGroupFromVpcEndpoint", "EndpointId", "ep-bp1nosuchendpoint", "SecurityGroupId", SG1);
    assertEquals("EndpointNotFound", noEndpoint.getCode());
    assertEquals(400, noEndpoint.getStatusCode());
    assertEquals("The specified Endpoint does not exist.", noEndpoint.getData().get("Message"));

    TeaException notBound = pl.fails("DetachSecurityGroupFromVpcEndpoint", "EndpointId", endpoint, "SecurityGroupId", "sg-bp1notbound0group");
    assertEquals("SecurityGroupNotFound", notBound.getCode());
    assertEquals("The specified security group does not exist.", notBound.getData().get("Message"));
  }

  @Test
  void endpointCreatingOrConnecting() {
    String service = pl.service(true);
    String endpoint = pl.endpoint(service, SG1, SG2);
    assertEquals("EndpointOperationDenied", pl.fails("DetachSecurityGroupFromVpcEndpoint", "EndpointId", endpoint, "SecurityGroupId", SG1).getCode());
    pl.advance("2s");
    pl.advance("1s"); // Active; the connection is still Connecting
    assertEquals("Connecting", pl.endpointAttribute(endpoint).get("ConnectionStatus"));
    TeaException connecting = pl.fails("DetachSecurityGroupFromVpcEndpoint", "EndpointId", endpoint, "SecurityGroupId", SG1);
    assertEquals("EndpointConnectionOperationDenied", connecting.getCode());
    assertEquals("The endpoint is being connected.", connecting.getData().get("Message"));
    pl.advance("2s");
    pl.call("DetachSecurityGroupFromVpcEndpoint", "EndpointId", endpoint, "SecurityGroupId", SG1);
  }

  @Test
  void lockedEndpointAndDeletedService() {
    pl.merge(world("epsrv-bp1normal0service", "", "ep-bp1world0locked", ", \"EndpointBusinessStatus\": \"FinancialLocked\""));
    TeaException locked = pl.fails("DetachSecurityGroupFromVpcEndpoint", "EndpointId", "ep-bp1world0locked", "SecurityGroupId", "sg-bp1world0group1");
    assertEquals("EndpointLocked", locked.getCode());
    assertEquals("The specified Endpoint is locked.", locked.getData().get("Message"));

    // The endpoint's service no longer exists.
    pl.merge(world(null, "", "ep-bp1world0orphan", ""));
    TeaException gone = pl.fails("DetachSecurityGroupFromVpcEndpoint", "EndpointId", "ep-bp1world0orphan", "SecurityGroupId", "sg-bp1world0group1");
    assertEquals("EndpointServiceDeleted", gone.getCode());
    assertEquals("The specified Service is already deleted.", gone.getData().get("Message"));

    // The provider marked the connection ServiceDeleted.
    pl.merge(world("epsrv-bp1other0service", "", "ep-bp1world0marked", ", \"ConnectionStatus\": \"ServiceDeleted\""));
    assertEquals("EndpointServiceDeleted", pl.fails("DetachSecurityGroupFromVpcEndpoint",
        "EndpointId", "ep-bp1world0marked", "SecurityGroupId", "sg-bp1world0group1").getCode());
  }
}
