package io.clouddouble.auth;

import static io.clouddouble.auth.AuthFixtures.ALIBABA_AK;
import static io.clouddouble.auth.AuthFixtures.ALIBABA_ACCOUNT;
import static io.clouddouble.auth.AuthFixtures.ALIBABA_SECRET;
import static io.clouddouble.auth.AuthFixtures.HUAWEI_AK;
import static io.clouddouble.auth.AuthFixtures.HUAWEI_PROJECT;
import static io.clouddouble.auth.AuthFixtures.HUAWEI_SK;
import static io.clouddouble.auth.AuthFixtures.NOW;
import static io.clouddouble.auth.AuthFixtures.authenticate;
import static io.clouddouble.auth.AuthFixtures.authenticator;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.github.tomakehurst.wiremock.http.Request;
import io.clouddouble.protocol.CloudError;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/** Each mode's documented outcomes, one broken piece at a time. */
class AuthenticatorTest {
  private static final String BODY = "InstanceId=pcc-1&DryRun=false";

  private static CloudError rejected(SignatureMode mode, Request request) {
    return rejected(authenticator(mode), request);
  }

  private static CloudError rejected(Authenticator authenticator, Request request) {
    return assertThrows(CloudError.class, () -> authenticate(authenticator, request));
  }

  private static void assertError(int status, String code, String message, CloudError error) {
    assertEquals(code, error.code(), error.getMessage());
    assertEquals(status, error.status());
    assertEquals(message, error.getMessage());
  }

  private static Map<String, String> v1(String name, String value) {
    Map<String, String> params = SignedRequests.v1Params("anyKey");
    params.put(name, value);
    return params;
  }

  private static Map<String, String> v3(String name, String value) {
    Map<String, String> headers = SignedRequests.v3Headers(BODY);
    headers.put(name, value);
    return headers;
  }

  private static Map<String, String> huawei(String name, String value) {
    Map<String, String> headers = SignedRequests.huaweiHeaders();
    headers.put(name, value);
    return headers;
  }

  // --- off ---

  @Test
  void offChecksNothingAndDerivesTheAccountFromAnyKey() {
    Principal principal = authenticate(authenticator(SignatureMode.OFF), SignedRequests.v1Unsigned(Map.of("AccessKeyId", "k")));
    assertEquals(new Principal("k", Accounts.alibabaAccountId("k")), principal);
    Principal v3 =
        authenticate(
            authenticator(SignatureMode.OFF),
            SignedRequests.v3WithAuthorization("ACS3-HMAC-SHA256 Credential=k2,junk", Map.of(), ""));
    assertEquals("k2", v3.accessKeyId());
    Principal huawei =
        authenticate(
            authenticator(SignatureMode.OFF), SignedRequests.huaweiWithAuthorization(null, huawei("X-Project-Id", null)));
    assertEquals(new Principal("", Accounts.huaweiProjectId("")), huawei);
  }

  // --- lenient: Alibaba ---

  @Test
  void lenientAcceptsAnyKeyAndAnySignatureValue() {
    Authenticator lenient = authenticator(SignatureMode.LENIENT);
    Principal v1 = authenticate(lenient, SignedRequests.v1(SignedRequests.v1Params("someone"), "not the secret"));
    assertEquals(new Principal("someone", Accounts.alibabaAccountId("someone")), v1);
    Principal v3 = authenticate(lenient, SignedRequests.v3("other", "wrong", SignedRequests.v3Headers(BODY), BODY));
    assertEquals(new Principal("other", Accounts.alibabaAccountId("other")), v3);
    Principal huawei = authenticate(lenient, SignedRequests.huawei("hw", "wrong", SignedRequests.huaweiHeaders()));
    assertEquals(new Principal("hw", HUAWEI_PROJECT), huawei);
  }

