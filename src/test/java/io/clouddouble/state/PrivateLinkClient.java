package io.clouddouble.state;

import static org.junit.jupiter.api.Assertions.assertThrows;

import com.aliyun.tea.TeaException;
import io.clouddouble.CloudDouble;
import io.clouddouble.testkit.FakeAdmin;
import io.clouddouble.testkit.Sdks;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * PrivateLink through the official Tea SDK (callApi with the generated clients' Params), plus the
 * admin calls tests use instead of sleeping. Parameters are given as name/value pairs.
 */
final class PrivateLinkClient {
  static final String VERSION = "2020-04-15";
  static final String REGION = "cn-hangzhou";
  final CloudDouble fake;
  private final com.aliyun.teaopenapi.Client tea;

  PrivateLinkClient(CloudDouble fake) {
    this(fake, Sdks.tea(fake));
  }

  PrivateLinkClient(CloudDouble fake, com.aliyun.teaopenapi.Client tea) {
    this.fake = fake;
    this.tea = tea;
  }

  /** Another account: the same fake through a client with another access key. */
  PrivateLinkClient as(String accessKeyId) {
    return new PrivateLinkClient(fake, Sdks.tea(fake, accessKeyId, "secret-of-" + accessKeyId, null));
  }

  @SuppressWarnings("unchecked")
  Map<String, Object> call(String action, String... pairs) {
    try {
      return (Map<String, Object>) Sdks.callTea(tea, action, VERSION, params(pairs), null).get("body");
    } catch (RuntimeException e) {
      throw e;
    } catch (Exception e) {
      throw new AssertionError(action + " failed: " + e.getMessage(), e);
    }
  }

  TeaException fails(String action, String... pairs) {
    return assertThrows(TeaException.class, () -> Sdks.callTea(tea, action, VERSION, params(pairs), null));
  }

  static Map<String, String> params(String... pairs) {
    Map<String, String> params = new LinkedHashMap<>();
    params.put("RegionId", REGION);
    for (int i = 0; i < pairs.length; i += 2) {
      params.put(pairs[i], pairs[i + 1]);
    }
    return params;
  }

  // --- companions that build the state an operation acts on

  /** Creates an endpoint service (auto-accepting or not) and lets it become Active. */
  String service(boolean autoAccept) {
    String id = (String) call("CreateVpcEndpointService", "AutoAcceptEnabled", String.valueOf(autoAccept),
        "ServiceResourceType", "slb", "Resource.1.ResourceType", "slb", "Resource.1.ResourceId", "lb-bp1test0loadbalancer",
        "Resource.1.ZoneId", "cn-hangzhou-h").get("ServiceId");
    advance("5s");
    return id;
  }

  /** Creates an endpoint of the service in zones h and i with two security groups; waits until all is Connected. */
  String connectedEndpoint(String serviceId) {
    String id = endpoint(serviceId, "sg-bp1test0group00001", "sg-bp1test0group00002");
    advance("10s");
    return id;
  }

  String endpoint(String serviceId, String... securityGroups) {
    List<String> pairs = new java.util.ArrayList<>(List.of("ServiceId", serviceId, "VpcId", "vpc-bp1test" + Long.toHexString(System.nanoTime()),
        "EndpointName", "test-endpoint", "Zone.1.ZoneId", "cn-hangzhou-h", "Zone.1.VSwitchId", "vsw-bp1test0switch0h",
        "Zone.2.ZoneId", "cn-hangzhou-i", "Zone.2.VSwitchId", "vsw-bp1test0switch0i"));
    for (int i = 0; i < securityGroups.length; i++) {
      pairs.add("SecurityGroupId." + (i + 1));
      pairs.add(securityGroups[i]);
    }
    return (String) call("CreateVpcEndpoint", pairs.toArray(String[]::new)).get("EndpointId");
  }

  @SuppressWarnings("unchecked")
  List<Map<String, Object>> list(String action, String field, String... pairs) {
    return (List<Map<String, Object>>) call(action, pairs).get(field);
  }

  String zoneStatus(String endpointId, String zoneId) {
    return list("ListVpcEndpointZones", "Zones", "EndpointId", endpointId).stream()
        .filter(z -> zoneId.equals(z.get("ZoneId"))).map(z -> (String) z.get("ZoneStatus")).findFirst().orElse(null);
  }

  String groupStatus(String endpointId, String groupId) {
    return list("ListVpcEndpointSecurityGroups", "SecurityGroups", "EndpointId", endpointId).stream()
        .filter(g -> groupId.equals(g.get("SecurityGroupId"))).map(g -> (String) g.get("SecurityGroupStatus")).findFirst().orElse(null);
  }

  Map<String, Object> endpointAttribute(String endpointId) {
    return call("GetVpcEndpointAttribute", "EndpointId", endpointId);
  }

  // --- admin API (tests advance the clock instead of sleeping)

  String admin() {
    return new FakeAdmin(fake).url();
  }

  void advance(String duration) {
    new FakeAdmin(fake).advance(duration);
  }

  void reset() {
    new FakeAdmin(fake).reset();
  }

  /** Adds resources to the current state (a world document). */
  void merge(String world) {
    new FakeAdmin(fake).merge(world);
  }
}
