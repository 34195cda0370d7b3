package io.clouddouble.pact.consumer;

import static io.clouddouble.pact.Ids.ENDPOINT;
import static io.clouddouble.pact.Ids.GROUP_DETACHED;
import static io.clouddouble.pact.Ids.GROUP_KEPT;
import static io.clouddouble.pact.Ids.REGION;
import static io.clouddouble.pact.Ids.SERVICE;
import static io.clouddouble.pact.Ids.ZONE;
import static io.clouddouble.pact.consumer.AlibabaRpcPact.error;
import static io.clouddouble.pact.consumer.AlibabaRpcPact.ok;
import static io.clouddouble.pact.consumer.AlibabaRpcPact.queryCall;
import static io.clouddouble.pact.consumer.AlibabaRpcPact.withRequestId;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import au.com.dius.pact.consumer.MockServer;
import au.com.dius.pact.consumer.dsl.PactDslJsonBody;
import au.com.dius.pact.consumer.dsl.PactDslWithProvider;
import au.com.dius.pact.consumer.junit5.PactConsumerTestExt;
import au.com.dius.pact.consumer.junit5.PactTestFor;
import au.com.dius.pact.core.model.PactSpecVersion;
import au.com.dius.pact.core.model.V4Pact;
import au.com.dius.pact.core.model.annotations.Pact;
import au.com.dius.pact.core.model.annotations.PactDirectory;
import com.aliyun.tea.TeaException;
import io.clouddouble.pact.ProviderStates;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * What a PrivateLink client needs from the service: disabling a zone connection and detaching a
 * security group, the reads that show each transition, and the errors it handles. Every call is
 * made by the official Tea SDK with the generated client's parameters.
 */
@ExtendWith(PactConsumerTestExt.class)
@PactTestFor(providerName = "clouddouble-alibaba-privatelink", hostInterface = "127.0.0.1", pactVersion = PactSpecVersion.V4)
@PactDirectory("contracts/pacts")
class PrivateLinkConsumerPactTest {
  private static final String CONSUMER = "alibaba-privatelink-consumer";
  private static final String VERSION = "2020-04-15";
  private static final Map<String, String> ZONE_CONNECTION =
      Map.of("RegionId", REGION, "ServiceId", SERVICE, "EndpointId", ENDPOINT, "ZoneId", ZONE);
  private static final Map<String, String> ENDPOINT_ONLY = Map.of("RegionId", REGION, "EndpointId", ENDPOINT);

  @Pact(consumer = CONSUMER)
  V4Pact disableZoneConnection(PactDslWithProvider builder) {
    return ok(
            queryCall(builder, ProviderStates.ENDPOINT_ZONE_CONNECTED, "DisableVpcEndpointZoneConnection of a connected zone",
                "DisableVpcEndpointZoneConnection", VERSION, ZONE_CONNECTION),
            withRequestId())
        .toPact(V4Pact.class);
  }

  @Test
  @PactTestFor(pactMethod = "disableZoneConnection")
  void disablesAZoneConnection(MockServer server) throws Exception {
    Map<String, ?> response = call(server, "DisableVpcEndpointZoneConnection", ZONE_CONNECTION);

    assertEquals(200, response.get("statusCode"));
  }

  @Pact(consumer = CONSUMER)
  V4Pact zoneDisconnecting(PactDslWithProvider builder) {
    PactDslJsonBody body = withRequestId();
    body.eachLike("Zones")
        .stringValue("ZoneId", ZONE)
        .stringValue("ZoneStatus", "Disconnecting")
        .stringMatcher("VSwitchId", "vsw-[0-9a-z]+", "vsw-bp1pactvswitch0001")
        .stringMatcher("EniId", "eni-[0-9a-z]+", "eni-bp1pacteni00000001")
        .stringValue("RegionId", REGION)
        .closeObject()
        .closeArray();
    return ok(
            queryCall(builder, ProviderStates.ENDPOINT_ZONE_DISCONNECTING, "ListVpcEndpointZones while a zone is disconnecting",
                "ListVpcEndpointZones", VERSION, ENDPOINT_ONLY),
            body)
        .toPact(V4Pact.class);
  }

  @Test
  @PactTestFor(pactMethod = "zoneDisconnecting")
  void seesTheZoneDisconnecting(MockServer server) throws Exception {
    Map<String, ?> zone = first(body(call(server, "ListVpcEndpointZones", ENDPOINT_ONLY)), "Zones");

    assertEquals(ZONE, zone.get("ZoneId"));
    assertEquals("Disconnecting", zone.get("ZoneStatus"));
  }

  @Pact(consumer = CONSUMER)
  V4Pact disableDisconnectedZone(PactDslWithProvider builder) {
    return error(
            queryCall(builder, ProviderStates.ENDPOINT_ZONE_DISCONNECTED, "DisableVpcEndpointZoneConnection of a disconnected zone",
                "DisableVpcEndpointZoneConnection", VERSION, ZONE_CONNECTION),
            400, "IncorrectStatus.VpcEndpointZone", "The status of VpcEndpointZone [Disconnected] is incorrect.")
        .toPact(V4Pact.class);
  }