  static Stream<Arguments> malformedV1() {
    return Stream.of(
        Arguments.of("AccessKeyId", null, "MissingAccessKeyId", "AccessKeyId is mandatory for this action."),
        Arguments.of("SignatureNonce", null, "MissingSignatureNonce", "SignatureNonce is mandatory for this action."),
        Arguments.of("Timestamp", null, "MissingTimestamp", "Timestamp is mandatory for this action."),
        Arguments.of("SignatureMethod", null, "MissingSignatureMethod", "SignatureMethod is mandatory for this action."),
        Arguments.of("SignatureVersion", null, "MissingSignatureVersion", "SignatureVersion is mandatory for this action."),
        Arguments.of("Signature", "", "MissingSignature", "Signature is mandatory for this action."),
        Arguments.of("Signature", "not-base64!", "IncompleteSignature", "The request signature does not conform to Aliyun standards."),
        Arguments.of("Signature", "c2hvcnQ=", "IncompleteSignature", "The request signature does not conform to Aliyun standards."),
        Arguments.of("SignatureMethod", "HMAC-SHA256", "InvalidSignatureMethod", "Specified signature method is not valid."),
        Arguments.of("SignatureVersion", "2.0", "InvalidSignatureVersion", "Specified parameter SignatureVersion is not valid."),
        Arguments.of("Timestamp", "2026-11-22 07:30:00", "InvalidTimeStamp.Format", "Specified time stamp or date value is not well formatted."),
        Arguments.of("Timestamp", "2026-02-30T07:30:00Z", "InvalidTimeStamp.Format", "Specified time stamp or date value is not well formatted."));
  }

  @ParameterizedTest(name = "{0}={1}: {2}")
  @MethodSource("malformedV1")
  void lenientRejectsMalformedV1(String name, String value, String code, String message) {
    assertError(400, code, message, rejected(SignatureMode.LENIENT, SignedRequests.v1(v1(name, value), "s")));
  }

  static Stream<Arguments> malformedV3() {
    String valid = "Credential=k,SignedHeaders=host;x-acs-date,Signature=" + "ab".repeat(32);
    return Stream.of(
        Arguments.of("ACS3-HMAC-SHA256 Credential=k,SignedHeaders=host,Signature=abc", "IncompleteSignature"),
        Arguments.of("ACS3-HMAC-SHA256 Credential=k,SignedHeaders=host,Signature=" + "AB".repeat(32), "IncompleteSignature"),
        Arguments.of("ACS3-HMAC-SHA256 Credential=,SignedHeaders=host,Signature=" + "ab".repeat(32), "IncompleteSignature"),
        Arguments.of("ACS3-HMAC-SHA256 SignedHeaders=host,Signature=" + "ab".repeat(32), "IncompleteSignature"),
        Arguments.of("ACS3-HMAC-SHA256 Credential=k,Signature=" + "ab".repeat(32), "IncompleteSignature"),
        Arguments.of("ACS3-HMAC-SHA256", "IncompleteSignature"),
        Arguments.of("", "IncompleteSignature"),
        Arguments.of("Bearer abc", "IncompleteSignature"),
        Arguments.of("acs k:c2lnbmF0dXJl", "IncompleteSignature"),
        Arguments.of("ACS3-HMAC-SM3 " + valid, "InvalidSignatureMethod"),
        Arguments.of("ACS3-RSA-SHA256 " + valid, "InvalidSignatureMethod"));
  }

  @ParameterizedTest(name = "{0}: {1}")
  @MethodSource("malformedV3")
  void lenientRejectsMalformedV3Authorization(String authorization, String code) {
    CloudError error =
        rejected(SignatureMode.LENIENT, SignedRequests.v3WithAuthorization(authorization, SignedRequests.v3Headers(BODY), BODY));
    assertEquals(code, error.code());
    assertEquals(400, error.status());
  }

  static Stream<Arguments> missingV3Headers() {
    return Stream.of(
        Arguments.of("x-acs-date", null, "MissingHeader", "Specified header x-acs-date is mandatory for this action."),
        Arguments.of("x-acs-signature-nonce", null, "MissingHeader", "Specified header x-acs-signature-nonce is mandatory for this action."),
        Arguments.of("x-acs-content-sha256", null, "MissingHeader", "Specified header x-acs-content-sha256 is mandatory for this action."),
        Arguments.of("x-acs-date", "20261122T073000Z", "InvalidTimeStamp.Format", "Specified time stamp or date value is not well formatted."));
  }

