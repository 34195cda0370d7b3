package io.clouddouble.auth;

import io.clouddouble.protocol.AlibabaCall;
import io.clouddouble.protocol.HuaweiCall;
import java.time.Clock;
import java.time.Duration;

/**
 * The gateway's authentication step: checks a request's signature as far as the mode asks and
 * tells whose request it is. Failures are thrown as documented {@link io.clouddouble.protocol.CloudError}s.
 *
 * <ul>
 *   <li>{@link SignatureMode#OFF}: no checks; the account is derived from whatever key is present.
 *   <li>{@link SignatureMode#LENIENT}: a well-formed signature (or Huawei token) is required; any
 *       key and any signature value pass; the account is derived as with OFF.
 *   <li>{@link SignatureMode#STRICT}: the signature is recomputed with the configured secret, the
 *       timestamp must be within {@link #MAX_SKEW}, an Alibaba nonce may not repeat within it; the
 *       account is the configured one.
 * </ul>
 */
public final class Authenticator {
  /** The providers' replay window: the skew they accept and how long a nonce is remembered. */
  public static final Duration MAX_SKEW = Duration.ofMinutes(15);

  /** Enough for 1000 signed requests a second over the whole window. */
  private static final int NONCE_CAPACITY = 1_000_000;

  private final SignatureMode mode;
  private final CredentialStore credentials;
  private final Clock clock;
  private final NonceMemory nonces;

  public Authenticator(SignatureMode mode, CredentialStore credentials, Clock clock) {
    this.mode = mode;
    this.credentials = credentials;
    this.clock = clock;
    this.nonces = new NonceMemory(clock, MAX_SKEW, NONCE_CAPACITY);
  }

  public SignatureMode mode() {
    return mode;
  }

  public Principal alibaba(AlibabaCall call) {
    if (mode == SignatureMode.OFF) {
      String accessKeyId = call.param("AccessKeyId");
      if (accessKeyId == null) {
        accessKeyId =
            AuthorizationHeader.accessKeyIdOf(
                AuthorizationHeader.Dialect.ALIBABA_V3, call.header("Authorization"));
      }
      return derivedAlibaba(accessKeyId);
    }
    SignatureClaim claim = AlibabaSignatures.read(call);
    if (mode == SignatureMode.LENIENT) {
      return derivedAlibaba(claim.accessKeyId());
    }
    Credential credential = verify(claim, AlibabaAuthErrors.INSTANCE);
    if (!nonces.firstUse(claim.accessKeyId(), claim.nonce())) {
      throw AlibabaAuthErrors.nonceUsed();
    }
    return new Principal(claim.accessKeyId(), credential.accountId());
  }

  public Principal huawei(HuaweiCall call) {
    String authorization = call.header("Authorization");
    if (mode == SignatureMode.OFF) {
      return derivedHuawei(
          call, AuthorizationHeader.accessKeyIdOf(AuthorizationHeader.Dialect.HUAWEI, authorization));
    }
    if (authorization == null) {
      return tokenHolder(call);
    }
    SignatureClaim claim = HuaweiSignatures.read(call, authorization);
    if (mode == SignatureMode.LENIENT) {
      return derivedHuawei(call, claim.accessKeyId());
    }
    Credential credential = verify(claim, HuaweiAuthErrors.INSTANCE);
    return new Principal(claim.accessKeyId(), credential.accountId());
  }

  /** The IdP-federated SDK and hand-made clients send {@code X-Auth-Token} and no signature. */
  private Principal tokenHolder(HuaweiCall call) {
    String token = call.header("X-Auth-Token");
    if (token == null || token.isBlank()) {
      throw HuaweiAuthErrors.tokenNotFound();
    }
    if (mode == SignatureMode.LENIENT) {
      return derivedHuawei(call, null);
    }
    return new Principal(
        "", credentials.projectForToken(token).orElseThrow(HuaweiAuthErrors::unknownToken));
  }

  private Credential verify(SignatureClaim claim, AuthErrors errors) {
    Credential credential =
        credentials
            .find(claim.accessKeyId())
            .orElseThrow(() -> errors.unknownKey(claim.accessKeyId()));
    if (Duration.between(claim.signedAt(), clock.instant()).abs().compareTo(MAX_SKEW) > 0) {
      throw errors.expired(claim);
    }
    ComputedSignature expected = claim.expected().apply(credential.secret());
    if (!Digests.same(expected.signature(), claim.signature())) {
      throw errors.signatureMismatch(expected);
    }
    return credential;
  }

  private static Principal derivedAlibaba(String accessKeyId) {
    String key = accessKeyId == null ? "" : accessKeyId;
    return new Principal(key, Accounts.alibabaAccountId(key));
  }

  private static Principal derivedHuawei(HuaweiCall call, String accessKeyId) {
    String key = accessKeyId == null ? "" : accessKeyId;
    String project = call.header("X-Project-Id");
    return new Principal(key, project != null ? project : Accounts.huaweiProjectId(key));
  }
}
