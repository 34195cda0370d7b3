package io.clouddouble.junit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.aliyuncs.exceptions.ClientException;
import com.aliyuncs.exceptions.ServerException;
import io.clouddouble.CloudDouble;
import io.clouddouble.auth.SignatureMode;
import io.clouddouble.testkit.Sdks;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Programmatic registration: the field gives the running fake, and so do injected parameters. */
class RegisteredExtensionTest {
  @RegisterExtension
  static CloudDoubleExtension fake = CloudDoubleExtension.builder().signatures(SignatureMode.OFF).build();

  @Test
  void theFieldAndTheParameterAreTheSameFake(CloudDouble injected) {
    assertSame(fake.cloudDouble(), injected);
    assertEquals(injected.endpoint(), fake.endpoint());
    assertEquals(injected.baseUrl(), fake.baseUrl());
    assertEquals(SignatureMode.OFF, injected.settings().signatures());
  }

  @Test
  void theCoreSdkReachesItThroughTheFieldsEndpoint() {
    ClientException e =
        assertThrows(
            ClientException.class,
            () -> Sdks.core().getCommonResponse(Sdks.commonRequest(fake.cloudDouble(), "DescribeThings", "2099-01-01")));
    assertFalse(e instanceof ServerException);
    assertEquals("InvalidVersion", e.getErrCode());
  }
}
