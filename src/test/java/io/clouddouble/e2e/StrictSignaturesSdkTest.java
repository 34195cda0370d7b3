package io.clouddouble.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.aliyun.tea.TeaException;
import com.aliyuncs.AcsRequest;
import com.aliyuncs.CommonRequest;
import com.aliyuncs.cloudapi.model.v20160714.RemoveVpcAccessRequest;
import com.aliyuncs.exceptions.ClientException;
import com.aliyuncs.http.MethodType;
import com.aliyuncs.http.ProtocolType;
import com.aliyuncs.privatelink.model.v20200415.DisableVpcEndpointZoneConnectionRequest;
import com.huaweicloud.sdk.core.exception.ClientRequestException;
import com.huaweicloud.sdk.dns.v2.model.ListPrivateZonesRequest;
import io.clouddouble.CloudDouble;
import io.clouddouble.Settings;
import io.clouddouble.auth.SignatureMode;
import io.clouddouble.testkit.Sdks;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The official SDKs against a strict fake: with the right secret every request passes the gateway's
 * signature check (and meets whatever comes next); with a wrong one each SDK raises its typed
 * signature error, and the core SDK recognises the server's string to sign as its own.
 */
class StrictSignaturesSdkTest {
  private static final Set<String> SIGNATURE_ERRORS =
      Set.of(
          "SignatureDoesNotMatch",
          "IncompleteSignature",
          "InvalidAccessKeyId.NotFound",
          "InvalidTimeStamp.Expired",
          "InvalidTimeStamp.Format",
          "SignatureNonceUsed",
          "InvalidSignatureMethod",
          "SDK.InvalidAccessKeySecret",
          "APIGW.0301");
  private static final String WRONG = "wrongSecret";

  @TempDir static Path dir;
  private static CloudDouble fake;

  @BeforeAll
  static void start() throws Exception {
    Path credentials = dir.resolve("credentials");
    Files.writeString(
        credentials,
        Sdks.ALIBABA_AK + ":" + Sdks.ALIBABA_SECRET + ":1234567890123456\n"
            + Sdks.HUAWEI_AK + ":" + Sdks.HUAWEI_SK + ":" + Sdks.HUAWEI_PROJECT + "\n");
    fake =
        CloudDouble.start(
            Settings.defaults().withPort(0).withSignatures(SignatureMode.STRICT).withCredentials(credentials));
  }

  @AfterAll
  static void stop() {
    fake.stop();
  }

  private static void passesTheGateway(String code) {
    assertNotNull(code);
    assertFalse(SIGNATURE_ERRORS.contains(code), code);
  }

  // --- Tea (V3 and V1) ---

  private static TeaException tea(String secret, String algorithm) {
    return assertThrows(
        TeaException.class,
        () ->
            Sdks.callTea(
                Sdks.tea(fake, Sdks.ALIBABA_AK, secret, algorithm),
                "RejectVpcPeerConnection",
                "2022-01-01",
                Map.of("LinkType", "a b*~"),
                Map.of("InstanceId", "pcc-1", "DryRun", "false")));
  }

  @Test
  void teaV3PassesWithTheRightSecret() {
    passesTheGateway(tea(Sdks.ALIBABA_SECRET, null).getCode());
  }

  @Test
  void teaV1PassesWithTheRightSecret() {
    passesTheGateway(tea(Sdks.ALIBABA_SECRET, "v2").getCode());
  }

  @Test
  void teaV3AndV1GetSignatureDoesNotMatchWithAWrongSecret() {
    for (String algorithm : new String[] {null, "v2"}) {
      TeaException error = tea(WRONG, algorithm);
      assertEquals("SignatureDoesNotMatch", error.getCode());
      assertEquals(400, error.getStatusCode());
      assertTrue(error.getMessage().contains("server string to sign is:"), error.getMessage());
      assertNotNull(error.getData().get("RequestId"));
    }
  }

  // --- core SDK (V1) ---

  private static ClientException core(String secret, AcsRequest<?> request) {
    return assertThrows(ClientException.class, () -> Sdks.core(Sdks.ALIBABA_AK, secret).getAcsResponse(request));
  }

