package io.clouddouble.auth;

import com.github.tomakehurst.wiremock.http.Request;
import io.clouddouble.protocol.AlibabaCall;
import io.clouddouble.protocol.Cloud;
import io.clouddouble.protocol.HuaweiCall;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

/** Credentials, a clock and helpers shared by the authentication tests. */
final class AuthFixtures {
  static final String ALIBABA_AK = "testAccessKeyId";
  static final String ALIBABA_SECRET = "testAccessKeySecret";
  static final String ALIBABA_ACCOUNT = "1234567890123456";
  static final String HUAWEI_AK = "FAKE_AK_0123456789";
  static final String HUAWEI_SK = "FAKE_SECRET_KEY_0123456789";
  static final String HUAWEI_PROJECT = "e55c6f3dc4e34c9f86353b664ae0e70c";
  static final String TOKEN = "MIIToken-configured";
  static final String TOKEN_PROJECT = "0123456789abcdef0123456789abcdef";

  /** Shortly after the captures were made (07:24 to 07:29 UTC on 2026-11-22). */
  static final Instant NOW = Instant.parse("2026-11-22T07:30:00Z");

  static final CredentialStore CREDENTIALS =
      CredentialStore.of(
          List.of(
              new Credential(ALIBABA_AK, ALIBABA_SECRET, ALIBABA_ACCOUNT),
              new Credential(HUAWEI_AK, HUAWEI_SK, HUAWEI_PROJECT)));

  private AuthFixtures() {}

  static Clock clockAt(Instant instant) {
    return Clock.fixed(instant, ZoneOffset.UTC);
  }

  static Authenticator authenticator(SignatureMode mode) {
    return new Authenticator(mode, CREDENTIALS, clockAt(NOW));
  }

  /** Authenticates a request the way the gateway does, choosing the cloud the same way. */
  static Principal authenticate(Authenticator authenticator, Request request) {
    return Cloud.of(request) == Cloud.ALIBABA
        ? authenticator.alibaba(AlibabaCall.parse(request))
        : authenticator.huawei(HuaweiCall.parse(request));
  }

  /** Changes one letter or digit at or after {@code from} (wrapping round) to a neighbour. */
  static String flipOne(String text, int from) {
    for (int k = 0; k < text.length(); k++) {
      int i = (from + k) % text.length();
      char c = text.charAt(i);
      if (Character.isLetterOrDigit(c) && c < 0x80) {
        char d = c == 'z' ? 'a' : c == 'Z' ? 'A' : c == '9' ? '0' : (char) (c + 1);
        return text.substring(0, i) + d + text.substring(i + 1);
      }
    }
    throw new IllegalArgumentException("nothing to flip in " + text);
  }
}
