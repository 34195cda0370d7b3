package io.clouddouble.record;

import com.aliyun.tea.TeaException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.huaweicloud.sdk.core.SdkResponse;
import com.huaweicloud.sdk.core.exception.SdkException;
import com.huaweicloud.sdk.core.exception.ServiceResponseException;
import com.huaweicloud.sdk.dns.v2.DnsClient;
import com.huaweicloud.sdk.dns.v2.model.AssociateRouterRequest;
import com.huaweicloud.sdk.dns.v2.model.AssociateRouterRequestBody;
import com.huaweicloud.sdk.dns.v2.model.CreatePrivateZoneReq;
import com.huaweicloud.sdk.dns.v2.model.CreatePrivateZoneRequest;
import com.huaweicloud.sdk.dns.v2.model.CreatePrivateZoneResponse;
import com.huaweicloud.sdk.dns.v2.model.DeletePrivateZoneRequest;
import com.huaweicloud.sdk.dns.v2.model.DisassociaterouterRequestBody;
import com.huaweicloud.sdk.dns.v2.model.DisassociateRouterRequest;
import com.huaweicloud.sdk.dns.v2.model.ListPrivateZonesRequest;
import com.huaweicloud.sdk.dns.v2.model.Router;
import com.huaweicloud.sdk.dns.v2.model.ShowPrivateZoneRequest;
import com.huaweicloud.sdk.dns.v2.model.ShowPrivateZoneResponse;
import io.clouddouble.testkit.Sdks;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;

/**
 * The five seed operations' lifecycles, as a team would record them: the companions that create the
 * state each acts on, the call itself, the polls that watch its asynchronous transition, at least
 * two documented errors each, and the clean-up. Driven through the official SDKs (Tea V3 for
 * Alibaba, the DnsClient for Huawei), it writes down what the SDKs saw, one line per call; a
 * playback must make the SDKs see exactly the same.
 *
 * <p>Ids the story invents (the VPCs, vSwitches, security groups, load balancer and ECS instance a
 * real account would already have) come from {@code inputs}: when recording, invented ones; when
 * playing back, what the recording made of them.
 */
final class SeedLifecycles {
  /** What the story needs from outside, as a real account would have it. */
  static final Map<String, String> INVENTED =
      Map.ofEntries(
          Map.entry("lb", "lb-bp1recordloadbalancer01"),
          Map.entry("vpc", "vpc-bp1recordvpc000000001"),
          Map.entry("peerVpc", "vpc-bp1recordvpc000000002"),
          Map.entry("vswH", "vsw-bp1recordswitch00000h"),
          Map.entry("vswI", "vsw-bp1recordswitch00000i"),
          Map.entry("sg1", "sg-bp1recordgroup00000001"),
          Map.entry("sg2", "sg-bp1recordgroup00000002"),
          Map.entry("instance", "i-bp1recordinstance00001"),
          Map.entry("router", "5f0c2c44-6d1b-4c2e-9a4e-3b1f2f6a7c01"),
          Map.entry("router2", "5f0c2c44-6d1b-4c2e-9a4e-3b1f2f6a7c02"),
          Map.entry("unknownService", "epsrv-bp1recordnosuchsvc1"),
          Map.entry("unknownEndpoint", "ep-bp1recordnosuchendpoint"),
          Map.entry("unknownPeer", "pcc-bp1recordnosuchpeer01"),
          Map.entry("unknownZone", "ffffffffffffffffffffffffffff0001"),
          Map.entry("accepterAccount", StrictTarget.ACCEPTER_ACCOUNT));

  private static final String REGION = "cn-hangzhou";
  private static final String PRIVATELINK = "2020-04-15";
  private static final String VPCPEER = "2022-01-01";
  private static final String CLOUDAPI = "2016-07-14";
  private static final int MAX_POLLS = 6;
  private static final ObjectMapper JSON = new ObjectMapper();
  static final String ACCEPTER_CLIENT_SECRET = "accepterClientSecret";

  private final com.aliyun.teaopenapi.Client tea;
  /** The peering accepter: another account, so its client sends another AccessKeyId. */
  private final com.aliyun.teaopenapi.Client accepter;
  private final DnsClient dns;
  private final Map<String, String> inputs;
  private final Runnable wait;
  private final UnaryOperator<String> view;
  private final List<String> transcript = new ArrayList<>();

