package io.clouddouble.protocol;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.huaweicloud.sdk.core.exception.ClientRequestException;
import com.huaweicloud.sdk.dns.v2.DnsClient;
import com.huaweicloud.sdk.dns.v2.model.CreatePrivateZoneReq;
import com.huaweicloud.sdk.dns.v2.model.CreatePrivateZoneRequest;
import com.huaweicloud.sdk.dns.v2.model.ListPtrRecordsRequest;
import com.huaweicloud.sdk.dns.v2.model.ListRecordSetsRequest;
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
 * fake sent, for operations outside clouddouble's scope (API-gateway 404 APIGW.0101) and for a
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
  void listRecordSetsIsOutOfScope() {
    DnsClient dns = Sdks.huawei(fake);
    assertHuaweiError(() -> dns.listRecordSets(new ListRecordSetsRequest()), 404, "APIGW.0101");
  }

  @Test
  void listPtrRecordsIsOutOfScopeWithoutAProjectIdToo() {
    DnsClient dns = Sdks.huawei(fake, Sdks.HUAWEI_AK, Sdks.HUAWEI_SK, null);
    assertHuaweiError(() -> dns.listPtrRecords(new ListPtrRecordsRequest()), 404, "APIGW.0101");
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
    String first = assertHuaweiError(() -> dns.listRecordSets(new ListRecordSetsRequest()), 404, "APIGW.0101");
    String second = assertHuaweiError(() -> dns.listRecordSets(new ListRecordSetsRequest()), 404, "APIGW.0101");
    assertNotEquals(first, second);
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
