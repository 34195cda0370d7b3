package io.clouddouble.state;

import com.aliyuncs.AcsRequest;
import com.aliyuncs.http.ProtocolType;
import io.clouddouble.CloudDouble;
import io.clouddouble.Settings;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;

/** One fake (with the demo world) per test class, reset before every test. */
abstract class PrivateLinkTestBase {
  static final String DEMO_SERVICE = "epsrv-bp1demo0service0000001";
  static final String DEMO_ENDPOINT = "ep-bp1demo0endpoint000001";
  static CloudDouble fake;
  PrivateLinkClient pl;

  @BeforeAll
  static void startFake() {
    fake = CloudDouble.start(Settings.defaults().withPort(0).withResponseAudit(true));
  }

  /** Every answer the tests provoked must match its operation's contract (response schema, documented error). */
  @AfterAll
  static void stopFake() {
    java.util.List<String> violations = fake.responseAudit().violations();
    fake.stop();
    org.junit.jupiter.api.Assertions.assertEquals(java.util.List.of(), violations);
  }

  @BeforeEach
  void resetState() {
    pl = new PrivateLinkClient(fake);
    pl.reset();
  }

  /** An old core SDK request pointed at the fake. */
  static <T extends AcsRequest<?>> T core(T request) {
    request.setSysEndpoint(fake.endpoint());
    request.setSysProtocol(ProtocolType.HTTP);
    request.putQueryParameter("RegionId", "cn-hangzhou");
    return request;
  }

  /**
   * A world fragment for the test key's account in cn-hangzhou: one service and one endpoint
   * (Connected, with zone cn-hangzhou-h and one security group) whose fields the caller overrides,
   * for states no API call reaches (financial locks, a deleted service).
   */
  static String world(String serviceId, String serviceExtra, String endpointId, String endpointExtra) {
    String service = serviceId == null ? "" : """
        "VpcEndpointService": [{"ServiceId": "%s", "ServiceName": "com.aliyuncs.privatelink.cn-hangzhou.%s",
          "ServiceStatus": "Active", "ServiceBusinessStatus": "Normal", "AutoAcceptEnabled": true %s}],
        """.formatted(serviceId, serviceId, serviceExtra);
    return """
        {"accounts": [{"cloud": "alibaba", "accessKeyId": "testAccessKeyId", "regions": {"cn-hangzhou": {
          %s
          "VpcEndpoint": [{"EndpointId": "%s", "ServiceId": "%s", "VpcId": "vpc-bp1world0vpc", "EndpointStatus": "Active",
            "EndpointBusinessStatus": "Normal", "ConnectionStatus": "Connected" %s}],
          "VpcEndpointZone": [{"EndpointId": "%s", "ZoneId": "cn-hangzhou-h", "ZoneStatus": "Connected"}],
          "VpcEndpointSecurityGroup": [
            {"EndpointId": "%s", "SecurityGroupId": "sg-bp1world0group1", "SecurityGroupStatus": "Attached"},
            {"EndpointId": "%s", "SecurityGroupId": "sg-bp1world0group2", "SecurityGroupStatus": "Attached"}]
        }}}]}
        """.formatted(service, endpointId, serviceId == null ? "epsrv-bp1gone0service" : serviceId, endpointExtra,
            endpointId, endpointId, endpointId);
  }
}
