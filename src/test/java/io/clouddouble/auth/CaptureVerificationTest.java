package io.clouddouble.auth;

import static io.clouddouble.auth.AuthFixtures.authenticate;
import static io.clouddouble.auth.AuthFixtures.authenticator;
import static io.clouddouble.auth.AuthFixtures.flipOne;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.extension.requestfilter.StopAction;
import io.clouddouble.contract.ContractRegistry;
import io.clouddouble.contract.RequestValidator;
import io.clouddouble.protocol.AlibabaCall;
import io.clouddouble.protocol.CloudError;
import io.clouddouble.gateway.Gateway;
import io.clouddouble.protocol.HuaweiCall;
import io.clouddouble.protocol.WireParams;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every request the official SDKs were captured sending verifies in strict mode, the servers'
 * intermediate texts equal the reference verifiers' output, and one changed byte anywhere signed
 * makes it fail with the documented error.
 */
class CaptureVerificationTest {
  /** V1 system parameters whose change is caught by another check before the signature. */
  private static final Set<String> CHECKED_BEFORE_SIGNATURE =
      Set.of("AccessKeyId", "Signature", "SignatureMethod", "SignatureVersion", "Timestamp");

  static Stream<CapturedRequest> captures() {
    return Stream.concat(CapturedRequest.alibaba().stream(), CapturedRequest.huawei().stream());
  }

