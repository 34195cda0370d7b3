package io.clouddouble.protocol;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.aliyun.tea.TeaException;
import com.aliyuncs.AcsRequest;
import com.aliyuncs.CommonRequest;
import com.aliyuncs.IAcsClient;
import com.aliyuncs.cloudapi.model.v20160714.DescribeApiGroupsRequest;
import com.aliyuncs.exceptions.ClientException;
import com.aliyuncs.exceptions.ServerException;
import com.aliyuncs.http.HttpResponse;
import com.aliyuncs.privatelink.model.v20200415.ListVpcEndpointServicesRequest;
import com.huaweicloud.sdk.core.exception.ServerResponseException;
import com.huaweicloud.sdk.dns.v2.model.DisassociateRouterRequest;
import com.huaweicloud.sdk.dns.v2.model.DisassociaterouterRequestBody;
import com.huaweicloud.sdk.dns.v2.model.Router;
import io.clouddouble.CloudDouble;
import io.clouddouble.Settings;
import io.clouddouble.testkit.Sdks;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The honest answer for a documented operation that has no behaviour: its contract validates the
 * request first (parameter errors come back as documented), then the SDK gets 501 {@code
 * NotEmulated} (Alibaba) or {@code CloudDouble.NotEmulated} (Huawei) in the provider's envelope,
 * naming the operation. {@code InvalidAction.NotFound} stays for actions the metadata does not have.
 *
 * <p>Most cases ask a fake with no stubs at all, where every documented operation is not emulated
 * whatever behaviour {@code stubs/} gains later; CloudAPI {@code DescribeInstances} (instances are
 * outside the emulated workflow) is also asked of the packaged stubs.
 */
class NotEmulatedTest {
  private static final String PRIVATELINK = "2020-04-15";
  private static final String CLOUDAPI = "2016-07-14";
  private static final Map<String, String> REGION = Map.of("RegionId", "cn-hangzhou");

  @TempDir static Path noStubs;
  private static CloudDouble bare;
  private static CloudDouble packaged;

  @BeforeAll
  static void start() throws Exception {
    Files.createDirectories(noStubs.resolve("mappings"));
    bare = CloudDouble.start(Settings.defaults().withPort(0).withStubs(noStubs));
    packaged = CloudDouble.start(Settings.defaults().withPort(0));
  }

  @AfterAll
  static void stop() {
    bare.stop();
    packaged.stop();
  }

  @Test
  void teaV3GetsNotEmulatedNamingTheOperation() {
    assertNotEmulated(
        tea(Sdks.tea(bare), "ListVpcEndpointServices", PRIVATELINK, REGION), bare, "Privatelink ListVpcEndpointServices (2020-04-15)");
    assertNotEmulated(
        tea(Sdks.tea(bare), "CreateApiGroup", CLOUDAPI, Map.of("GroupName", "weather")), bare, "CloudAPI CreateApiGroup (2016-07-14)");
    assertNotEmulated(
        tea(Sdks.tea(packaged), "DescribeInstances", CLOUDAPI, Map.of()), packaged, "CloudAPI DescribeInstances (2016-07-14)");
  }

  @Test
  void teaV1GetsNotEmulatedNamingTheOperation() {
    assertNotEmulated(
        tea(Sdks.teaV1(bare), "ListVpcEndpointServices", PRIVATELINK, REGION), bare, "Privatelink ListVpcEndpointServices (2020-04-15)");
  }

  @Test
  void coreCommonRequestGetsNotEmulatedNamingTheOperation() throws ClientException {
    CommonRequest services = Sdks.commonRequest(bare, "ListVpcEndpointServices", PRIVATELINK);
    services.putQueryParameter("RegionId", "cn-hangzhou");
    assertCoreNotEmulated(services, "Privatelink ListVpcEndpointServices (2020-04-15)");

    CommonRequest group = Sdks.commonRequest(bare, "CreateApiGroup", CLOUDAPI);
    group.putQueryParameter("GroupName", "weather");
    assertCoreNotEmulated(group, "CloudAPI CreateApiGroup (2016-07-14)");

    assertCoreNotEmulated(Sdks.commonRequest(packaged, "DescribeInstances", CLOUDAPI), "CloudAPI DescribeInstances (2016-07-14)");
  }

  @Test
  void coreTypedRequestsGetNotEmulated() throws ClientException {
    ListVpcEndpointServicesRequest services = Sdks.at(bare, new ListVpcEndpointServicesRequest());
    services.setSysRegionId("cn-hangzhou");
    assertCoreNotEmulated(services, "Privatelink ListVpcEndpointServices (2020-04-15)");
    assertCoreNotEmulated(Sdks.at(bare, new DescribeApiGroupsRequest()), "CloudAPI DescribeApiGroups (2016-07-14)");
  }

  @Test
  void theContractStillValidatesFirst() throws ClientException {
    TeaException missing = tea(Sdks.tea(bare), "CreateApiGroup", CLOUDAPI, Map.of("Description", "no name"));
    assertEquals("MissingGroupName", missing.getCode());
    assertEquals(400, missing.getStatusCode());
    assertEquals("GroupName is mandatory for this action.", missing.getData().get("Message"));

    CommonRequest delete = Sdks.commonRequest(bare, "DeleteVpcEndpointService", PRIVATELINK);
    delete.putQueryParameter("RegionId", "cn-hangzhou");
    ClientException noService = assertThrows(ClientException.class, () -> Sdks.core().getCommonResponse(delete));
    assertFalse(noService instanceof ServerException, noService.toString());
    assertEquals("MissingServiceId", noService.getErrCode());

    TeaException tooMany =
        tea(Sdks.tea(bare), "ListVpcEndpointServices", PRIVATELINK, Map.of("RegionId", "cn-hangzhou", "MaxResults", "1001"));
    assertEquals("InvalidParameter", tooMany.getCode());
    assertEquals("The specified parameter \"MaxResults\" is not valid.", tooMany.getData().get("Message"));

    TeaException notInEnum = tea(Sdks.tea(bare), "DescribeLogConfig", CLOUDAPI, Map.of("LogType", "audit"));
    assertEquals("InvalidParameter", notInEnum.getCode());
    assertEquals("The specified parameter \"LogType\" is not valid.", notInEnum.getData().get("Message"));

    TeaException notBoolean = tea(Sdks.tea(packaged), "DescribeInstances", CLOUDAPI, Map.of("EnableTagAuthorization", "maybe"));
    assertEquals("InvalidParameter", notBoolean.getCode());
    assertEquals("The specified parameter \"EnableTagAuthorization\" is not valid.", notBoolean.getData().get("Message"));
  }

