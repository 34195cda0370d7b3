package io.clouddouble.state;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.aliyun.tea.TeaException;
import com.aliyuncs.exceptions.ClientException;
import com.aliyuncs.privatelink.model.v20200415.DisableVpcEndpointZoneConnectionRequest;
import com.aliyuncs.privatelink.model.v20200415.ListVpcEndpointZonesRequest;
import com.aliyuncs.privatelink.model.v20200415.ListVpcEndpointZonesResponse;
import io.clouddouble.testkit.Sdks;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The seed operation's lifecycle and every documented business error, each from real state. */
class DisableVpcEndpointZoneConnectionTest extends PrivateLinkTestBase {

  @Test
  void lifecycleFromCreateToDisconnectedAndBack() {
    String service = pl.service(true);
    String endpoint = pl.connectedEndpoint(service);
    assertEquals("Connected", pl.endpointAttribute(endpoint).get("ConnectionStatus"));
    assertEquals("Connected", pl.zoneStatus(endpoint, "cn-hangzhou-h"));

    Map<String, Object> answer = pl.call("DisableVpcEndpointZoneConnection",
        "ServiceId", service, "EndpointId", endpoint, "ZoneId", "cn-hangzhou-h");
    assertEquals(Map.of("RequestId", answer.get("RequestId")), answer);
    assertEquals("Disconnecting", pl.zoneStatus(endpoint, "cn-hangzhou-h"));
    assertEquals("Connected", pl.zoneStatus(endpoint, "cn-hangzhou-i"));

    // A repeated call within the transition is refused.
    TeaException again = pl.fails("DisableVpcEndpointZoneConnection",
        "ServiceId", service, "EndpointId", endpoint, "ZoneId", "cn-hangzhou-h");
    assertEquals("IncorrectStatus.VpcEndpointZone", again.getCode());
    assertEquals("The status of cn-hangzhou-h [Disconnecting] is incorrect.", again.getData().get("Message"));

    pl.advance("3s");
    assertEquals("Disconnected", pl.zoneStatus(endpoint, "cn-hangzhou-h"));
    assertEquals("Connected", pl.endpointAttribute(endpoint).get("ConnectionStatus"));
    List<Map<String, Object>> connections = pl.list("ListVpcEndpointConnections", "Connections", "ServiceId", service);
    @SuppressWarnings("unchecked")
    List<Map<String, Object>> zones = (List<Map<String, Object>>) connections.get(0).get("Zones");
    assertTrue(zones.stream().anyMatch(z -> "cn-hangzhou-h".equals(z.get("ZoneId")) && "Disconnected".equals(z.get("ZoneStatus"))));

    // Disconnected is final for Disable; Enable brings the zone back.
    assertEquals("IncorrectStatus.VpcEndpointZone", pl.fails("DisableVpcEndpointZoneConnection",
        "ServiceId", service, "EndpointId", endpoint, "ZoneId", "cn-hangzhou-h").getCode());
    pl.call("EnableVpcEndpointZoneConnection", "ServiceId", service, "EndpointId", endpoint, "ZoneId", "cn-hangzhou-h");
    assertEquals("Connecting", pl.zoneStatus(endpoint, "cn-hangzhou-h"));
    pl.advance("3s");
    assertEquals("Connected", pl.zoneStatus(endpoint, "cn-hangzhou-h"));
  }

  @Test
  void theDemoWorldCanBeDisabledAtOnceWithTheOldCoreSdk() throws ClientException {
    DisableVpcEndpointZoneConnectionRequest disable = core(new DisableVpcEndpointZoneConnectionRequest());
    disable.setServiceId(DEMO_SERVICE);
    disable.setEndpointId(DEMO_ENDPOINT);
    disable.setZoneId("cn-hangzhou-h");
    assertTrue(Sdks.core().getAcsResponse(disable).getRequestId().matches("[0-9A-F-]{36}"));

    ListVpcEndpointZonesRequest list = core(new ListVpcEndpointZonesRequest());
    list.setEndpointId(DEMO_ENDPOINT);
    ListVpcEndpointZonesResponse zones = Sdks.core().getAcsResponse(list);
    assertEquals("Disconnecting", zones.getZones().stream().filter(z -> z.getZoneId().equals("cn-hangzhou-h")).findFirst().orElseThrow().getZoneStatus());

    ClientException repeated = org.junit.jupiter.api.Assertions.assertThrows(ClientException.class, () -> Sdks.core().getAcsResponse(disable));
    assertEquals("IncorrectStatus.VpcEndpointZone", repeated.getErrCode());
  }

  @Test
  void unknownServiceEndpointConnectionOrZone() {
    String service = pl.service(true);
    String other = pl.service(true);
    String endpoint = pl.connectedEndpoint(service);

    TeaException noService = pl.fails("DisableVpcEndpointZoneConnection", "ServiceId", "epsrv-bp1nosuchservice", "EndpointId", endpoint, "ZoneId", "cn-hangzhou-h");
    assertEquals("EndpointServiceNotFound", noService.getCode());
    assertEquals(400, noService.getStatusCode());

    TeaException noEndpoint = pl.fails("DisableVpcEndpointZoneConnection", "ServiceId", service, "EndpointId", "ep-bp1nosuchendpoint", "ZoneId", "cn-hangzhou-h");
    assertEquals("ResourceNotFound.VpcEndpoint", noEndpoint.getCode());
    assertEquals(404, noEndpoint.getStatusCode());
    assertEquals("The specified resource ep-bp1nosuchendpoint is not found.", noEndpoint.getData().get("Message"));

    TeaException notThisService = pl.fails("DisableVpcEndpointZoneConnection", "ServiceId", other, "EndpointId", endpoint, "ZoneId", "cn-hangzhou-h");
    assertEquals("EndpointConnectionNotFound", notThisService.getCode());

    TeaException noZone = pl.fails("DisableVpcEndpointZoneConnection", "ServiceId", service, "EndpointId", endpoint, "ZoneId", "cn-hangzhou-k");
    assertEquals("ResourceNotFound.VpcEndpointZone", noZone.getCode());
    assertEquals(404, noZone.getStatusCode());
  }