  /**
   * @param wait between two polls: advances the recorded target's clock; nothing in playback
   * @param view how a transcript line is written: sanitised when recording, as is in playback
   */
  SeedLifecycles(
      String alibabaEndpoint,
      String huaweiBaseUrl,
      Map<String, String> inputs,
      Runnable wait,
      UnaryOperator<String> view) {
    this.tea = Sdks.tea(alibabaEndpoint, Sdks.ALIBABA_AK, Sdks.ALIBABA_SECRET, null);
    this.accepter = Sdks.tea(alibabaEndpoint, StrictTarget.ACCEPTER_CLIENT_KEY, ACCEPTER_CLIENT_SECRET, null);
    this.dns = Sdks.huawei(huaweiBaseUrl, Sdks.HUAWEI_AK, Sdks.HUAWEI_SK, Sdks.HUAWEI_PROJECT);
    this.inputs = inputs;
    this.wait = wait;
    this.view = view;
  }

  /** The products whose lifecycles the story knows, in the order it runs them, by contract product name. */
  static final List<String> PRODUCTS = List.of("Privatelink", "VpcPeer", "CloudAPI", "DNS");

  /** Runs the lifecycles of the given products; returns what the SDKs saw. */
  List<String> run(List<String> products) {
    Map<String, Runnable> lifecycles =
        Map.of("Privatelink", this::privateLink, "VpcPeer", this::vpcPeer, "CloudAPI", this::cloudApi, "DNS", this::dns);
    PRODUCTS.stream().filter(products::contains).forEach(p -> lifecycles.get(p).run());
    return transcript;
  }

  private String in(String name) {
    return Objects.requireNonNull(inputs.get(name), name);
  }

  // --- PrivateLink: DisableVpcEndpointZoneConnection, DetachSecurityGroupFromVpcEndpoint

  private void privateLink() {
    String service =
        id(privatelink("CreateVpcEndpointService", "AutoAcceptEnabled", "true", "ServiceResourceType", "slb",
            "Resource.1.ResourceType", "slb", "Resource.1.ResourceId", in("lb"), "Resource.1.ZoneId", "cn-hangzhou-h"),
            "ServiceId", in("unknownService"));
    wait.run(); // the service becomes Active; no operation in the contracts shows it
    String endpoint =
        id(privatelink("CreateVpcEndpoint", "ServiceId", service, "VpcId", in("vpc"), "EndpointName", "recorded",
            "Zone.1.ZoneId", "cn-hangzhou-h", "Zone.1.VSwitchId", in("vswH"),
            "Zone.2.ZoneId", "cn-hangzhou-i", "Zone.2.VSwitchId", in("vswI"),
            "SecurityGroupId.1", in("sg1"), "SecurityGroupId.2", in("sg2")),
            "EndpointId", in("unknownEndpoint"));
    poll(() -> field(privatelink("GetVpcEndpointAttribute", "EndpointId", endpoint), "ConnectionStatus"), "Connected");
    poll(() -> zone(endpoint, "cn-hangzhou-h"), "Connected");
    privatelink("ListVpcEndpoints", "EndpointId", endpoint);
    privatelink("ListVpcEndpointConnections", "ServiceId", service);

    String[] disable = {"ServiceId", service, "EndpointId", endpoint, "ZoneId", "cn-hangzhou-h"};
    privatelink("DisableVpcEndpointZoneConnection", disable);
    privatelink("DisableVpcEndpointZoneConnection", disable); // refused while Disconnecting
    privatelink("DisableVpcEndpointZoneConnection", "ServiceId", in("unknownService"), "EndpointId", endpoint,
        "ZoneId", "cn-hangzhou-h");
    poll(() -> zone(endpoint, "cn-hangzhou-h"), "Disconnected");
    privatelink("EnableVpcEndpointZoneConnection", disable);
    poll(() -> zone(endpoint, "cn-hangzhou-h"), "Connected");

    privatelink("DetachSecurityGroupFromVpcEndpoint", "EndpointId", endpoint, "SecurityGroupId", in("sg2"));
    poll(() -> group(endpoint, in("sg2")), "gone");
    privatelink("DetachSecurityGroupFromVpcEndpoint", "EndpointId", endpoint, "SecurityGroupId", in("sg1")); // the last one
    privatelink("DetachSecurityGroupFromVpcEndpoint", "EndpointId", in("unknownEndpoint"), "SecurityGroupId", in("sg1"));
    privatelink("AttachSecurityGroupToVpcEndpoint", "EndpointId", endpoint, "SecurityGroupId", in("sg2"));
    poll(() -> group(endpoint, in("sg2")), "Attached");

    privatelink("DeleteVpcEndpoint", "EndpointId", endpoint);
    poll(() -> field(privatelink("GetVpcEndpointAttribute", "EndpointId", endpoint), "EndpointStatus"), "EndpointNotFound");
  }

