package io.clouddouble.protocol;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.aliyun.tea.TeaException;
import com.aliyuncs.AcsRequest;
import com.aliyuncs.CommonRequest;
import com.aliyuncs.IAcsClient;
import com.aliyuncs.exceptions.ClientException;
import com.aliyuncs.exceptions.ServerException;
import com.aliyuncs.http.HttpResponse;
import io.clouddouble.CloudDouble;
import io.clouddouble.Settings;
import io.clouddouble.testkit.Sdks;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every Alibaba SDK family gets a parsed provider error, never a parse failure, for an operation
 * the fake does not know: InvalidVersion (400) for a version no contract has, InvalidAction.NotFound
 * (404) for an action a known version's metadata does not have (PrivateLink 2020-04-15, VpcPeer
 * 2022-01-01). Documented operations without behaviour are NotEmulatedTest's.
 */
class AlibabaSdkErrorTest {
  private static final String UNKNOWN_VERSION = "2099-01-01";
  private static final String UNKNOWN_ACTION = "DescribeNothingAtAll";

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
  void teaV3UnknownVersionIsInvalidVersion() {
    assertTeaError(teaV3(UNKNOWN_ACTION, UNKNOWN_VERSION), 400, "InvalidVersion");
  }

  @Test
  void teaV3UnknownActionOfVpcPeerIsInvalidActionNotFound() {
    assertTeaError(teaV3(UNKNOWN_ACTION, "2022-01-01"), 404, "InvalidAction.NotFound");
  }

  @Test
  void teaV1UnknownVersionIsInvalidVersion() {
    assertTeaError(teaV1(UNKNOWN_ACTION, UNKNOWN_VERSION), 400, "InvalidVersion");
  }

  @Test
  void teaV1UnknownActionOfPrivateLinkIsInvalidActionNotFound() {
    assertTeaError(teaV1(UNKNOWN_ACTION, "2020-04-15"), 404, "InvalidAction.NotFound");
  }

  @Test
  void teaOversizeFormBodyIs413InvalidParameter() {
    String huge = "a".repeat(RequestPreflight.MAX_BODY_BYTES);
    TeaException e =
        assertThrows(
            TeaException.class,
            () -> Sdks.callTea(Sdks.tea(fake), "RejectVpcPeerConnection", "2022-01-01", Map.of(), Map.of("InstanceId", huge)));
    assertTeaError(e, 413, "InvalidParameter");
  }

  @Test
  void coreCommonRequestUnknownVersionIsInvalidVersion() throws ClientException {
    assertCoreError(Sdks.commonRequest(fake, UNKNOWN_ACTION, UNKNOWN_VERSION), 400, "InvalidVersion");
  }

  @Test
  void coreCommonRequestUnknownActionOfVpcPeerIsInvalidActionNotFound() throws ClientException {
    assertCoreError(Sdks.commonRequest(fake, UNKNOWN_ACTION, "2022-01-01"), 404, "InvalidAction.NotFound");
  }

  @Test
  void eachErrorHasItsOwnRequestId() {
    TeaException first = teaV3(UNKNOWN_ACTION, UNKNOWN_VERSION);
    TeaException second = teaV3(UNKNOWN_ACTION, UNKNOWN_VERSION);
    assertNotEquals(first.getData().get("RequestId"), second.getData().get("RequestId"));
  }

  private static TeaException teaV3(String action, String version) {
    return assertThrows(
        TeaException.class, () -> Sdks.callTea(Sdks.tea(fake), action, version, Map.of("RegionId", "cn-hangzhou"), null));
  }

  private static TeaException teaV1(String action, String version) {
    return assertThrows(
        TeaException.class,
        () -> Sdks.callTea(Sdks.teaV1(fake), action, version, Map.of("RegionId", "cn-hangzhou"), Map.of("DryRun", "false")));
  }

  /** Tea keeps the whole error body in data; the request id it reports is the one in that body. */
  private static void assertTeaError(TeaException e, int status, String code) {
    assertEquals(code, e.getCode(), e.getMessage());
    assertEquals(status, e.getStatusCode());
    Map<String, Object> body = e.getData();
    String requestId = (String) body.get("RequestId");
    assertTrue(requestId.matches(WireAnswer.ALIBABA_REQUEST_ID), requestId);
    assertTrue(e.getMessage().endsWith("request id: " + requestId), e.getMessage());
    assertEquals(fake.settings().bind(), body.get("HostId"));
    assertTrue(((String) body.get("Recommend")).endsWith("requestId=" + requestId), body.toString());
  }

  /**
   * The core SDK throws ClientException for a 4xx (ServerException, its subclass, for a 5xx) and
   * does not expose the status, so the same request is also sent with doAction, which returns the
   * raw answer.
   */
  private static void assertCoreError(AcsRequest<?> request, int status, String code)
      throws ClientException {
    IAcsClient client = Sdks.core();
    ClientException e = assertThrows(ClientException.class, () -> client.getAcsResponse(request));
    assertFalse(e instanceof ServerException, e.toString());
    assertEquals(code, e.getErrCode(), e.toString());
    assertTrue(e.getRequestId().matches(WireAnswer.ALIBABA_REQUEST_ID), e.toString());
    assertFalse(e.getErrMsg().isBlank(), e.toString());

    HttpResponse raw = client.doAction(request);
    assertEquals(status, raw.getStatus());
    assertEquals(Envelopes.ALIBABA_CONTENT_TYPE, raw.getHeaderValue("Content-Type"));
    assertTrue(raw.getHttpContentString().contains("\"Code\":\"" + code + "\""), raw.getHttpContentString());
  }

  private static void assertCoreError(CommonRequest request, int status, String code)
      throws ClientException {
    IAcsClient client = Sdks.core();
    ClientException e = assertThrows(ClientException.class, () -> client.getCommonResponse(request));
    assertFalse(e instanceof ServerException, e.toString());
    assertEquals(code, e.getErrCode(), e.toString());
    assertTrue(e.getRequestId().matches(WireAnswer.ALIBABA_REQUEST_ID), e.toString());
    assertCoreError(request.buildRequest(), status, code);
  }
}
