package io.clouddouble.junit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.aliyun.tea.TeaException;
import com.huaweicloud.sdk.core.exception.ClientRequestException;
import com.huaweicloud.sdk.dns.v2.model.ShowPrivateZoneRequest;
import io.clouddouble.CloudDouble;
import io.clouddouble.auth.SignatureMode;
import io.clouddouble.testkit.Sdks;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** One fake for the class, injected into a static @BeforeAll, the constructor and test methods. */
@CloudDoubleTest(signatures = SignatureMode.LENIENT)
class CloudDoubleTestAnnotationTest {
  private static CloudDouble classFake;
  private final CloudDouble constructed;

  @BeforeAll
  static void remember(CloudDouble fake) {
    classFake = fake;
  }

  CloudDoubleTestAnnotationTest(CloudDouble fake) {
    constructed = fake;
  }

  @Test
  void everyInjectionPointSeesTheSameFakeOnAFreePort(CloudDouble fake) {
    assertSame(classFake, fake);
    assertSame(classFake, constructed);
    assertNotEquals(0, fake.port());
    assertNotEquals(8080, fake.port());
    assertEquals(SignatureMode.LENIENT, fake.settings().signatures());
  }

  @Test
  void theTeaSdkReachesItThroughTheInjectedEndpoint(@CloudDoubleEndpoint String endpoint, CloudDouble fake) {
    assertEquals("127.0.0.1:" + fake.port(), endpoint);
    TeaException e =
        assertThrows(TeaException.class, () -> Sdks.callTea(Sdks.tea(fake), "DescribeThings", "2099-01-01", Map.of(), null));
    assertEquals("InvalidVersion", e.getCode());
    assertEquals(400, e.getStatusCode());
  }

  @Test
  void theHuaweiSdkReachesItThroughTheInjectedBaseUrl(@CloudDoubleBaseUrl String baseUrl, CloudDouble fake) {
    assertEquals("http://127.0.0.1:" + fake.port(), baseUrl);
    ClientRequestException e =
        assertThrows(ClientRequestException.class,
            () -> Sdks.huawei(fake).showPrivateZone(new ShowPrivateZoneRequest().withZoneId("0".repeat(32))));
    assertEquals(404, e.getHttpStatusCode());
    assertEquals("DNS.0302", e.getErrorCode());
  }

  @Nested
  class NestedTests {
    @Test
    void shareTheEnclosingClassFake(CloudDouble fake) {
      assertSame(classFake, fake);
    }
  }
}
