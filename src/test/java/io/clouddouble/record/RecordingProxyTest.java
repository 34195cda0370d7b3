package io.clouddouble.record;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.aliyun.tea.TeaException;
import com.aliyuncs.cloudapi.model.v20160714.RemoveVpcAccessRequest;
import com.aliyuncs.exceptions.ClientException;
import com.aliyuncs.privatelink.model.v20200415.DisableVpcEndpointZoneConnectionRequest;
import com.huaweicloud.sdk.core.exception.ServiceResponseException;
import com.huaweicloud.sdk.dns.v2.model.ListPrivateZonesRequest;
import io.clouddouble.testkit.Sdks;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The official SDKs, with credentials the target has never heard of, talk to the strict target
 * through the recorder: every signature style is re-signed with the real credentials and passes the
 * target's check, and every call lands in the recording.
 */
class RecordingProxyTest {
  private static final Set<String> SIGNATURE_ERRORS =
      Set.of("SignatureDoesNotMatch", "IncompleteSignature", "InvalidAccessKeyId.NotFound",
          "SDK.InvalidAccessKeySecret", "APIGW.0301", "SignatureNonceUsed");

  @TempDir static Path dir;
  private static StrictTarget target;
  private static RecordingProxy recorder;

  @BeforeAll
  static void start() {
    target = new StrictTarget(dir);
    recorder = target.recorder("proxy-test", dir.resolve("recording"));
  }

  @AfterAll
  static void stop() {
    recorder.close();
    target.close();
  }

  private static void passedTheTargetsSignatureCheck(String code) {
    assertFalse(SIGNATURE_ERRORS.contains(code), "the target rejected the signature: " + code);
  }

  private static Map<String, ?> tea(String algorithm) throws Exception {
    return Sdks.callTea(
        Sdks.tea(recorder.endpoint(), "clientKeyId", "clientSecret", algorithm),
        "RejectVpcPeerConnection",
        "2022-01-01",
        Map.of(),
        Map.of("InstanceId", "pcc-abcdefghijklmnop0001", "DryRun", "true"));
  }

  @Test
  void teaV3AndV1AreResigned() {
    for (String algorithm : new String[] {null, "v2"}) {
      TeaException error = assertThrows(TeaException.class, () -> tea(algorithm));
      passedTheTargetsSignatureCheck(error.getCode());
    }
  }

  @Test
  void coreTypedRequestsAreResignedForPostAndGet() {
    DisableVpcEndpointZoneConnectionRequest disable = new DisableVpcEndpointZoneConnectionRequest();
    disable.setEndpointId("ep-abcdefghijklmnop0001");
    disable.setZoneId("cn-hangzhou-b");
    disable.setServiceId("epsrv-abcdefghijklmnop0001");
    RemoveVpcAccessRequest remove = new RemoveVpcAccessRequest();
    remove.setVpcId("vpc-abcdefghijklmnop0001");
    remove.setInstanceId("i-abcdefghijklmnop0001");
    remove.setPort(8080);
    for (com.aliyuncs.AcsRequest<?> request : List.<com.aliyuncs.AcsRequest<?>>of(disable, remove)) {
      ClientException error =
          assertThrows(
              ClientException.class,
              () -> Sdks.core("clientKeyId", "clientSecret").getAcsResponse(Sdks.at(recorder.endpoint(), request)));
      passedTheTargetsSignatureCheck(error.getErrCode());
    }
  }

  @Test
  void huaweiIsResignedWithTheRealProject() {
    try {
      Sdks.huawei(recorder.baseUrl(), "clientAk0123", "clientSk0123", "ffffffffffffffffffffffffffffffff")
          .listPrivateZones(new ListPrivateZonesRequest().withType("private"));
    } catch (ServiceResponseException error) {
      passedTheTargetsSignatureCheck(error.getErrorCode());
    }
  }

  @Test
  void everyCallIsRecorded() throws Exception {
    assertThrows(TeaException.class, () -> tea(null));
    try (Stream<Path> files = Files.list(dir.resolve("recording").resolve(Recording.MAPPINGS))) {
      List<Path> mappings = files.toList();
      assertTrue(mappings.stream().anyMatch(f -> f.getFileName().toString().endsWith("VpcPeer-RejectVpcPeerConnection.json")), mappings.toString());
    }
    assertNotNull(recorder.recording());
    assertEquals("proxy-test", recorder.recording().name());
  }
}
