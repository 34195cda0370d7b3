package io.clouddouble.state;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.aliyuncs.exceptions.ClientException;
import com.aliyuncs.http.ProtocolType;
import com.aliyuncs.privatelink.model.v20200415.GetVpcEndpointAttributeRequest;
import io.clouddouble.CloudDouble;
import io.clouddouble.Settings;
import io.clouddouble.testkit.Sdks;
import io.clouddouble.testkit.StubsRoots;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A plain WireMock mapping a user adds for an operation answers it instead of the operation's
 * behaviour, whether it comes from {@code stubs/mappings/} or from WireMock's admin API, and the
 * behaviour answers again once the mapping is gone: the state gate answers from a behaviour itself
 * only while no such mapping exists (seen here through the official SDK).
 */
class UserMappingOverrideTest {
  private static final String ENDPOINT = "ep-bp1demo0endpoint000001";
  private static final String OVERRIDE = """
      {"request": {"method": "ANY", "urlPattern": ".*",
                   "headers": {"X-CloudDouble-Operation": {"equalTo": "Privatelink:GetVpcEndpointAttribute"}}},
       "response": {"status": 200, "headers": {"Content-Type": "application/json;charset=utf-8"},
                    "jsonBody": {"RequestId": "0ED8D006-F706-4D23-88ED-E11ED28DCAC0",
                                 "EndpointId": "ep-bp1demo0endpoint000001", "EndpointStatus": "Inactive"}}}
      """;

  @Test
  void aMappingAddedThroughTheAdminApiWinsUntilItIsRemoved() throws ClientException {
    try (CloudDouble fake = CloudDouble.start(Settings.defaults().withPort(0))) {
      assertEquals("Active", status(fake));
      String id = given().body(OVERRIDE).post(fake.baseUrl() + "/__admin/mappings")
          .then().statusCode(201).extract().path("id");
      assertEquals("Inactive", status(fake));
      given().delete(fake.baseUrl() + "/__admin/mappings/" + id).then().statusCode(200);
      assertEquals("Active", status(fake));
    }
  }

  @Test
  void aMappingUnderTheStubsRootWinsFromTheStart(@TempDir Path root) throws ClientException {
    StubsRoots.withMapping(Path.of("stubs"), root, "override.json", OVERRIDE);
    try (CloudDouble fake = CloudDouble.start(Settings.defaults().withPort(0).withStubs(root))) {
      assertEquals("Inactive", status(fake));
    }
  }

  private static String status(CloudDouble fake) throws ClientException {
    GetVpcEndpointAttributeRequest get = new GetVpcEndpointAttributeRequest();
    get.setSysEndpoint(fake.endpoint());
    get.setSysProtocol(ProtocolType.HTTP);
    get.putQueryParameter("RegionId", "cn-hangzhou");
    get.setEndpointId(ENDPOINT);
    return Sdks.core().getAcsResponse(get).getEndpointStatus();
  }
}