  @Test
  void endpointStillCreatingOrConnectingOrNeverAccepted() {
    String service = pl.service(true);
    String creating = pl.endpoint(service, "sg-bp1test0group00001");
    assertEquals("IncorrectStatus.VpcEndpoint", pl.fails("DisableVpcEndpointZoneConnection",
        "ServiceId", service, "EndpointId", creating, "ZoneId", "cn-hangzhou-h").getCode());

    pl.advance("2s"); // Active, and the connection is being accepted
    assertEquals("Active", pl.endpointAttribute(creating).get("EndpointStatus"));
    assertEquals("Connecting", pl.endpointAttribute(creating).get("ConnectionStatus"));
    TeaException connecting = pl.fails("DisableVpcEndpointZoneConnection", "ServiceId", service, "EndpointId", creating, "ZoneId", "cn-hangzhou-h");
    assertEquals("EndpointConnectionOperationDenied", connecting.getCode());
    assertEquals("The endpoint is being connected.", connecting.getData().get("Message"));

    String manual = pl.service(false);
    String waiting = pl.endpoint(manual, "sg-bp1test0group00001");
    pl.advance("10s");
    assertEquals("Disconnected", pl.endpointAttribute(waiting).get("ConnectionStatus"));
    assertEquals("Wait", pl.zoneStatus(waiting, "cn-hangzhou-h"));
    TeaException notConnected = pl.fails("DisableVpcEndpointZoneConnection", "ServiceId", manual, "EndpointId", waiting, "ZoneId", "cn-hangzhou-h");
    assertEquals("IncorrectStatus.VpcEndpointConnection", notConnected.getCode());
    assertEquals("The status of " + waiting + " [Disconnected] is incorrect.", notConnected.getData().get("Message"));
  }

  @Test
  void lockedOrInactiveServiceAndLockedEndpoint() {
    pl.merge(world("epsrv-bp1locked0service", ", \"ServiceBusinessStatus\": \"FinancialLocked\"", "ep-bp1world0endpoint1", ""));
    assertEquals("IncorrectBusinessStatus.VpcEndpointService", pl.fails("DisableVpcEndpointZoneConnection",
        "ServiceId", "epsrv-bp1locked0service", "EndpointId", "ep-bp1world0endpoint1", "ZoneId", "cn-hangzhou-h").getCode());

    pl.merge(world("epsrv-bp1pending0service", ", \"ServiceStatus\": \"Pending\"", "ep-bp1world0endpoint2", ""));
    TeaException pending = pl.fails("DisableVpcEndpointZoneConnection",
        "ServiceId", "epsrv-bp1pending0service", "EndpointId", "ep-bp1world0endpoint2", "ZoneId", "cn-hangzhou-h");
    assertEquals("IncorrectStatus.VpcEndpointService", pending.getCode());
    assertEquals("The status of epsrv-bp1pending0service [Pending] is incorrect.", pending.getData().get("Message"));

    pl.merge(world("epsrv-bp1normal0service", "", "ep-bp1world0endpoint3", ", \"EndpointBusinessStatus\": \"FinancialLocked\""));
    assertEquals("IncorrectBusinessStatus.VpcEndpoint", pl.fails("DisableVpcEndpointZoneConnection",
        "ServiceId", "epsrv-bp1normal0service", "EndpointId", "ep-bp1world0endpoint3", "ZoneId", "cn-hangzhou-h").getCode());
  }

  @Test
  void theServiceOwnerDisablesAnotherAccountsEndpoint() {
    String service = pl.service(true);
    PrivateLinkClient consumer = pl.as("consumerAccessKeyId");
    pl.call("AddUserToVpcEndpointService", "ServiceId", service, "UserId",
        io.clouddouble.auth.Accounts.alibabaAccountId("consumerAccessKeyId")); // only allowed accounts may connect
    String endpoint = consumer.connectedEndpoint(service);
    assertEquals("Connected", consumer.zoneStatus(endpoint, "cn-hangzhou-h"));

    pl.call("DisableVpcEndpointZoneConnection", "ServiceId", service, "EndpointId", endpoint, "ZoneId", "cn-hangzhou-h");
    pl.advance("3s");
    assertEquals("Disconnected", consumer.zoneStatus(endpoint, "cn-hangzhou-h"));
    // The consumer is not the service's owner: the service does not exist for it.
    assertEquals("EndpointServiceNotFound", consumer.fails("DisableVpcEndpointZoneConnection",
        "ServiceId", service, "EndpointId", endpoint, "ZoneId", "cn-hangzhou-i").getCode());
  }
}