  @ParameterizedTest(name = "{0}={1}: {2}")
  @MethodSource("missingV3Headers")
  void lenientRejectsMissingOrMalformedV3Headers(String name, String value, String code, String message) {
    assertError(400, code, message, rejected(SignatureMode.LENIENT, SignedRequests.v3("k", "s", v3(name, value), BODY)));
  }

  // --- lenient: Huawei ---

  @Test
  void lenientHuaweiNeedsASignatureOrAToken() {
    Map<String, String> unsigned = SignedRequests.huaweiHeaders();
    assertError(
        401,
        "APIGW.0301",
        "Incorrect IAM authentication information: x-auth-token not found",
        rejected(SignatureMode.LENIENT, SignedRequests.huaweiWithAuthorization(null, unsigned)));
    assertError(
        401,
        "APIGW.0301",
        "Incorrect IAM authentication information: x-auth-token not found",
        rejected(SignatureMode.LENIENT, SignedRequests.huaweiWithAuthorization(null, huawei("X-Auth-Token", " "))));
    Principal token =
        authenticate(authenticator(SignatureMode.LENIENT), SignedRequests.huaweiWithAuthorization(null, huawei("X-Auth-Token", "any")));
    assertEquals(new Principal("", HUAWEI_PROJECT), token);
  }

  @ParameterizedTest
  @EnumSource(value = SignatureMode.class, names = {"LENIENT", "STRICT"})
  void malformedHuaweiAuthorizationOrDateIsRejected(SignatureMode mode) {
    for (String authorization :
        List.of(
            "SDK-HMAC-SHA256 Access=a, SignedHeaders=host, Signature=xyz",
            "SDK-HMAC-SHA256 Access=, SignedHeaders=host, Signature=" + "0".repeat(64),
            "SDK-HMAC-SHA256 Access=a, SignedHeaders=;, Signature=" + "0".repeat(64),
            "SDK-HMAC-SHA256",
            "ACS3-HMAC-SHA256 Credential=a,SignedHeaders=host,Signature=" + "0".repeat(64),
            "")) {
      CloudError error = rejected(mode, SignedRequests.huaweiWithAuthorization(authorization, SignedRequests.huaweiHeaders()));
      assertEquals("APIGW.0301", error.code(), authorization);
      assertEquals(401, error.status());
    }
    for (String date : List.of("2026-11-22T07:30:00Z", "20261322T073000Z")) {
      CloudError error = rejected(mode, SignedRequests.huawei(HUAWEI_AK, HUAWEI_SK, huawei("X-Sdk-Date", date)));
      assertEquals("Incorrect IAM authentication information: X-Sdk-Date is missing or not in the form yyyyMMdd'T'HHmmss'Z'", error.getMessage());
    }
  }

  // --- strict: Alibaba ---

  @Test
  void strictAcceptsRightSignaturesAndMapsTheConfiguredAccount() {
    Principal v1 = authenticate(authenticator(SignatureMode.STRICT), SignedRequests.v1(SignedRequests.v1Params(ALIBABA_AK), ALIBABA_SECRET));
    assertEquals(new Principal(ALIBABA_AK, ALIBABA_ACCOUNT), v1);
    Principal v3 = authenticate(authenticator(SignatureMode.STRICT), SignedRequests.v3(ALIBABA_AK, ALIBABA_SECRET, SignedRequests.v3Headers(BODY), BODY));
    assertEquals(new Principal(ALIBABA_AK, ALIBABA_ACCOUNT), v3);
  }

  @Test
  void strictRejectsAnUnknownAccessKey() {
    CloudError v1 = rejected(SignatureMode.STRICT, SignedRequests.v1(SignedRequests.v1Params("unknown"), ALIBABA_SECRET));
    assertError(404, "InvalidAccessKeyId.NotFound", "Specified access key is not found.", v1);
    CloudError v3 = rejected(SignatureMode.STRICT, SignedRequests.v3("unknown", ALIBABA_SECRET, SignedRequests.v3Headers(BODY), BODY));
    assertError(404, "InvalidAccessKeyId.NotFound", "Specified access key is not found.", v3);
  }