  @Test
  @PactTestFor(pactMethod = "disableDisconnectedZone")
  void isToldTheZoneIsInTheWrongState(MockServer server) {
    TeaException error =
        assertThrows(TeaException.class, () -> call(server, "DisableVpcEndpointZoneConnection", ZONE_CONNECTION));

    assertEquals("IncorrectStatus.VpcEndpointZone", error.getCode());
  }

  @Pact(consumer = CONSUMER)
  V4Pact detachSecurityGroup(PactDslWithProvider builder) {
    return ok(
            queryCall(builder, ProviderStates.ENDPOINT_TWO_GROUPS, "DetachSecurityGroupFromVpcEndpoint of one of two groups",
                "DetachSecurityGroupFromVpcEndpoint", VERSION, detach(GROUP_DETACHED)),
            withRequestId())
        .toPact(V4Pact.class);
  }

  @Test
  @PactTestFor(pactMethod = "detachSecurityGroup")
  void detachesASecurityGroup(MockServer server) throws Exception {
    Map<String, ?> response = call(server, "DetachSecurityGroupFromVpcEndpoint", detach(GROUP_DETACHED));

    assertEquals(200, response.get("statusCode"));
  }

  @Pact(consumer = CONSUMER)
  V4Pact groupDetaching(PactDslWithProvider builder) {
    PactDslJsonBody body = withRequestId();
    body.array("SecurityGroups")
        .object()
        .stringValue("SecurityGroupId", GROUP_KEPT)
        .stringValue("SecurityGroupStatus", "Attached")
        .closeObject()
        .object()
        .stringValue("SecurityGroupId", GROUP_DETACHED)
        .stringValue("SecurityGroupStatus", "Detaching")
        .closeObject()
        .closeArray();
    return ok(
            queryCall(builder, ProviderStates.ENDPOINT_GROUP_DETACHING, "ListVpcEndpointSecurityGroups while a group is detaching",
                "ListVpcEndpointSecurityGroups", VERSION, ENDPOINT_ONLY),
            body)
        .toPact(V4Pact.class);
  }

  @Test
  @PactTestFor(pactMethod = "groupDetaching")
  void seesTheGroupDetaching(MockServer server) throws Exception {
    List<Map<String, ?>> groups = list(body(call(server, "ListVpcEndpointSecurityGroups", ENDPOINT_ONLY)), "SecurityGroups");

    assertEquals(List.of("Attached", "Detaching"), groups.stream().map(g -> g.get("SecurityGroupStatus")).toList());
  }

  @Pact(consumer = CONSUMER)
  V4Pact endpointPending(PactDslWithProvider builder) {
    PactDslJsonBody body =
        withRequestId()
            .stringValue("EndpointId", ENDPOINT)
            .stringValue("ServiceId", SERVICE)
            .stringValue("EndpointStatus", "Pending")
            .stringValue("ConnectionStatus", "Connected")
            .stringValue("RegionId", REGION)
            .stringMatcher("VpcId", "vpc-[0-9a-z]+", "vpc-bp1pactvpc0000002")
            .stringMatcher("CreateTime", AlibabaRpcPact.TIMESTAMP, "2026-01-01T00:00:00Z");
    return ok(
            queryCall(builder, ProviderStates.ENDPOINT_GROUP_DETACHING, "GetVpcEndpointAttribute while a group is detaching",
                "GetVpcEndpointAttribute", VERSION, ENDPOINT_ONLY),
            body)
        .toPact(V4Pact.class);
  }

  @Test
  @PactTestFor(pactMethod = "endpointPending")
  void seesTheEndpointPending(MockServer server) throws Exception {
    Map<String, ?> endpoint = body(call(server, "GetVpcEndpointAttribute", ENDPOINT_ONLY));

    assertEquals("Pending", endpoint.get("EndpointStatus"));
  }

  @Pact(consumer = CONSUMER)
  V4Pact detachLastGroup(PactDslWithProvider builder) {
    return error(
            queryCall(builder, ProviderStates.ENDPOINT_ONE_GROUP, "DetachSecurityGroupFromVpcEndpoint of the last group",
                "DetachSecurityGroupFromVpcEndpoint", VERSION, detach(GROUP_KEPT)),
            400, "EndpointMustContainSecurityGroup", "The specified endpoint must have at least one security group.")
        .toPact(V4Pact.class);
  }

  @Test
  @PactTestFor(pactMethod = "detachLastGroup")
  void isToldTheLastGroupMustStay(MockServer server) {
    TeaException error =
        assertThrows(TeaException.class, () -> call(server, "DetachSecurityGroupFromVpcEndpoint", detach(GROUP_KEPT)));

    assertEquals("EndpointMustContainSecurityGroup", error.getCode());
  }

  private static Map<String, String> detach(String group) {
    return Map.of("RegionId", REGION, "EndpointId", ENDPOINT, "SecurityGroupId", group);
  }

  private static Map<String, ?> call(MockServer server, String action, Map<String, String> query) throws Exception {
    return TeaCalls.call(server, action, VERSION, query, null);
  }

  private static Map<String, ?> body(Map<String, ?> response) {
    return TeaCalls.body(response);
  }

  private static Map<String, ?> first(Map<String, ?> body, String list) {
    return list(body, list).get(0);
  }

  private static List<Map<String, ?>> list(Map<String, ?> body, String name) {
    return TeaCalls.list(body, name);
  }
}
