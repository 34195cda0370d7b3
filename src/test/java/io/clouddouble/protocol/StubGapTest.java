package io.clouddouble.protocol;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.aliyun.tea.TeaException;
import com.huaweicloud.sdk.core.exception.ServerResponseException;
import com.huaweicloud.sdk.dns.v2.model.DisassociateRouterRequest;
import com.huaweicloud.sdk.dns.v2.model.DisassociaterouterRequestBody;
import com.huaweicloud.sdk.dns.v2.model.Router;
import io.clouddouble.CloudDouble;
import io.clouddouble.Settings;
import io.clouddouble.testkit.Sdks;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A routed, valid request that no mapping answers is a gap in the stubs: the SDK gets the
 * provider's internal error naming the operation, not WireMock's bare 404.
 */
class StubGapTest {

  @Test
  void alibabaGapIsInternalErrorNamingTheOperation(@TempDir Path stubs) throws Exception {
    Files.createDirectories(stubs.resolve("mappings"));
    try (CloudDouble fake = CloudDouble.start(Settings.defaults().withPort(0).withStubs(stubs))) {
      TeaException error =
          assertThrows(
              TeaException.class,
              () ->
                  Sdks.callTea(
                      Sdks.tea(fake),
                      "GetVpcEndpointAttribute",
                      "2020-04-15",
                      Map.of("RegionId", "cn-hangzhou", "EndpointId", "ep-gap"),
                      null));
      assertEquals("InternalError", error.getCode());
      assertEquals(500, error.getStatusCode());
      assertTrue(error.getMessage().contains("Privatelink:GetVpcEndpointAttribute"), error.getMessage());
      assertTrue(String.valueOf(error.getData().get("RequestId")).matches(WireAnswer.ALIBABA_REQUEST_ID));
    }
  }

  @Test
  void huaweiGapIsDns0001NamingTheOperation(@TempDir Path stubs) throws Exception {
    Files.createDirectories(stubs.resolve("mappings"));
    try (CloudDouble fake = CloudDouble.start(Settings.defaults().withPort(0).withStubs(stubs))) {
      DisassociateRouterRequest request =
          new DisassociateRouterRequest()
              .withZoneId("ff8080828a18fa93018a75556d0a198c")
              .withBody(
                  new DisassociaterouterRequestBody()
                      .withRouter(new Router().withRouterId("f0791650-db8c-4a20-8a44-a06c6e24b15b")));
      ServerResponseException error =
          assertThrows(ServerResponseException.class, () -> Sdks.huawei(fake).disassociateRouter(request));
      assertEquals(500, error.getHttpStatusCode());
      assertEquals("DNS.0001", error.getErrorCode());
      assertTrue(error.getErrorMsg().contains("DNS:DisassociateRouter"), error.getErrorMsg());
      assertTrue(error.getRequestId().matches(WireAnswer.HUAWEI_REQUEST_ID), error.getRequestId());
    }
  }
}