  @Test
  void strictWrongSecretShowsTheServerStringToSign() {
    Map<String, String> params = SignedRequests.v1Params(ALIBABA_AK);
    CloudError error = rejected(SignatureMode.STRICT, SignedRequests.v1(params, "wrong"));
    String expected =
        "GET&%2F&AccessKeyId%3DtestAccessKeyId%26Action%3DDescribeVpcAccesses%26Format%3DJSON"
            + "%26RegionId%3Dcn-hangzhou%26SignatureMethod%3DHMAC-SHA1"
            + "%26SignatureNonce%3D0123456789abcdef0123456789abcdef%26SignatureVersion%3D1.0"
            + "%26Timestamp%3D2026-11-22T07%253A30%253A00Z%26Version%3D2016-07-14"
            + "%26VpcId%3Dvpc-1%2520a%252Ab~";
    assertError(
        400,
        "SignatureDoesNotMatch",
        "Specified signature is not matched with our calculation. server string to sign is:" + expected,
        error);

    CloudError v3 = rejected(SignatureMode.STRICT, SignedRequests.v3(ALIBABA_AK, "wrong", SignedRequests.v3Headers(BODY), BODY));
    assertEquals("SignatureDoesNotMatch", v3.code());
    assertEquals(
        "Specified signature is not matched with our calculation. server string to sign is:ACS3-HMAC-SHA256\n",
        v3.getMessage().substring(0, v3.getMessage().length() - 64));
  }

  @Test
  void strictV3RejectsABodyThatDoesNotMatchItsDeclaredHash() {
    Map<String, String> headers = SignedRequests.v3Headers(BODY);
    Request signedForBody = SignedRequests.v3(ALIBABA_AK, ALIBABA_SECRET, headers, BODY);
    Request otherBody = SignedRequests.v3WithAuthorization(signedForBody.getHeader("Authorization"), headers, BODY.replace("pcc-1", "pcc-2"));
    assertEquals("SignatureDoesNotMatch", rejected(SignatureMode.STRICT, otherBody).code());
  }

  @Test
  void strictRejectsTimestampsMoreThanFifteenMinutesAway() {
    Request v1 = SignedRequests.v1(SignedRequests.v1Params(ALIBABA_AK), ALIBABA_SECRET);
    Request v3 = SignedRequests.v3(ALIBABA_AK, ALIBABA_SECRET, SignedRequests.v3Headers(BODY), BODY);
    for (Duration skew : List.of(Duration.ofMinutes(15).plusSeconds(1), Duration.ofMinutes(-16))) {
      Authenticator late = new Authenticator(SignatureMode.STRICT, AuthFixtures.CREDENTIALS, AuthFixtures.clockAt(NOW.plus(skew)));
      for (Request request : List.of(v1, v3)) {
        assertError(400, "InvalidTimeStamp.Expired", "Specified time stamp or date value is expired.", rejected(late, request));
      }
    }
    Authenticator inside =
        new Authenticator(SignatureMode.STRICT, AuthFixtures.CREDENTIALS, AuthFixtures.clockAt(NOW.plus(Duration.ofMinutes(15))));
    assertEquals(ALIBABA_ACCOUNT, authenticate(inside, v1).accountId());
  }

  @Test
  void strictRejectsAReplayedNonce() {
    Authenticator strict = authenticator(SignatureMode.STRICT);
    for (Request request :
        List.of(
            SignedRequests.v1(SignedRequests.v1Params(ALIBABA_AK), ALIBABA_SECRET),
            SignedRequests.v3(ALIBABA_AK, ALIBABA_SECRET, SignedRequests.v3Headers(BODY), BODY))) {
      authenticate(strict, request);
      assertError(400, "SignatureNonceUsed", "Specified signature nonce was used already.", rejected(strict, request));
    }
  }

