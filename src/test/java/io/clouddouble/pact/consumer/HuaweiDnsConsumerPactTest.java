package io.clouddouble.pact.consumer;

import static io.clouddouble.pact.Ids.DNS_REGION;
import static io.clouddouble.pact.Ids.DNS_ZONE;
import static io.clouddouble.pact.Ids.ROUTER_KEPT;
import static io.clouddouble.pact.Ids.ROUTER_LEAVING;
import static io.clouddouble.pact.Ids.ROUTER_STRANGER;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import au.com.dius.pact.consumer.MockServer;
import au.com.dius.pact.consumer.dsl.PactDslJsonBody;
import au.com.dius.pact.consumer.dsl.PactDslRequestWithPath;
import au.com.dius.pact.consumer.dsl.PactDslResponse;
import au.com.dius.pact.consumer.dsl.PactDslWithProvider;
import au.com.dius.pact.consumer.junit5.PactConsumerTestExt;
import au.com.dius.pact.consumer.junit5.PactTestFor;
import au.com.dius.pact.core.model.PactSpecVersion;
import au.com.dius.pact.core.model.V4Pact;
import au.com.dius.pact.core.model.annotations.Pact;
import au.com.dius.pact.core.model.annotations.PactDirectory;
import com.huaweicloud.sdk.core.exception.ClientRequestException;
import com.huaweicloud.sdk.dns.v2.DnsClient;
import com.huaweicloud.sdk.dns.v2.model.DisassociateRouterRequest;
import com.huaweicloud.sdk.dns.v2.model.DisassociateRouterResponse;
import com.huaweicloud.sdk.dns.v2.model.DisassociaterouterRequestBody;
import com.huaweicloud.sdk.dns.v2.model.Router;
import com.huaweicloud.sdk.dns.v2.model.ShowPrivateZoneRequest;
import com.huaweicloud.sdk.dns.v2.model.ShowPrivateZoneResponse;
import io.clouddouble.pact.ProviderStates;
import io.clouddouble.testkit.Sdks;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * What a Huawei Cloud DNS client needs around disassociating a VPC from a private zone: the 202
 * with PENDING_DELETE, the zone showing the router leaving, and the two documented refusals. Every
 * call is made by the official DnsClient; the request id travels only in {@code X-Request-Id}.
 */
@ExtendWith(PactConsumerTestExt.class)
@PactTestFor(providerName = "clouddouble-huawei-dns", hostInterface = "127.0.0.1", pactVersion = PactSpecVersion.V4)
@PactDirectory("contracts/pacts")
class HuaweiDnsConsumerPactTest {
  private static final String CONSUMER = "huawei-dns-consumer";
  private static final String CONTENT_TYPE = "application/json";
  private static final String REQUEST_ID = "[0-9a-f]{32}";
  private static final String DISASSOCIATE = "/v2/zones/" + DNS_ZONE + "/disassociaterouter";

  @Pact(consumer = CONSUMER)
  V4Pact disassociate(PactDslWithProvider builder) {
    PactDslJsonBody body =
        new PactDslJsonBody()
            .stringValue("status", "PENDING_DELETE")
            .stringValue("router_id", ROUTER_LEAVING)
            .stringValue("router_region", DNS_REGION);
    return respond(disassociateCall(builder, ProviderStates.ZONE_TWO_ROUTERS, "DisassociateRouter of one of two routers", ROUTER_LEAVING), 202)
        .body(body)
        .toPact(V4Pact.class);
  }

  @Test
  @PactTestFor(pactMethod = "disassociate")
  void disassociatesARouter(MockServer server) {
    DisassociateRouterResponse response = disassociate(server, ROUTER_LEAVING);

    assertEquals(202, response.getHttpStatusCode());
    assertEquals("PENDING_DELETE", response.getStatus());
  }

