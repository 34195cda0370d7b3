package io.clouddouble.protocol;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.huaweicloud.sdk.core.HcClient;
import com.huaweicloud.sdk.core.exception.ClientRequestException;
import com.huaweicloud.sdk.core.http.HttpMethod;
import com.huaweicloud.sdk.core.http.HttpRequestDef;
import com.huaweicloud.sdk.dns.v2.DnsClient;
import com.huaweicloud.sdk.dns.v2.model.CreatePrivateZoneReq;
import com.huaweicloud.sdk.dns.v2.model.CreatePrivateZoneRequest;
import com.huaweicloud.sdk.dns.v2.model.ListRecordSetsRequest;
import com.huaweicloud.sdk.dns.v2.model.ListRecordSetsResponse;
import com.huaweicloud.sdk.dns.v2.model.Router;
import io.clouddouble.CloudDouble;
import io.clouddouble.Settings;
import io.clouddouble.testkit.Sdks;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * The Huawei DNS client gets a ClientRequestException with code, status and the X-Request-Id the
 * fake sent, for an API DNS does not have (API-gateway 404 APIGW.0101) and for a
 * request DNS refuses ({@code {code,message}}, here the oversize body DNS.0027).
 */
class HuaweiSdkErrorTest {
  private static CloudDouble fake;

  @BeforeAll
  static void start() {
    fake = CloudDouble.start(Settings.defaults().withPort(0));
  }

  @AfterAll
  static void stop() {
    fake.stop();
  }

  @Test
  void anUndocumentedApiIsApigw0101() {
    assertHuaweiError(() -> undocumented(Sdks.huawei(fake)), 404, "APIGW.0101");
  }

  @Test
  void anUndocumentedApiIsApigw0101WithoutAProjectIdToo() {
    assertHuaweiError(() -> undocumented(Sdks.huawei(fake, Sdks.HUAWEI_AK, Sdks.HUAWEI_SK, null)), 404, "APIGW.0101");
  }

  @Test
  void oversizeCreateBodyIsDns0027() {
    CreatePrivateZoneReq body =
        new CreatePrivateZoneReq()
            .withName("example.com.")
            .withZoneType("private")
            .withDescription("d".repeat(RequestPreflight.MAX_BODY_BYTES))
            .withRouter(new Router().withRouterId("19664294-0bf6-4271-ad3a-94b8c79c6558"));
    DnsClient dns = Sdks.huawei(fake);
    assertHuaweiError(() -> dns.createPrivateZone(new CreatePrivateZoneRequest().withBody(body)), 413, "DNS.0027");
  }

  @Test
  void eachErrorHasItsOwnRequestId() {
    DnsClient dns = Sdks.huawei(fake);
    String first = assertHuaweiError(() -> undocumented(dns), 404, "APIGW.0101");
    String second = assertHuaweiError(() -> undocumented(dns), 404, "APIGW.0101");
    assertNotEquals(first, second);
  }

  /**
   * Every operation of DnsClient is documented, so the SDK's own client sends a request definition
   * of ours: GET /v2/nosuchapi, signed and parsed exactly as the typed operations are.
   */
  private static void undocumented(DnsClient dns) throws ReflectiveOperationException {
    java.lang.reflect.Field client = DnsClient.class.getDeclaredField("hcClient");
    client.setAccessible(true);
    HttpRequestDef<ListRecordSetsRequest, ListRecordSetsResponse> definition =
        HttpRequestDef.builder(HttpMethod.GET, ListRecordSetsRequest.class, ListRecordSetsResponse.class)
            .withName("NoSuchApi")
            .withUri("/v2/nosuchapi")
            .withContentType("application/json")
            .build();
    ((HcClient) client.get(dns)).syncInvokeHttp(new ListRecordSetsRequest(), definition);
  }

  /** Returns the request id the SDK read from the X-Request-Id header. */
  private static String assertHuaweiError(Executable call, int status, String code) {
    ClientRequestException e = assertThrows(ClientRequestException.class, call);
    assertEquals(status, e.getHttpStatusCode(), e.toString());
    assertEquals(code, e.getErrorCode(), e.toString());
    assertFalse(e.getErrorMsg() == null || e.getErrorMsg().startsWith("{"), "the body was not parsed: " + e);
    assertTrue(e.getRequestId() != null && e.getRequestId().matches(WireAnswer.HUAWEI_REQUEST_ID), e.toString());
    return e.getRequestId();
  }
}