  @Test
  void aFailedSignatureDoesNotUseUpTheNonce() {
    Authenticator strict = authenticator(SignatureMode.STRICT);
    Map<String, String> params = SignedRequests.v1Params(ALIBABA_AK);
    rejected(strict, SignedRequests.v1(params, "wrong"));
    assertEquals(ALIBABA_ACCOUNT, authenticate(strict, SignedRequests.v1(params, ALIBABA_SECRET)).accountId());
  }

  // --- strict: Huawei ---

  @Test
  void strictHuaweiVerifiesTheSignature() {
    Authenticator strict = authenticator(SignatureMode.STRICT);
    Principal principal = authenticate(strict, SignedRequests.huawei(HUAWEI_AK, HUAWEI_SK, huawei("X-Project-Id", null)));
    assertEquals(new Principal(HUAWEI_AK, HUAWEI_PROJECT), principal);
    assertError(
        401,
        "APIGW.0301",
        "Incorrect IAM authentication information: ak NOBODY not exist",
        rejected(strict, SignedRequests.huawei("NOBODY", HUAWEI_SK, SignedRequests.huaweiHeaders())));
    assertError(
        401,
        "APIGW.0301",
        "Incorrect IAM authentication information: verify aksk signature fail",
        rejected(strict, SignedRequests.huawei(HUAWEI_AK, "wrong", SignedRequests.huaweiHeaders())));
    assertError(
        401,
        "APIGW.0301",
        "Incorrect IAM authentication information: X-Sdk-Date 20261122T071400Z is more than 15 minutes away from the server time",
        rejected(strict, SignedRequests.huawei(HUAWEI_AK, HUAWEI_SK, huawei("X-Sdk-Date", "20261122T071400Z"))));
  }

  @Test
  void strictHuaweiAcceptsOnlyConfiguredTokens(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("credentials");
    Files.writeString(file, "# keys\ntoken:" + AuthFixtures.TOKEN + ":" + AuthFixtures.TOKEN_PROJECT + "\n");
    Authenticator configured = new Authenticator(SignatureMode.STRICT, CredentialStore.load(file), AuthFixtures.clockAt(NOW));
    Principal principal =
        authenticate(configured, SignedRequests.huaweiWithAuthorization(null, huawei("X-Auth-Token", AuthFixtures.TOKEN)));
    assertEquals(new Principal("", AuthFixtures.TOKEN_PROJECT), principal);
    assertError(
        401,
        "APIGW.0301",
        "Incorrect IAM authentication information: decrypt token fail",
        rejected(configured, SignedRequests.huaweiWithAuthorization(null, huawei("X-Auth-Token", "other"))));
    Authenticator unconfigured = new Authenticator(SignatureMode.STRICT, CredentialStore.empty(), AuthFixtures.clockAt(NOW));
    assertError(
        401,
        "APIGW.0301",
        "Incorrect IAM authentication information: decrypt token fail",
        rejected(unconfigured, SignedRequests.huaweiWithAuthorization(null, huawei("X-Auth-Token", AuthFixtures.TOKEN))));
  }

  // --- robustness ---

  @ParameterizedTest
  @EnumSource(SignatureMode.class)
  void garbageHeadersOnlyEverRaiseCloudErrors(SignatureMode mode) {
    List<String> garbage =
        List.of("", " ", "=", ",,,", "ACS3-HMAC-SHA256 =,=,=", "ACS3-HMAC-SHA256 Credential", "SDK-HMAC-SHA256 Access", "SDK-HMAC-SHA256 ,=;,",
            "ACS3-HMAC-SHA256 Credential=k,SignedHeaders=;;,Signature=" + "a".repeat(64), "\u00e9\u0000");
    for (String value : garbage) {
      for (Request request :
          List.of(
              SignedRequests.v3WithAuthorization(value, v3("x-acs-date", value), BODY),
              SignedRequests.huaweiWithAuthorization(value, huawei("X-Sdk-Date", value)),
              SignedRequests.v1Unsigned(Map.of("AccessKeyId", value, "Signature", value, "Timestamp", value)))) {
        try {
          authenticate(authenticator(mode), request);
        } catch (CloudError expected) {
          // the documented answer
        }
      }
    }
  }
}
