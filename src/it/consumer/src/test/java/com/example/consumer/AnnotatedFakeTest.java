package com.example.consumer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.huaweicloud.sdk.core.exception.ClientRequestException;
import com.huaweicloud.sdk.dns.v2.model.ShowPrivateZoneRequest;
import com.huaweicloud.sdk.dns.v2.model.ShowPrivateZoneResponse;
import io.clouddouble.junit.CloudDoubleBaseUrl;
import io.clouddouble.junit.CloudDoubleEndpoint;
import io.clouddouble.junit.CloudDoubleTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** @CloudDoubleTest from the installed jar: one fake for the class, reached by both clouds' SDKs. */
@CloudDoubleTest
class AnnotatedFakeTest {
  @Test
  @SuppressWarnings("unchecked")
  void theTeaSdkListsTheDemoEndpoint(@CloudDoubleEndpoint String endpoint) throws Exception {
    Map<String, Object> body = Clients.privateLink(endpoint, "ListVpcEndpoints", Map.of("RegionId", "cn-hangzhou"));
    Map<String, Object> first = ((List<Map<String, Object>>) body.get("Endpoints")).get(0);
    assertEquals("ep-bp1demo0endpoint000001", first.get("EndpointId"));
    assertEquals("Connected", first.get("ConnectionStatus"));
  }

  @Test
  void theDnsClientShowsTheDemoZoneAndGetsHuaweisErrorForAnUnknownOne(@CloudDoubleBaseUrl String baseUrl) {
    ShowPrivateZoneResponse zone =
        Clients.dns(baseUrl).showPrivateZone(new ShowPrivateZoneRequest().withZoneId("0f1e2d3c4b5a69788796a5b4c3d2e1f0"));
    assertEquals("demo.clouddouble.internal.", zone.getName());
    assertEquals("ACTIVE", zone.getStatus());
    assertEquals(2, zone.getRouters().size());

    ClientRequestException missing =
        assertThrows(
            ClientRequestException.class,
            () -> Clients.dns(baseUrl).showPrivateZone(new ShowPrivateZoneRequest().withZoneId("ffffffffffffffffffffffffffffffff")));
    assertEquals(404, missing.getHttpStatusCode());
  }
}