  @Test
  void allCapturesAreRead() {
    assertEquals(22, CapturedRequest.alibaba().size());
    assertEquals(3, CapturedRequest.huawei().size());
    CapturedRequest raw = CapturedRequest.huawei().get(2);
    assertEquals(
        "{\"router\":{\"router_id\":\"f0791650-db8c-4a20-8a44-a06c6e24b15b\",\"router_region\":\"cn-north-4\"}}",
        new String(raw.body(), StandardCharsets.UTF_8));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("captures")
  void verifiesInStrictMode(CapturedRequest capture) {
    Principal principal = authenticate(authenticator(SignatureMode.STRICT), capture.toWireMock());
    boolean huawei = capture.path().startsWith("/v2/");
    assertEquals(huawei ? AuthFixtures.HUAWEI_AK : AuthFixtures.ALIBABA_AK, principal.accessKeyId());
    assertEquals(huawei ? AuthFixtures.HUAWEI_PROJECT : AuthFixtures.ALIBABA_ACCOUNT, principal.accountId());
  }

  @Test
  void alibabaStringsToSignEqualTheReferenceVerifiers() {
    Map<String, String> v1BySignature = new HashMap<>();
    Map<String, String> v3ByNonce = new HashMap<>();
    readVerifierOutput(v1BySignature, v3ByNonce);
    int compared = 0;
    for (CapturedRequest capture : CapturedRequest.alibaba()) {
      AlibabaCall call = AlibabaCall.parse(capture.toWireMock());
      SignatureClaim claim = AlibabaSignatures.read(call);
      ComputedSignature computed = claim.expected().apply(AuthFixtures.ALIBABA_SECRET);
      String expected =
          call.header("Authorization") == null
              ? v1BySignature.get(claim.signature())
              : v3ByNonce.get(claim.nonce());
      if (expected != null) {
        compared++;
        assertEquals(
            expected,
            call.header("Authorization") == null ? computed.stringToSign() : computed.canonicalRequest(),
            capture.name());
      }
    }
    assertEquals(10 + 5, compared, "every V1 string to sign and V3 canonical request in verify_*.txt");
  }

  @Test
  void huaweiCanonicalRequestsEqualTheVerifyingFakesLog() {
    for (CapturedRequest capture : CapturedRequest.huawei().subList(0, 2)) {
      String log = new String(CapturedRequest.resource(CapturedRequest.HUAWEI_DIR + capture.name()), StandardCharsets.UTF_8);
      String canonical = between(log, "--- canonical request ---\n", "\n--- string to sign ---");
      String stringToSign = between(log, "--- string to sign ---\n", "\n>>> RESPONSE");
      HuaweiCall call = HuaweiCall.parse(capture.toWireMock());
      ComputedSignature computed =
          HuaweiSignatures.read(call, call.header("Authorization")).expected().apply(AuthFixtures.HUAWEI_SK);
      assertEquals(canonical, computed.canonicalRequest(), capture.name());
      assertEquals(stringToSign, computed.stringToSign(), capture.name());
    }
  }

  static Stream<Arguments> tamperings() {
    List<Arguments> cases = new ArrayList<>();
    captures()
        .forEach(
            capture -> {
              boolean huawei = capture.path().startsWith("/v2/");
              boolean v3 = capture.header("Authorization") != null && !huawei;
              cases.add(Arguments.of(capture, "method", (UnaryOperator<CapturedRequest>) c -> c.withMethod(flipOne(c.method(), 0))));
              if (huawei || v3) {
                cases.add(Arguments.of(capture, "path", (UnaryOperator<CapturedRequest>) c -> c.withTarget(huawei ? flipOne(c.target(), 12) : "/x" + c.target().substring(1))));
                String header = huawei ? "User-Agent" : "x-acs-action";
                cases.add(Arguments.of(capture, "signed header " + header, (UnaryOperator<CapturedRequest>) c -> c.withHeader(header, flipOne(c.header(header), c.header(header).length() - 1))));
              }
              String parameter = firstChangeableParameter(capture);
              if (parameter != null) {
                cases.add(Arguments.of(capture, "parameter " + parameter, (UnaryOperator<CapturedRequest>) c -> c.withTarget(changeParameter(c, parameter))));
              }
              if (capture.body().length > 0) {
                cases.add(Arguments.of(capture, "body", (UnaryOperator<CapturedRequest>) c -> {
                  String body = new String(c.body(), StandardCharsets.UTF_8);
                  return c.withBody(flipOne(body, body.length() / 2).getBytes(StandardCharsets.UTF_8));
                }));
              }
            });
    return cases.stream();
  }

  @ParameterizedTest(name = "{0}: {1}")
  @MethodSource("tamperings")
  void oneChangedByteFailsWithTheDocumentedError(CapturedRequest capture, String what, UnaryOperator<CapturedRequest> change) {
    CloudError error =
        assertThrows(
            CloudError.class,
            () -> authenticate(authenticator(SignatureMode.STRICT), change.apply(capture).toWireMock()));
    if (capture.path().startsWith("/v2/")) {
      assertEquals(401, error.status());
      assertEquals("APIGW.0301", error.code());
      assertEquals("Incorrect IAM authentication information: verify aksk signature fail", error.getMessage());
    } else {
      assertEquals(400, error.status());
      assertEquals("SignatureDoesNotMatch", error.code(), error.getMessage());
      assertTrue(error.getMessage().startsWith(AlibabaAuthErrors.SERVER_STRING_TO_SIGN));
    }
  }

  /** V1 signs the constant path {@code /}; the gateway rejects any other path before signatures. */
  @Test
  void v1PathOtherThanRootIsAnUnknownApi(@TempDir Path contracts) throws Exception {
    Files.createDirectories(contracts);
    ContractRegistry registry = ContractRegistry.load(contracts);
    Gateway gateway =
        new Gateway(authenticator(SignatureMode.STRICT), registry, new RequestValidator(registry));
    CapturedRequest capture = CapturedRequest.alibaba().get(0);
    StopAction stop = (StopAction) gateway.filter(capture.withTarget("/x" + capture.target().substring(1)).toWireMock(), null);
    assertEquals(404, stop.getResponseDefinition().getStatus());
    assertTrue(stop.getResponseDefinition().getBody().contains("\"Code\":\"InvalidApi.NotFound\""));
  }

  private static String firstChangeableParameter(CapturedRequest capture) {
    return WireParams.decode(capture.query()).stream()
        .map(Map.Entry::getKey)
        .filter(name -> !CHECKED_BEFORE_SIGNATURE.contains(name) && !name.equals("SignatureNonce"))
        .findFirst()
        .orElse(null);
  }

  private static String changeParameter(CapturedRequest capture, String name) {
    String target = capture.target();
    int at = target.indexOf(name + "=", target.indexOf('?')) + name.length() + 1;
    int end = target.indexOf('&', at);
    String value = target.substring(at, end < 0 ? target.length() : end);
    return target.substring(0, at) + flipOne(value, value.length() - 1) + target.substring(at + value.length());
  }

  /** {@code V1 MATCH <sig> <sig>} + {@code StringToSign: ...}; {@code V3 ...} + canonical lines indented by four. */
  private static void readVerifierOutput(Map<String, String> v1BySignature, Map<String, String> v3ByNonce) {
    for (String file : List.of("verify_core.txt", "verify_tea.txt")) {
      List<String> lines =
          new String(CapturedRequest.resource(CapturedRequest.ALIBABA_DIR + file), StandardCharsets.UTF_8).lines().toList();
      for (int i = 0; i < lines.size(); i++) {
        if (lines.get(i).startsWith("V1 MATCH ")) {
          v1BySignature.put(lines.get(i).split(" ")[2], lines.get(i + 1).strip().substring("StringToSign: ".length()));
        } else if (lines.get(i).startsWith("V3 ")) {
          List<String> canonical = new ArrayList<>();
          for (int k = i + 2; k < lines.size() && lines.get(k).startsWith("    "); k++) {
            canonical.add(lines.get(k).substring(4));
          }
          String nonce =
              canonical.stream().filter(l -> l.startsWith("x-acs-signature-nonce:")).findFirst().orElseThrow();
          v3ByNonce.put(nonce.substring(nonce.indexOf(':') + 1), String.join("\n", canonical));
        }
      }
    }
  }

  private static String between(String text, String from, String to) {
    int start = text.indexOf(from) + from.length();
    return text.substring(start, text.indexOf(to, start));
  }
}
