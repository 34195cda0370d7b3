package io.clouddouble.record;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.aliyun.teaopenapi.models.Config;
import com.aliyuncs.privatelink.model.v20200415.DisableVpcEndpointZoneConnectionRequest;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import com.huaweicloud.sdk.dns.v2.model.CreatePrivateZoneReq;
import com.huaweicloud.sdk.dns.v2.model.CreatePrivateZoneRequest;
import com.huaweicloud.sdk.dns.v2.model.Router;
import io.clouddouble.contract.ContractRegistry;
import io.clouddouble.DataRoot;
import io.clouddouble.testkit.Sdks;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Plants known canaries wherever secrets and ids travel (the real and the client's credentials, a
 * security token, an X-Auth-Token, request bodies, resource and account ids) and has the "real
 * cloud" echo everything it received (URL, Authorization, nonce, tokens) into its answers;
 * then proves no canary, and no signature or nonce the target saw, reaches the recording on disk.
 * The client's secret never travels, so it cannot be found, yet it is checked too. The X-Auth-Token
 * is planted in a body before the call that sends it: earlier files are redacted once it is known.
 */
class CanaryTest {
  static final String CLIENT_AK = "CanaryClientKey7f3a";
  static final String CLIENT_SECRET = "CanaryClientSecret9d1e";
  static final String STS_TOKEN = "CanarySecurityToken55aa";
  static final String AUTH_TOKEN = "CanaryAuthToken77bb";
  static final String REAL_AK = "CanaryRealKeyId11cc";
  static final String REAL_SECRET = "CanaryRealSecret22dd";
  static final String REAL_HUAWEI_AK = "CanaryRealHwAk33ee";
  static final String REAL_HUAWEI_SK = "CanaryRealHwSk44ff";
  static final String REAL_PROJECT = "c0ffee00c0ffee00c0ffee00c0ffee01";
  static final String ACCEPTER_CLIENT = "CanaryAccepterClient66ab";
  static final String REAL_ACCEPTER_AK = "CanaryRealAccepterKey77cd";
  static final String REAL_ACCEPTER_SECRET = "CanaryRealAccepterSecret88ef";
  static final String CLIENT_PROJECT = "deadbeefdeadbeefdeadbeefdeadbeef";
  static final String ACCOUNT_ID = "1234567890123456";
  static final String ENDPOINT_ID = "ep-canaryresource0001";
  static final String REQUEST_ID = "C0FFEE00-1111-2222-3333-444455556666";
  static final List<String> CANARIES =
      List.of(CLIENT_AK, CLIENT_SECRET, STS_TOKEN, AUTH_TOKEN, REAL_AK, REAL_SECRET, REAL_HUAWEI_AK, ACCEPTER_CLIENT,
          REAL_ACCEPTER_AK, REAL_ACCEPTER_SECRET,
          REAL_HUAWEI_SK, REAL_PROJECT, CLIENT_PROJECT, ACCOUNT_ID, ENDPOINT_ID, REQUEST_ID);

  /** The "real cloud": answers every call with the ids above and an echo of what it received. */
  private static final String ECHO =
      "{\"RequestId\":\"" + REQUEST_ID + "\",\"OwnerId\":" + ACCOUNT_ID + ",\"EndpointId\":\"" + ENDPOINT_ID
          + "\",\"Echo\":\"{{{request.url}}} | {{{request.headers.Authorization}}} | "
          + "{{{request.headers.x-acs-security-token}}} | {{{request.headers.X-Auth-Token}}} | "
          + "{{{request.headers.X-Project-Id}}} | {{{request.headers.x-acs-signature-nonce}}}\"}";

  @TempDir static Path dir;
  private static WireMockServer echo;
  private static RecordingProxy recorder;
  private static Path recording;

  @BeforeAll
  static void record() throws Exception {
    echo = new WireMockServer(options().bindAddress("127.0.0.1").dynamicPort());
    echo.start();
    echo.stubFor(
        any(anyUrl())
            .willReturn(
                aResponse()
                    .withStatus(200)
                    .withHeader("Content-Type", "application/json")
                    .withHeader("X-Request-Id", "{{{request.headers.Authorization}}}")
                    .withHeader("Set-Cookie", "session=" + REAL_SECRET)
                    .withBody(ECHO)
                    .withTransformers("response-template")));
    recording = dir.resolve("canary");
    recorder =
        RecordingProxy.start(
            "canary",
            recording,
            0,
            RealEndpoints.fixed(URI.create(echo.baseUrl())),
            RealCredentials.from(
                    Map.of(
                        RealCredentials.ALIBABA_AK, REAL_AK,
                        RealCredentials.ALIBABA_SECRET, REAL_SECRET,
                        RealCredentials.HUAWEI_AK, REAL_HUAWEI_AK,
                        RealCredentials.HUAWEI_SK, REAL_HUAWEI_SK,
                        RealCredentials.HUAWEI_PROJECT_ID, REAL_PROJECT))
                .withAlibabaAccount(
                    ACCEPTER_CLIENT,
                    Map.of("ACCEPTER_ACCESS_KEY_ID", REAL_ACCEPTER_AK, "ACCEPTER_ACCESS_KEY_SECRET", REAL_ACCEPTER_SECRET),
                    "ACCEPTER"),
            ContractRegistry.load(DataRoot.packaged("contracts")),
            line -> {});
    callEveryWay();
  }