  private String zone(String endpoint, String zoneId) {
    return listed(privatelink("ListVpcEndpointZones", "EndpointId", endpoint), "Zones", "ZoneId", zoneId, "ZoneStatus");
  }

  private String group(String endpoint, String groupId) {
    return listed(privatelink("ListVpcEndpointSecurityGroups", "EndpointId", endpoint), "SecurityGroups",
        "SecurityGroupId", groupId, "SecurityGroupStatus");
  }

  // --- VpcPeer: RejectVpcPeerConnection

  private void vpcPeer() {
    String peer =
        id(vpcpeer(tea, "CreateVpcPeerConnection", "RegionId", REGION, "VpcId", in("vpc"),
            "AcceptingAliUid", in("accepterAccount"), "AcceptingRegionId", REGION, "AcceptingVpcId", in("peerVpc"),
            "Name", "recorded"), "InstanceId", in("unknownPeer"));
    poll(() -> field(vpcpeer(tea, "GetVpcPeerConnectionAttribute", "InstanceId", peer), "Status"), "Accepting");
    vpcpeer(accepter, "ListVpcPeerConnections", "RegionId", REGION);
    vpcpeer(accepter, "RejectVpcPeerConnection", "InstanceId", peer);
    poll(() -> field(vpcpeer(tea, "GetVpcPeerConnectionAttribute", "InstanceId", peer), "Status"), "Rejected");
    vpcpeer(accepter, "RejectVpcPeerConnection", "InstanceId", peer); // no longer Accepting
    vpcpeer(accepter, "RejectVpcPeerConnection", "InstanceId", in("unknownPeer"));
    vpcpeer(tea, "DeleteVpcPeerConnection", "InstanceId", peer);
    poll(() -> field(vpcpeer(tea, "GetVpcPeerConnectionAttribute", "InstanceId", peer), "Status"),
        "ResourceNotFound.InstanceId", "Deleted");
  }

  // --- CloudAPI: RemoveVpcAccess

  private void cloudApi() {
    String[] access = {"VpcId", in("vpc"), "InstanceId", in("instance"), "Port", "8080"};
    cloudapi("SetVpcAccess", "VpcId", in("vpc"), "InstanceId", in("instance"), "Port", "8080", "Name", "recorded");
    cloudapi("DescribeVpcAccesses", "Name", "recorded");
    cloudapi("RemoveVpcAccess", access);
    cloudapi("DescribeVpcAccesses", "Name", "recorded");
    cloudapi("RemoveVpcAccess", access); // already removed
    cloudapi("RemoveVpcAccess", "VpcId", in("vpc"), "InstanceId", in("instance"), "Port", "70000");
    cloudapi("RemoveVpcAccess", "VpcId", in("vpc"), "InstanceId", in("instance"));
  }

  // --- Huawei DNS: DisassociateRouter

  private void dns() {
    CreatePrivateZoneResponse created =
        huawei("CreatePrivateZone", () -> dns.createPrivateZone(new CreatePrivateZoneRequest().withBody(
            new CreatePrivateZoneReq().withName("recorded.example.com.").withZoneType("private")
                .withRouter(new Router().withRouterId(in("router")).withRouterRegion("cn-north-4")))));
    String zone = created != null ? created.getId() : in("unknownZone");
    disassociate(zone, "router2"); // refused while PENDING_CREATE
    poll(() -> zoneStatus(zone), "ACTIVE");
    huawei("ListPrivateZones", () -> dns.listPrivateZones(new ListPrivateZonesRequest().withType("private")));
    huawei("AssociateRouter", () -> dns.associateRouter(new AssociateRouterRequest().withZoneId(zone)
        .withBody(new AssociateRouterRequestBody().withRouter(new Router().withRouterId(in("router2")).withRouterRegion("cn-north-4")))));
    poll(() -> routerStatus(zone, in("router2")), "ACTIVE");
    disassociate(zone, "router2");
    poll(() -> routerStatus(zone, in("router2")), "gone");
    disassociate(zone, "router"); // the last router
    disassociate(zone, "router2"); // no longer associated
    disassociate(in("unknownZone"), "router");
    huawei("DeletePrivateZone", () -> dns.deletePrivateZone(new DeletePrivateZoneRequest().withZoneId(zone)));
    poll(() -> zoneStatus(zone), "DNS.0302");
  }

  private void disassociate(String zone, String router) {
    huawei("DisassociateRouter", () -> dns.disassociateRouter(new DisassociateRouterRequest().withZoneId(zone)
        .withBody(new DisassociaterouterRequestBody().withRouter(new Router().withRouterId(in(router)).withRouterRegion("cn-north-4")))));
  }

