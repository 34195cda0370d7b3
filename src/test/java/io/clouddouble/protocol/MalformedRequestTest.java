package io.clouddouble.protocol;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.clouddouble.CloudDouble;
import io.clouddouble.Settings;
import io.clouddouble.auth.SignatureMode;
import java.net.http.HttpRequest.BodyPublishers;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * Requests no SDK sends. Each gets a documented 4xx in the provider's JSON envelope: never a 5xx,
 * an HTML page, a stack trace or WireMock's "Request was not matched" page. These raw requests are
 * unsigned, so the fake runs with signatures off to let them reach routing; that the parse errors
 * come before authentication in the default mode is {@link MalformedBeforeAuthenticationTest}'s.
 */
class MalformedRequestTest {
  private static final String FORM = "application/x-www-form-urlencoded";
  private static final String JSON = "application/json";
  /** A version no contract has: the gateway got far enough to read Action and Version. */
  private static final String UNKNOWN_VERSION = "Action=DescribeThings&Version=2099-01-01";

  private static CloudDouble fake;
  private static RawHttp http;

  @BeforeAll
  static void start() {
    fake = CloudDouble.start(Settings.defaults().withPort(0).withSignatures(SignatureMode.OFF));
    http = new RawHttp(fake);
  }

  @AfterAll
  static void stop() {
    fake.stop();
  }