  @Pact(consumer = CONSUMER)
  V4Pact routerLeaving(PactDslWithProvider builder) {
    PactDslJsonBody body =
        new PactDslJsonBody()
            .stringValue("id", DNS_ZONE)
            .stringValue("zone_type", "private")
            .stringValue("status", "ACTIVE")
            .stringMatcher("name", "([a-z0-9-]+\\.)+", "pact.example.com.")
            .integerType("ttl", 300);
    body.array("routers")
        .object()
        .stringValue("router_id", ROUTER_KEPT)
        .stringValue("router_region", DNS_REGION)
        .stringValue("status", "ACTIVE")
        .closeObject()
        .object()
        .stringValue("router_id", ROUTER_LEAVING)
        .stringValue("router_region", DNS_REGION)
        .stringValue("status", "PENDING_DELETE")
        .closeObject()
        .closeArray();
    PactDslRequestWithPath request =
        builder
            .given(ProviderStates.ZONE_ROUTER_LEAVING)
            .uponReceiving("ShowPrivateZone while a router is being disassociated")
            .method("GET")
            .path("/v2/zones/" + DNS_ZONE);
    return respond(request, 200).body(body).toPact(V4Pact.class);
  }

  @Test
  @PactTestFor(pactMethod = "routerLeaving")
  void seesTheRouterPendingDelete(MockServer server) {
    ShowPrivateZoneResponse zone = client(server).showPrivateZone(new ShowPrivateZoneRequest().withZoneId(DNS_ZONE));

    assertEquals(List.of("ACTIVE", "PENDING_DELETE"), zone.getRouters().stream().map(Router::getStatus).toList());
  }

  @Pact(consumer = CONSUMER)
  V4Pact lastRouter(PactDslWithProvider builder) {
    return error(
            disassociateCall(builder, ProviderStates.ZONE_ONE_ROUTER, "DisassociateRouter of the last router", ROUTER_KEPT),
            403, "DNS.0706",
            "You are not allowed to disassociate this VPC because this is the last VPC associated with this zone.")
        .toPact(V4Pact.class);
  }

  @Test
  @PactTestFor(pactMethod = "lastRouter")
  void isToldTheLastRouterMustStay(MockServer server) {
    ClientRequestException error = assertThrows(ClientRequestException.class, () -> disassociate(server, ROUTER_KEPT));

    assertEquals(403, error.getHttpStatusCode());
    assertEquals("DNS.0706", error.getErrorCode());
  }

  @Pact(consumer = CONSUMER)
  V4Pact strangerRouter(PactDslWithProvider builder) {
    return error(
            disassociateCall(builder, ProviderStates.ZONE_TWO_ROUTERS, "DisassociateRouter of a router the zone does not have", ROUTER_STRANGER),
            400, "DNS.0707", "The VPC is not associated with the zone.")
        .toPact(V4Pact.class);
  }

  @Test
  @PactTestFor(pactMethod = "strangerRouter")
  void isToldTheRouterIsNotAssociated(MockServer server) {
    ClientRequestException error = assertThrows(ClientRequestException.class, () -> disassociate(server, ROUTER_STRANGER));

    assertEquals(400, error.getHttpStatusCode());
    assertEquals("DNS.0707", error.getErrorCode());
  }

  /** The DnsClient's body: compact JSON, nulls left out. */
  private static PactDslRequestWithPath disassociateCall(
      PactDslWithProvider builder, String state, String description, String router) {
    PactDslJsonBody body = new PactDslJsonBody();
    body.object("router").stringValue("router_id", router).stringValue("router_region", DNS_REGION).closeObject();
    return builder
        .given(state)
        .uponReceiving(description)
        .method("POST")
        .path(DISASSOCIATE)
        .headers(Map.of("Content-Type", CONTENT_TYPE))
        .body(body);
  }

  private static PactDslResponse respond(PactDslRequestWithPath request, int status) {
    return request
        .willRespondWith()
        .status(status)
        .headers(Map.of("Content-Type", CONTENT_TYPE))
        .matchHeader("X-Request-Id", REQUEST_ID, "d59058a3efc5f8ca152d53154f90444b");
  }

  /** The DNS service's error body: {@code {"code","message"}}; the code is exact, the wording free. */
  private static PactDslResponse error(PactDslRequestWithPath request, int status, String code, String message) {
    return respond(request, status).body(new PactDslJsonBody().stringValue("code", code).stringType("message", message));
  }

  private static DnsClient client(MockServer server) {
    return Sdks.huawei("http://127.0.0.1:" + server.getPort());
  }

  private static DisassociateRouterResponse disassociate(MockServer server, String router) {
    return client(server)
        .disassociateRouter(
            new DisassociateRouterRequest()
                .withZoneId(DNS_ZONE)
                .withBody(
                    new DisassociaterouterRequestBody()
                        .withRouter(new Router().withRouterId(router).withRouterRegion(DNS_REGION))));
  }
}