  private static ClientException coreCommon(String secret) {
    CommonRequest request = new CommonRequest();
    request.setSysMethod(MethodType.POST);
    request.setSysDomain(fake.endpoint());
    request.setSysProtocol(ProtocolType.HTTP);
    request.setSysVersion("2022-01-01");
    request.setSysAction("RejectVpcPeerConnection");
    request.putQueryParameter("InstanceId", "pcc-lnk0m24khwvtkm0****");
    return assertThrows(
        ClientException.class, () -> Sdks.core(Sdks.ALIBABA_AK, secret).getCommonResponse(request));
  }

  private static DisableVpcEndpointZoneConnectionRequest privatelink() {
    DisableVpcEndpointZoneConnectionRequest request = new DisableVpcEndpointZoneConnectionRequest();
    request.setSysEndpoint(fake.endpoint());
    request.setSysProtocol(ProtocolType.HTTP);
    request.setEndpointId("ep-hp33b2e43fays7s8****");
    request.setZoneId("cn-huhehaote-b");
    return request;
  }

  private static RemoveVpcAccessRequest cloudapi() {
    RemoveVpcAccessRequest request = new RemoveVpcAccessRequest();
    request.setSysEndpoint(fake.endpoint());
    request.setSysProtocol(ProtocolType.HTTP);
    request.setVpcId("vpc-uf657qec7lx42paw3qxxx");
    request.setInstanceId("i-uf6bzcg1pr4oh5jjmxxx");
    request.setPort(8080);
    return request;
  }

  @Test
  void coreRequestsPassWithTheRightSecret() {
    passesTheGateway(coreCommon(Sdks.ALIBABA_SECRET).getErrCode());
    passesTheGateway(core(Sdks.ALIBABA_SECRET, privatelink()).getErrCode());
    passesTheGateway(core(Sdks.ALIBABA_SECRET, cloudapi()).getErrCode());
  }

  /**
   * For typed requests (getAcsResponse) the SDK finds its own string to sign after "string to sign
   * is:" and blames the secret: proof that the server's V1 string to sign equals the SDK's byte for
   * byte, for POST (privatelink) and GET (cloudapi).
   */
  @Test
  void coreTypedRequestsReportInvalidAccessKeySecretWithAWrongSecret() {
    for (AcsRequest<?> request : java.util.List.<AcsRequest<?>>of(privatelink(), cloudapi())) {
      ClientException error = core(WRONG, request);
      assertEquals("SDK.InvalidAccessKeySecret", error.getErrCode(), error.getMessage());
      assertNotNull(error.getRequestId());
    }
  }

  /** getCommonResponse (core 4.7.10) raises the server's error as is, without that comparison. */
  @Test
  void coreCommonRequestGetsSignatureDoesNotMatchWithAWrongSecret() {
    ClientException error = coreCommon(WRONG);
    assertEquals("SignatureDoesNotMatch", error.getErrCode());
    assertTrue(error.getErrMsg().startsWith("Specified signature is not matched with our calculation. server string to sign is:POST&%2F&AccessKeyId%3DtestAccessKeyId%26Action%3DRejectVpcPeerConnection"), error.getErrMsg());
    assertNotNull(error.getRequestId());
  }

  // --- Huawei ---

  private static ClientRequestException huawei(String sk) {
    return assertThrows(
        ClientRequestException.class,
        () ->
            Sdks.huawei(fake, Sdks.HUAWEI_AK, sk, Sdks.HUAWEI_PROJECT)
                .listPrivateZones(new ListPrivateZonesRequest().withType("private").withName("a b*~/x")
                    .withMarker("not-a-zone-id"))); // past the gateway, an invalid marker is DNS.0007
  }

  @Test
  void huaweiPassesWithTheRightSecret() {
    passesTheGateway(huawei(Sdks.HUAWEI_SK).getErrorCode());
  }

  @Test
  void huaweiGetsApigw0301WithAWrongSecret() {
    ClientRequestException error = huawei(WRONG);
    assertEquals(401, error.getHttpStatusCode());
    assertEquals("APIGW.0301", error.getErrorCode());
    assertEquals("Incorrect IAM authentication information: verify aksk signature fail", error.getErrorMsg());
    assertNotNull(error.getRequestId());
  }
}