  /** A {@code json}-style parameter (ImportSwagger's GlobalCondition) is parsed before its schema judges it. */
  @Test
  void aJsonStyleParameterIsValidatedAsJson() {
    Map<String, String> swagger =
        Map.of("GroupId", "d633cf5524f841b9950e245b191bdabf", "Data", "swagger: '2.0'", "DataFormat", "yaml", "Overwrite", "true");
    Map<String, String> broken = new HashMap<>(swagger);
    broken.put("GlobalCondition", "{not json");
    TeaException invalid = tea(Sdks.tea(bare), "DryRunSwagger", CLOUDAPI, broken);
    assertEquals("InvalidParameter", invalid.getCode());
    assertTrue(String.valueOf(invalid.getData().get("Message")).contains("\"GlobalCondition\""), invalid.getMessage());

    Map<String, String> valid = new HashMap<>(swagger);
    valid.put("GlobalCondition", "{\"x-condition\":{\"a\":1}}");
    assertNotEmulated(tea(Sdks.tea(bare), "DryRunSwagger", CLOUDAPI, valid), bare, "CloudAPI DryRunSwagger (2016-07-14)");
  }

  @Test
  void anActionNotInTheMetadataIsStillInvalidActionNotFound() {
    TeaException unknown = tea(Sdks.tea(bare), "DescribeNothingAtAll", CLOUDAPI, Map.of());
    assertEquals("InvalidAction.NotFound", unknown.getCode());
    assertEquals(404, unknown.getStatusCode());
  }

  @Test
  void huaweiGetsCloudDoubleNotEmulatedInTheGatewayEnvelope() {
    DisassociateRouterRequest request =
        new DisassociateRouterRequest()
            .withZoneId("ff8080828a18fa93018a75556d0a198c")
            .withBody(
                new DisassociaterouterRequestBody()
                    .withRouter(new Router().withRouterId("f0791650-db8c-4a20-8a44-a06c6e24b15b")));
    ServerResponseException error =
        assertThrows(ServerResponseException.class, () -> Sdks.huawei(bare).disassociateRouter(request));
    assertEquals(501, error.getHttpStatusCode());
    assertEquals("CloudDouble.NotEmulated", error.getErrorCode());
    assertTrue(error.getErrorMsg().startsWith("clouddouble does not emulate DNS DisassociateRouter (v2) yet"), error.getErrorMsg());
    assertTrue(error.getRequestId().matches(WireAnswer.HUAWEI_REQUEST_ID), error.getRequestId());
  }

  private static TeaException tea(com.aliyun.teaopenapi.Client client, String action, String version, Map<String, String> query) {
    return assertThrows(TeaException.class, () -> Sdks.callTea(client, action, version, query, null));
  }

  private static void assertNotEmulated(TeaException e, CloudDouble fake, String operation) {
    assertEquals("NotEmulated", e.getCode(), e.getMessage());
    assertEquals(501, e.getStatusCode());
    Map<String, Object> body = e.getData();
    assertTrue(String.valueOf(body.get("Message")).startsWith("clouddouble does not emulate " + operation + " yet;"), body.toString());
    assertTrue(String.valueOf(body.get("RequestId")).matches(WireAnswer.ALIBABA_REQUEST_ID), body.toString());
    assertEquals(fake.settings().bind(), body.get("HostId"));
  }

  /** The core SDK throws ServerException for a 5xx; doAction shows the raw 501 and envelope. */
  private static void assertCoreNotEmulated(CommonRequest request, String operation) throws ClientException {
    ServerException e = assertThrows(ServerException.class, () -> Sdks.core().getCommonResponse(request));
    assertCoreNotEmulated(e, operation);
    assertRaw(request.buildRequest());
  }

  private static void assertCoreNotEmulated(AcsRequest<?> request, String operation) throws ClientException {
    ServerException e = assertThrows(ServerException.class, () -> Sdks.core().getAcsResponse(request));
    assertCoreNotEmulated(e, operation);
    assertRaw(request);
  }

  private static void assertCoreNotEmulated(ServerException e, String operation) {
    assertEquals("NotEmulated", e.getErrCode(), e.toString());
    assertTrue(e.getErrMsg().startsWith("clouddouble does not emulate " + operation + " yet;"), e.toString());
    assertTrue(e.getRequestId().matches(WireAnswer.ALIBABA_REQUEST_ID), e.toString());
  }

  private static void assertRaw(AcsRequest<?> request) throws ClientException {
    IAcsClient client = Sdks.core();
    HttpResponse raw = client.doAction(request);
    assertEquals(501, raw.getStatus());
    assertEquals(Envelopes.ALIBABA_CONTENT_TYPE, raw.getHeaderValue("Content-Type"));
    assertTrue(raw.getHttpContentString().contains("\"Code\":\"NotEmulated\""), raw.getHttpContentString());
  }
}
