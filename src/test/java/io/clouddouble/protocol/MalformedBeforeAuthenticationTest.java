package io.clouddouble.protocol;

import io.clouddouble.CloudDouble;
import io.clouddouble.junit.CloudDoubleTest;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * Under the default signature mode an unsigned request that cannot be read still gets the parse
 * error, not an authentication error: the gateway (and the preflight before it) reads a request
 * before it authenticates it, as the real gateways do.
 */
@CloudDoubleTest
class MalformedBeforeAuthenticationTest {

  @Test
  void badPercentEscapeInQuery(CloudDouble fake) {
    new RawHttp(fake)
        .socket("GET /?Action=DescribeThings&Version=%ZZ HTTP/1.1\r\nHost: 127.0.0.1")
        .assertAlibabaError(400, "InvalidParameter");
  }

  @Test
  void unknownContentTypeWithBody(CloudDouble fake) {
    new RawHttp(fake)
        .post("/?Action=DescribeThings&Version=2020-04-15", "text/plain", "hello".getBytes(StandardCharsets.UTF_8))
        .assertAlibabaError(400, "InvalidParameter");
  }

  @Test
  void invalidJsonOnAHuaweiRoute(CloudDouble fake) {
    new RawHttp(fake)
        .post("/v2/zones", "application/json", "{\"name\":".getBytes(StandardCharsets.UTF_8))
        .assertDnsError(400, "DNS.0002");
  }

  @Test
  void oversizeBody(CloudDouble fake) {
    byte[] body = new byte[RequestPreflight.MAX_BODY_BYTES + 1];
    new RawHttp(fake).post("/v2/zones", "application/json", body).assertDnsError(413, "DNS.0027");
  }
}
