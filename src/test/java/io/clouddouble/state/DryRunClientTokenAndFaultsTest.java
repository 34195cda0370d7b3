package io.clouddouble.state;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.aliyun.tea.TeaException;
import com.aliyuncs.exceptions.ClientException;
import com.aliyuncs.privatelink.model.v20200415.DetachSecurityGroupFromVpcEndpointRequest;
import io.clouddouble.testkit.Sdks;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The generic write behaviour: DryRun, ClientToken idempotence, injected faults. */
class DryRunClientTokenAndFaultsTest extends PrivateLinkTestBase {
  static final String DRY_RUN_MESSAGE = "Request validation has been passed with DryRun flag set.";

  @Test
  void dryRunChecksEverythingAndChangesNothing() {
    TeaException dryRun = pl.fails("DisableVpcEndpointZoneConnection",
        "ServiceId", DEMO_SERVICE, "EndpointId", DEMO_ENDPOINT, "ZoneId", "cn-hangzhou-h", "DryRun", "true");
    assertEquals("DryRunOperation", dryRun.getCode());
    assertEquals(400, dryRun.getStatusCode());
    assertEquals(DRY_RUN_MESSAGE, dryRun.getData().get("Message"));
    assertEquals("Connected", pl.zoneStatus(DEMO_ENDPOINT, "cn-hangzhou-h"));

    // A DryRun of an impossible call gets that call's error.
    assertEquals("ResourceNotFound.VpcEndpointZone", pl.fails("DisableVpcEndpointZoneConnection",
        "ServiceId", DEMO_SERVICE, "EndpointId", DEMO_ENDPOINT, "ZoneId", "cn-hangzhou-k", "DryRun", "true").getCode());

    int before = pl.list("ListVpcEndpoints", "Endpoints").size();
    assertEquals("DryRunOperation", pl.fails("CreateVpcEndpoint", "ServiceId", DEMO_SERVICE, "VpcId", "vpc-bp1dry",
        "SecurityGroupId.1", "sg-bp1dry", "DryRun", "true").getCode());
    assertEquals(before, pl.list("ListVpcEndpoints", "Endpoints").size());
    // DryRun=false is a normal call.
    pl.call("DetachSecurityGroupFromVpcEndpoint", "EndpointId", DEMO_ENDPOINT, "SecurityGroupId", "sg-bp1demo0securitygroup1", "DryRun", "false");
  }

  @Test
  void dryRunThroughTheCoreSdk() {
    DetachSecurityGroupFromVpcEndpointRequest detach = core(new DetachSecurityGroupFromVpcEndpointRequest());
    detach.setEndpointId(DEMO_ENDPOINT);
    detach.setSecurityGroupId("sg-bp1demo0securitygroup1");
    detach.setDryRun(true);
    ClientException error = assertThrows(ClientException.class, () -> Sdks.core().getAcsResponse(detach));
    assertEquals("DryRunOperation", error.getErrCode());
    assertEquals(DRY_RUN_MESSAGE, error.getErrMsg());
    assertEquals("Attached", pl.groupStatus(DEMO_ENDPOINT, "sg-bp1demo0securitygroup1"));
  }

  @Test
  void aClientTokenRetryReturnsTheFirstResultAndChangesNothing() {
    String[] create = {"ServiceId", DEMO_SERVICE, "VpcId", "vpc-bp1token", "SecurityGroupId.1", "sg-bp1token", "ClientToken", "token-1"};
    Map<String, Object> first = pl.call("CreateVpcEndpoint", create);
    Map<String, Object> retry = pl.call("CreateVpcEndpoint", create);
    assertEquals(first.get("EndpointId"), retry.get("EndpointId"));
    assertNotEquals(first.get("RequestId"), retry.get("RequestId"));
    assertEquals(1, pl.list("ListVpcEndpoints", "Endpoints", "VpcId", "vpc-bp1token").size());

    TeaException mismatch = pl.fails("CreateVpcEndpoint", "ServiceId", DEMO_SERVICE, "VpcId", "vpc-bp1other",
        "SecurityGroupId.1", "sg-bp1token", "ClientToken", "token-1");
    assertEquals("IdempotentParameterMismatch", mismatch.getCode());
    assertEquals(400, mismatch.getStatusCode());

    // Tokens are kept per account: another account's same token is a new request.
    PrivateLinkClient other = pl.as("otherAccessKeyId");
    pl.call("AddUserToVpcEndpointService", "ServiceId", DEMO_SERVICE, "UserId",
        io.clouddouble.auth.Accounts.alibabaAccountId("otherAccessKeyId")); // only allowed accounts may connect
    assertNotEquals(first.get("EndpointId"), other.call("CreateVpcEndpoint", create).get("EndpointId"));

    // A retried Detach succeeds again without detaching twice (the endpoint is Pending meanwhile).
    String[] detach = {"EndpointId", DEMO_ENDPOINT, "SecurityGroupId", "sg-bp1demo0securitygroup1", "ClientToken", "token-2"};
    pl.call("DetachSecurityGroupFromVpcEndpoint", detach);
    pl.call("DetachSecurityGroupFromVpcEndpoint", detach);
    assertEquals("EndpointOperationDenied", pl.fails("DetachSecurityGroupFromVpcEndpoint",
        "EndpointId", DEMO_ENDPOINT, "SecurityGroupId", "sg-bp1demo0securitygroup1", "ClientToken", "token-3").getCode());
  }

  @Test
  void injectedFaultsHitTheNextCallsOnly() {
    given().body("{\"operation\":\"Privatelink:DisableVpcEndpointZoneConnection\",\"code\":\"Throttling.User\",\"count\":2}")
        .post(pl.admin() + "/faults").then().statusCode(200);
    String[] disable = {"ServiceId", DEMO_SERVICE, "EndpointId", DEMO_ENDPOINT, "ZoneId", "cn-hangzhou-h"};
    for (int i = 0; i < 2; i++) {
      TeaException throttled = pl.fails("DisableVpcEndpointZoneConnection", disable);
      assertEquals("Throttling.User", throttled.getCode());
      assertEquals("Connected", pl.zoneStatus(DEMO_ENDPOINT, "cn-hangzhou-h"));
    }
    given().body("{\"operation\":\"Privatelink:DisableVpcEndpointZoneConnection\",\"code\":\"ServiceUnavailable\"}")
        .post(pl.admin() + "/faults").then().statusCode(200);
    assertEquals(503, pl.fails("DisableVpcEndpointZoneConnection", disable).getStatusCode());
    pl.call("DisableVpcEndpointZoneConnection", disable);
    assertEquals("Disconnecting", pl.zoneStatus(DEMO_ENDPOINT, "cn-hangzhou-h"));
  }
}