  private static byte[] bytes(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  private static String repeat(char c, int n) {
    char[] chars = new char[n];
    Arrays.fill(chars, c);
    return new String(chars);
  }

  @Nested
  class Alibaba {
    @Test
    void noActionIsMissingAction() {
      http.get("/").assertAlibabaError(400, "MissingAction");
    }

    @Test
    void noVersionIsMissingVersion() {
      http.get("/?Action=DescribeThings").assertAlibabaError(400, "MissingVersion");
    }

    @Test
    void badPercentEscapeInQueryIsInvalidParameter() {
      http.socket("GET /?Action=DescribeThings&Version=%ZZ HTTP/1.1\r\nHost: 127.0.0.1")
          .assertAlibabaError(400, "InvalidParameter");
    }

    @Test
    void truncatedPercentEscapeInQueryIsInvalidParameter() {
      http.socket("GET /?Action=DescribeThings&Version=2020-04-15% HTTP/1.1\r\nHost: 127.0.0.1")
          .assertAlibabaError(400, "InvalidParameter");
    }

    @Test
    void badPercentEscapeInFormBodyIsInvalidParameter() {
      http.post("/", FORM, bytes("Action=DescribeThings&Version=%ZZ")).assertAlibabaError(400, "InvalidParameter");
    }

    @Test
    void percentEncodedInvalidUtf8InQueryIsInvalidParameter() {
      http.get("/?Action=DescribeThings&Version=%C3%28").assertAlibabaError(400, "InvalidParameter");
    }

    @Test
    void rawInvalidUtf8InFormBodyIsInvalidParameter() {
      byte[] body = bytes("Action=DescribeThings&Version=2020-04-15&Name=x");
      body[body.length - 1] = (byte) 0xff;
      http.post("/", FORM, body).assertAlibabaError(400, "InvalidParameter");
    }

    @Test
    void rawNonUtf8ByteInRequestLineIsInvalidParameter() {
      byte[] head = bytes("GET /?Action=DescribeThings&Version=x HTTP/1.1\r\nHost: 127.0.0.1");
      head[head.length - " HTTP/1.1\r\nHost: 127.0.0.1".length() - 1] = (byte) 0xc3;
      http.socket(head, new byte[0]).assertAlibabaError(400, "InvalidParameter");
    }

    @Test
    void uriOverJettyLimitIs414() {
      http.get("/?" + UNKNOWN_VERSION + "&Name=" + repeat('a', 40_000)).assertAlibabaError(414, "InvalidParameter");
    }

    @Test
    void headerOverJettyLimitIs431() {
      http.send(http.to("/?" + UNKNOWN_VERSION).header("X-Padding", repeat('a', 40_000)).GET())
          .assertAlibabaError(431, "InvalidParameter");
    }

    @Test
    void veryLargeFormBodyIs413() {
      byte[] body = bytes(UNKNOWN_VERSION + "&Name=" + repeat('a', RequestPreflight.MAX_BODY_BYTES));
      http.post("/", FORM, body).assertAlibabaError(413, "InvalidParameter");
    }

    @Test
    void veryLargeChunkedBodyIs413() {
      byte[] body = bytes(UNKNOWN_VERSION + "&Name=" + repeat('a', RequestPreflight.MAX_BODY_BYTES));
      http.send(http.to("/").header("Content-Type", FORM).POST(RawHttp.chunked(body)))
          .assertAlibabaError(413, "InvalidParameter");
    }

    @Test
    void unknownContentTypeWithBodyIsInvalidParameter() {
      http.post("/?" + UNKNOWN_VERSION, "text/plain", bytes("hello")).assertAlibabaError(400, "InvalidParameter");
    }

    @Test
    void bodyClaimingGzipThatIsNotIsInvalidParameter() {
      http.send(
              http.to("/")
                  .header("Content-Type", FORM)
                  .header("Content-Encoding", "gzip")
                  .POST(BodyPublishers.ofByteArray(bytes(UNKNOWN_VERSION))))
          .assertAlibabaError(400, "InvalidParameter");
    }

    @Test
    void putAndDeleteOnRootAreUnsupportedHttpMethod() {
      http.send(http.to("/?" + UNKNOWN_VERSION).PUT(BodyPublishers.noBody()))
          .assertAlibabaError(400, "UnsupportedHTTPMethod");
      http.send(http.to("/?" + UNKNOWN_VERSION).DELETE()).assertAlibabaError(400, "UnsupportedHTTPMethod");
    }

    @Test
    void headOnRootIsUnsupportedHttpMethodWithoutBody() {
      WireAnswer answer = http.send(http.to("/?" + UNKNOWN_VERSION).method("HEAD", BodyPublishers.noBody()));
      assertEquals(400, answer.status());
      assertEquals(Envelopes.ALIBABA_CONTENT_TYPE, answer.header("Content-Type"));
      assertEquals("", answer.body());
    }

    @Test
    void pathOfNeitherCloudIsInvalidApiNotFound() {
      http.get("/no/such/api?" + UNKNOWN_VERSION).assertAlibabaError(404, "InvalidApi.NotFound");
    }

    @Test
    void chunkedFormBodyIsReadLikeTheSdksSendIt() {
      http.send(http.to("/").header("Content-Type", FORM).POST(RawHttp.chunked(bytes(UNKNOWN_VERSION))))
          .assertAlibabaError(400, "InvalidVersion");
    }

    @Test
    void brokenChunkedFramingIsInvalidParameter() {
      http.socket(
              bytes("POST / HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: " + FORM + "\r\nTransfer-Encoding: chunked"),
              bytes("ZZ\r\nAction=x\r\n0\r\n\r\n"))
          .assertAlibabaError(400, "InvalidParameter");
    }

    @Test
    void getWithFormBodyIsReadLikePost() {
      http.send(http.to("/").header("Content-Type", FORM).method("GET", BodyPublishers.ofByteArray(bytes(UNKNOWN_VERSION))))
          .assertAlibabaError(400, "InvalidVersion");
    }

    @Test
    void missingHostHeaderIsInvalidParameter() {
      http.socket("GET /?" + UNKNOWN_VERSION + " HTTP/1.1").assertAlibabaError(400, "InvalidParameter");
    }

    @Test
    void multipartWithoutBoundaryIsInvalidParameter() {
      http.post("/?" + UNKNOWN_VERSION, "multipart/form-data", bytes("x")).assertAlibabaError(400, "InvalidParameter");
    }

    @Test
    void unknownCharsetIsInvalidParameter() {
      http.post("/", FORM + "; charset=bogus", bytes(UNKNOWN_VERSION)).assertAlibabaError(400, "InvalidParameter");
    }

    @Test
    void moreParametersThanTheLimitIsInvalidParameter() {
      String many = "&P=1".repeat(RequestPreflight.MAX_PARAMETERS);
      http.post("/?" + UNKNOWN_VERSION, FORM, bytes("Q=1" + many)).assertAlibabaError(400, "InvalidParameter");
    }

    @Test
    void listIndexPastIntRangeIsOnlyAnOrder() {
      http.get("/?Action=CreateVpcEndpoint&Version=2020-04-15&RegionId=cn-hangzhou&Tag.99999999999.Key=k&DryRun=maybe")
          .assertAlibabaError(400, "InvalidParameter");
    }

    @Test
    void connectIsUnsupportedHttpMethod() {
      http.socket("CONNECT 127.0.0.1:22 HTTP/1.1\r\nHost: 127.0.0.1:22").assertAlibabaError(400, "UnsupportedHTTPMethod");
    }

    @Test
    void traceIsUnsupportedHttpMethod() {
      http.socket("TRACE /?" + UNKNOWN_VERSION + " HTTP/1.1\r\nHost: 127.0.0.1").assertAlibabaError(400, "UnsupportedHTTPMethod");
    }

    @Test
    void asteriskTargetsAreAnsweredInTheEnvelope() {
      http.socket("OPTIONS * HTTP/1.1\r\nHost: 127.0.0.1").assertAlibabaError(404, "InvalidApi.NotFound");
      http.socket("PUT * HTTP/1.1\r\nHost: 127.0.0.1").assertAlibabaError(400, "InvalidParameter");
    }

    @Test
    void http09AndUnknownVersionsAre400NotA505() {
      http.exchange(bytes("GET /\r\n\r\n")).assertAlibabaError(400, "InvalidParameter");
      http.socket("GET / HTTP/1.2\r\nHost: 127.0.0.1").assertAlibabaError(400, "InvalidParameter");
    }

    @Test
    void everyErrorCarriesAFreshRequestId() {
      String first = http.get("/").json().get("RequestId").asText();
      String second = http.get("/").json().get("RequestId").asText();
      assertTrue(!first.equals(second), first);
    }
  }

  @Nested
  class Huawei {
    @Test
    void invalidJsonBodyIsDns0002() {
      http.post("/v2/zones", JSON, bytes("{\"name\":")).assertDnsError(400, "DNS.0002");
    }

    @Test
    void jsonArrayBodyIsDns0002() {
      http.post("/v2/zones", JSON, bytes("[{\"name\":\"example.com.\"}]")).assertDnsError(400, "DNS.0002");
    }

    @Test
    void invalidUtf8InJsonBodyIsDns0002() {
      byte[] body = bytes("{\"name\":\"x\"}");
      body[9] = (byte) 0xff;
      http.post("/v2/zones", JSON, body).assertDnsError(400, "DNS.0002");
    }

    @Test
    void badPercentEscapeInQueryIsDns0002() {
      http.socket("GET /v2/zones?type=%ZZ HTTP/1.1\r\nHost: 127.0.0.1").assertDnsError(400, "DNS.0002");
    }

    @Test
    void bodyThatIsNotJsonIsDns0002() {
      http.post("/v2/zones", FORM, bytes("name=example.com.")).assertDnsError(400, "DNS.0002");
    }

    @Test
    void veryLargeBodyIsDns0027() {
      byte[] body = bytes("{\"description\":\"" + repeat('a', RequestPreflight.MAX_BODY_BYTES) + "\"}");
      http.send(http.to("/v2/zones").header("Content-Type", JSON).POST(RawHttp.chunked(body)))
          .assertDnsError(413, "DNS.0027");
    }

    @Test
    void chunkedJsonBodyIsRead() {
      http.send(http.to("/v2/zones").header("Content-Type", JSON).POST(RawHttp.chunked(bytes("{\"name\":"))))
          .assertDnsError(400, "DNS.0002");
    }

    @Test
    void getWithInvalidJsonBodyIsDns0002() {
      http.send(http.to("/v2/zones?type=private").header("Content-Type", JSON).method("GET", BodyPublishers.ofString("{")))
          .assertDnsError(400, "DNS.0002");
    }

    @Test
    void unknownRouteIsApiGateway404() {
      http.get("/v2/no-such-resource").assertHuaweiGatewayError(404, "APIGW.0101");
    }

    @Test
    void unsupportedMethodOnAKnownPathIsApiGateway404() {
      http.send(http.to("/v2/zones").header("Content-Type", JSON).PUT(BodyPublishers.ofString("{}")))
          .assertHuaweiGatewayError(404, "APIGW.0101");
    }

    @Test
    void headIsApiGateway404WithoutBody() {
      WireAnswer answer = http.send(http.to("/v2/no-such-resource").method("HEAD", BodyPublishers.noBody()));
      answer.assertHuaweiHeaders(404);
      assertEquals("", answer.body());
    }

    @Test
    void multipartWithoutBoundaryIsDns0002() {
      http.post("/v2/zones", "multipart/form-data", bytes("{}")).assertDnsError(400, "DNS.0002");
    }

    @Test
    void unknownCharsetIsDns0002() {
      http.post("/v2/zones", JSON + "; charset=bogus", bytes("{}")).assertDnsError(400, "DNS.0002");
    }

    /** Decoded and normalised, this path would be the admin API's: it names no API instead. */
    @Test
    void encodedTraversalIsApiGateway404() {
      for (String path : new String[] {"/v2/zones/..%2f..%2f__admin/mappings", "/v2/zones/../../__admin/mappings", "/v2/zones/%2e%2e/x", "/v2//zones", "/v2/zones;x/y"}) {
        http.socket("GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1").assertHuaweiGatewayError(404, "APIGW.0101");
      }
    }

    @Test
    void connectWithHuaweiHeadersIsApiGateway404() {
      http.socket("CONNECT 127.0.0.1:22 HTTP/1.1\r\nHost: 127.0.0.1:22\r\nX-Auth-Token: t").assertHuaweiGatewayError(404, "APIGW.0101");
    }

    /** Jetty rejects these before the request line is known: the cloud is unknown, so Alibaba's envelope. */
    @Test
    void uriOverJettyLimitOnAHuaweiPathIs414InTheFallbackEnvelope() {
      http.get("/v2/zones?name=" + repeat('a', 40_000)).assertAlibabaError(414, "InvalidParameter");
    }
  }

  @Test
  void adminHealthStillAnswers200() {
    WireAnswer health = http.get("/__admin/health");
    assertEquals(200, health.status());
    assertEquals("healthy", health.json().get("status").asText());
  }
}