  private String zoneStatus(String zone) {
    ShowPrivateZoneResponse shown = huawei("ShowPrivateZone", () -> dns.showPrivateZone(new ShowPrivateZoneRequest().withZoneId(zone)));
    return shown == null ? lastError : shown.getStatus();
  }

  private String routerStatus(String zone, String router) {
    ShowPrivateZoneResponse shown = huawei("ShowPrivateZone", () -> dns.showPrivateZone(new ShowPrivateZoneRequest().withZoneId(zone)));
    if (shown == null) {
      return lastError;
    }
    return shown.getRouters() == null ? "gone" : shown.getRouters().stream()
        .filter(r -> router.equals(r.getRouterId())).map(r -> r.getStatus()).findFirst().orElse("gone");
  }

  // --- calls, polls and the transcript

  /** The code of the last error, so a poll can wait for a resource to be gone. */
  private String lastError;

  private Map<String, Object> privatelink(String action, String... pairs) {
    Map<String, String> query = new LinkedHashMap<>();
    query.put("RegionId", REGION);
    query.putAll(pairs(pairs));
    return alibaba(tea, action, PRIVATELINK, query, null);
  }

  private Map<String, Object> vpcpeer(com.aliyun.teaopenapi.Client client, String action, String... pairs) {
    return alibaba(client, action, VPCPEER, Map.of(), pairs(pairs));
  }

  private Map<String, Object> cloudapi(String action, String... pairs) {
    Map<String, String> query = new LinkedHashMap<>();
    query.put("RegionId", REGION);
    query.putAll(pairs(pairs));
    return alibaba(tea, action, CLOUDAPI, query, null);
  }

  private static Map<String, String> pairs(String... pairs) {
    Map<String, String> map = new LinkedHashMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      map.put(pairs[i], pairs[i + 1]);
    }
    return map;
  }

  /** The answer's body, or null after an error (whose code is then {@link #lastError}). */
  @SuppressWarnings("unchecked")
  private Map<String, Object> alibaba(
      com.aliyun.teaopenapi.Client client, String action, String version, Map<String, String> query, Map<String, String> form) {
    try {
      Map<String, ?> answer = Sdks.callTea(client, action, version, query, form);
      lastError = null;
      Map<String, Object> body = (Map<String, Object>) answer.get("body");
      note(action + " -> " + answer.get("statusCode") + " " + json(body));
      return body;
    } catch (TeaException error) {
      lastError = error.getCode();
      note(action + " -> " + error.getStatusCode() + " " + error.getCode() + ": " + error.getData().get("Message"));
      return null;
    } catch (Exception e) {
      throw new IllegalStateException(action, e);
    }
  }

  private <T extends SdkResponse> T huawei(String operation, Supplier<T> call) {
    try {
      T answer = call.get();
      lastError = null;
      note(operation + " -> " + answer.getHttpStatusCode() + " " + answer.toString().replaceAll("\\s+", " "));
      return answer;
    } catch (ServiceResponseException error) {
      lastError = error.getErrorCode();
      note(operation + " -> " + error.getHttpStatusCode() + " " + error.getErrorCode() + ": " + error.getErrorMsg());
      return null;
    } catch (SdkException unparseable) {
      lastError = unparseable.getClass().getSimpleName();
      note(operation + " -> " + unparseable.getMessage());
      return null;
    }
  }

  private void note(String line) {
    transcript.add(view.apply(line));
  }

  /** Observes until a wanted value (a status, or an error code once the resource is gone), at most {@value #MAX_POLLS} times. */
  private void poll(Supplier<String> observe, String... wanted) {
    Set<String> done = Set.of(wanted);
    for (int i = 1; i <= MAX_POLLS; i++) {
      if (done.contains(observe.get()) || i == MAX_POLLS) {
        return;
      }
      wait.run();
    }
  }

  private String field(Map<String, Object> body, String name) {
    return body == null ? lastError : String.valueOf(body.get(name));
  }

  /** A field of the list element whose key field has the value; "gone" when there is none. */
  @SuppressWarnings("unchecked")
  private String listed(Map<String, Object> body, String list, String key, String value, String field) {
    if (body == null) {
      return lastError;
    }
    Object items = body.get(list);
    if (!(items instanceof List<?> elements)) {
      return "gone";
    }
    return elements.stream()
        .map(e -> (Map<String, Object>) e)
        .filter(e -> value.equals(e.get(key)))
        .map(e -> String.valueOf(e.get(field)))
        .findFirst()
        .orElse("gone");
  }

  private static String id(Map<String, Object> body, String field, String fallback) {
    Object id = body == null ? null : body.get(field);
    return id == null ? fallback : id.toString();
  }

  private static String json(Object value) {
    try {
      return JSON.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }
}