  @AfterAll
  static void stop() {
    recorder.close();
    echo.stop();
  }

  /** Tea V3 and V1 with a security token, a second account's client, core V1, the Huawei SDK, a Huawei token client. */
  private static void callEveryWay() throws Exception {
    for (String algorithm : new String[] {null, "v2"}) {
      Config config =
          new Config()
              .setAccessKeyId(CLIENT_AK)
              .setAccessKeySecret(CLIENT_SECRET)
              .setSecurityToken(STS_TOKEN)
              .setEndpoint(recorder.endpoint())
              .setProtocol("HTTP");
      if (algorithm != null) {
        config.setSignatureAlgorithm(algorithm);
      }
      Sdks.callTea(
          new com.aliyun.teaopenapi.Client(config),
          "CreateVpcEndpoint",
          "2020-04-15",
          Map.of("RegionId", "cn-hangzhou", "EndpointDescription", REAL_SECRET + " " + ACCOUNT_ID),
          Map.of("EndpointName", ENDPOINT_ID));
    }
    Sdks.callTea(
        Sdks.tea(recorder.endpoint(), ACCEPTER_CLIENT, CLIENT_SECRET, null),
        "RejectVpcPeerConnection",
        "2022-01-01",
        Map.of(),
        Map.of("InstanceId", "pcc-canarypeering000001", "Description", REAL_ACCEPTER_SECRET));
    DisableVpcEndpointZoneConnectionRequest disable = new DisableVpcEndpointZoneConnectionRequest();
    disable.setEndpointId(ENDPOINT_ID);
    disable.setZoneId("cn-hangzhou-b");
    disable.setServiceId("epsrv-canaryservice0001");
    Sdks.core(CLIENT_AK, CLIENT_SECRET).getAcsResponse(Sdks.at(recorder.endpoint(), disable));
    try {
      Sdks.huawei(recorder.baseUrl(), CLIENT_AK, CLIENT_SECRET, CLIENT_PROJECT)
          .createPrivateZone(
              new CreatePrivateZoneRequest()
                  .withBody(
                      new CreatePrivateZoneReq()
                          .withName("canary.example.com.")
                          .withZoneType("private")
                          .withDescription(REAL_HUAWEI_SK + " " + AUTH_TOKEN)
                          .withRouter(new Router().withRouterId("0f0e0d0c-0b0a-4908-8706-050403020100"))));
    } catch (RuntimeException echoIsNotAZone) {
      // the echoed body is not valid JSON for the SDK; what matters is what was written
    }
    HttpResponse<String> token =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(URI.create(recorder.baseUrl() + "/v2/zones?type=private&name=" + ENDPOINT_ID))
                    .header("X-Auth-Token", AUTH_TOKEN)
                    .header("X-Project-Id", CLIENT_PROJECT)
                    .GET()
                    .build(),
                HttpResponse.BodyHandlers.ofString());
    assertEquals(200, token.statusCode(), token.body());
  }

  private static String everythingWritten() throws Exception {
    StringBuilder all = new StringBuilder();
    try (Stream<Path> files = Files.walk(recording)) {
      for (Path file : files.filter(Files::isRegularFile).toList()) {
        all.append(file).append('\n').append(Files.readString(file)).append('\n');
      }
    }
    return all.toString();
  }

  @Test
  void everyCallWasRecorded() {
    assertEquals(6, DriftCheck.mappings(recording).size());
  }

  @Test
  void noCanaryReachesTheDisk() throws Exception {
    String written = everythingWritten();
    for (String canary : CANARIES) {
      assertFalse(written.contains(canary), canary + " was written");
    }
    assertFalse(written.contains("Set-Cookie"), "response headers other than Content-Type and X-Request-Id are dropped");
  }

  /** What the target saw (signatures, nonces, keys) was computed at run time; none of it is written. */
  @Test
  void noSignatureNonceOrKeyTheTargetSawReachesTheDisk() throws Exception {
    String written = everythingWritten();
    List<String> seen = new ArrayList<>();
    for (var event : echo.getAllServeEvents()) {
      LoggedRequest request = event.getRequest();
      for (String header : List.of("Authorization", "x-acs-signature-nonce", "x-acs-security-token", "X-Auth-Token")) {
        if (request.containsHeader(header)) {
          seen.add(request.getHeader(header));
        }
      }
      for (String param : List.of("Signature", "SignatureNonce", "AccessKeyId", "SecurityToken")) {
        var value = request.queryParameter(param);
        if (value.isPresent()) {
          seen.add(value.firstValue());
        }
      }
      String authorization = request.containsHeader("Authorization") ? request.getHeader("Authorization") : "";
      int signature = authorization.indexOf("Signature=");
      if (signature >= 0) {
        seen.add(authorization.substring(signature + "Signature=".length()));
      }
    }
    assertTrue(seen.size() >= 10, seen.toString());
    for (String value : seen) {
      assertFalse(written.contains(value), value + " was written");
    }
  }

  @Test
  void theSecondAccountsClientIsSignedWithItsOwnKey() {
    List<String> keys =
        echo.getAllServeEvents().stream()
            .map(e -> e.getRequest())
            .filter(r -> r.containsHeader("Authorization") && r.getHeader("Authorization").startsWith("ACS3-"))
            .map(r -> r.getHeader("Authorization").replaceAll(".*Credential=([^,]+),.*", "$1"))
            .sorted()
            .toList();
    assertEquals(List.of(REAL_ACCEPTER_AK, REAL_AK), keys);
  }

  /** The same real id became the same placeholder in the request and in the answers, prefix kept. */
  @Test
  void idsBecomeConsistentPlaceholders() throws Exception {
    String placeholder = recorder.recording().sanitised(ENDPOINT_ID);
    assertTrue(placeholder.matches("ep-0+1"), placeholder);
    assertEquals(ENDPOINT_ID.length(), placeholder.length());
    String written = everythingWritten();
    assertTrue(written.contains("\"EndpointId\" : \"" + placeholder + "\""), written);
    assertTrue(written.contains("\"EndpointId\" : \"" + placeholder + "\"") && written.contains("\"OwnerId\" : 1000000000000001"), written);
  }

  /** The fake's --verbose output prints every request it serves: no credential of the canary calls is in it. */
  @Test
  void theFakesVerboseOutputCarriesNoCredential() throws Exception {
    java.io.PrintStream console = System.out;
    java.io.ByteArrayOutputStream printed = new java.io.ByteArrayOutputStream();
    System.setOut(new java.io.PrintStream(printed, true, java.nio.charset.StandardCharsets.UTF_8));
    try (io.clouddouble.CloudDouble fake = io.clouddouble.CloudDouble.start(
        io.clouddouble.Settings.defaults().withPort(0).withVerbose(true))) {
      for (String algorithm : new String[] {null, "v2"}) {
        Config config = new Config().setAccessKeyId(CLIENT_AK).setAccessKeySecret(CLIENT_SECRET)
            .setSecurityToken(STS_TOKEN).setEndpoint(fake.endpoint()).setProtocol("HTTP");
        if (algorithm != null) {
          config.setSignatureAlgorithm(algorithm);
        }
        Sdks.callTea(new com.aliyun.teaopenapi.Client(config), "ListVpcEndpoints", "2020-04-15",
            Map.of("RegionId", "cn-hangzhou"), null);
      }
      HttpResponse<String> token = HttpClient.newHttpClient().send(
          HttpRequest.newBuilder(URI.create(fake.baseUrl() + "/v2/zones?type=private"))
              .header("X-Auth-Token", AUTH_TOKEN).header("X-Project-Id", CLIENT_PROJECT).GET().build(),
          HttpResponse.BodyHandlers.ofString());
      assertEquals(200, token.statusCode(), token.body());
    } finally {
      System.setOut(console);
    }
    String output = printed.toString(java.nio.charset.StandardCharsets.UTF_8);
    assertTrue(output.contains("ListVpcEndpoints") && output.contains("/v2/zones"), "the requests were printed:\n" + output);
    for (String secret : List.of(CLIENT_SECRET, STS_TOKEN, AUTH_TOKEN)) {
      assertFalse(output.contains(secret), secret + " was printed:\n" + output);
    }
    int signatures = 0;
    for (String line : output.split("\n")) {
      int at = line.indexOf("Signature=");
      if (line.trim().toLowerCase(java.util.Locale.ROOT).startsWith("authorization")) {
        signatures++;
        assertTrue(line.trim().endsWith(Sanitiser.REDACTED), "a credential was printed: " + line);
      } else if (at >= 0) {
        signatures++;
        assertTrue(line.startsWith("Signature=" + Sanitiser.REDACTED, at), "a signature was printed: " + line);
      }
    }
    assertTrue(signatures >= 2, "the signed requests were printed:\n" + output);
  }
}
