package io.clouddouble.state;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.huaweicloud.sdk.core.exception.ClientRequestException;
import com.huaweicloud.sdk.dns.v2.DnsClient;
import com.huaweicloud.sdk.dns.v2.model.AssociateRouterRequest;
import com.huaweicloud.sdk.dns.v2.model.AssociateRouterRequestBody;
import com.huaweicloud.sdk.dns.v2.model.AssociateRouterResponse;
import com.huaweicloud.sdk.dns.v2.model.CreatePrivateZoneReq;
import com.huaweicloud.sdk.dns.v2.model.CreatePrivateZoneRequest;
import com.huaweicloud.sdk.dns.v2.model.CreatePrivateZoneResponse;
import com.huaweicloud.sdk.dns.v2.model.DisassociateRouterRequest;
import com.huaweicloud.sdk.dns.v2.model.DisassociateRouterResponse;
import com.huaweicloud.sdk.dns.v2.model.DisassociaterouterRequestBody;
import com.huaweicloud.sdk.dns.v2.model.Router;
import com.huaweicloud.sdk.dns.v2.model.ShowPrivateZoneRequest;
import io.clouddouble.testkit.Sdks;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeEach;

/** Huawei DNS private zones through the official DnsClient (AK/SK, X-Project-Id of the README key). */
abstract class DnsTestBase extends AuditedFakeBase {
  static final String DEMO_ZONE = "0f1e2d3c4b5a69788796a5b4c3d2e1f0";
  static final String DEMO_ROUTER_1 = "19664294-0bf6-4271-ad3a-94b8c79c6558";
  static final String DEMO_ROUTER_2 = "2b0c2c7a-5f3e-4b8e-9d1a-7c6e5f4d3b2a";
  static final String DEMO_PUBLIC_ZONE = "1a2b3c4d5e6f708192a3b4c5d6e7f801";
  DnsClient dns;
  RpcClient admin;

  @BeforeEach
  void resetState() {
    dns = Sdks.huawei(fake);
    admin = RpcClient.vpcPeer(fake); // only for the admin API
    admin.reset();
  }

  static String vpc() {
    return UUID.randomUUID().toString();
  }

  CreatePrivateZoneResponse create(String name, String router) {
    return dns.createPrivateZone(new CreatePrivateZoneRequest().withBody(new CreatePrivateZoneReq()
        .withName(name).withZoneType("private").withRouter(new Router().withRouterId(router))));
  }

  /** A zone that is ACTIVE with its first router. */
  String activeZone(String name, String router) {
    String id = create(name, router).getId();
    admin.advance("3s");
    return id;
  }

  AssociateRouterResponse associate(String zone, String router) {
    return dns.associateRouter(new AssociateRouterRequest().withZoneId(zone)
        .withBody(new AssociateRouterRequestBody().withRouter(new Router().withRouterId(router))));
  }

  DisassociateRouterResponse disassociate(String zone, String router) {
    return dns.disassociateRouter(new DisassociateRouterRequest().withZoneId(zone)
        .withBody(new DisassociaterouterRequestBody().withRouter(new Router().withRouterId(router).withRouterRegion("cn-north-4"))));
  }

  /** router_id -> status, as ShowPrivateZone lists them. */
  Map<String, String> routers(String zone) {
    Map<String, String> out = new TreeMap<>();
    dns.showPrivateZone(new ShowPrivateZoneRequest().withZoneId(zone)).getRouters()
        .forEach(r -> out.put(r.getRouterId(), r.getStatus()));
    return out;
  }

  static ClientRequestException fails(Supplier<?> call) {
    return assertThrows(ClientRequestException.class, call::get);
  }

  static void assertError(int status, String code, String message, ClientRequestException e) {
    assertEquals(status, e.getHttpStatusCode());
    assertEquals(code, e.getErrorCode());
    assertEquals(message, e.getErrorMsg());
    assertEquals(32, e.getRequestId().length());
  }
}
