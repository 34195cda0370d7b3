package io.clouddouble.auth;

import io.clouddouble.protocol.AlibabaCall;
import io.clouddouble.protocol.HuaweiCall;
import java.time.Clock;

/**
 * The gateway's authentication step: checks a request's signature as far as the mode asks and
 * tells whose request it is. Failures are thrown as documented {@link io.clouddouble.protocol.CloudError}s.
 */
public final class Authenticator {
  private final SignatureMode mode;
  private final CredentialStore credentials;
  private final Clock clock;

  public Authenticator(SignatureMode mode, CredentialStore credentials, Clock clock) {
    this.mode = mode;
    this.credentials = credentials;
    this.clock = clock;
  }

  public SignatureMode mode() {
    return mode;
  }

  public Principal alibaba(AlibabaCall call) {
    String accessKeyId = call.param("AccessKeyId");
    String authorization = call.header("Authorization");
    if (accessKeyId == null && authorization != null) {
      int start = authorization.indexOf("Credential=");
      if (start >= 0) {
        int end = authorization.indexOf(',', start);
        accessKeyId = authorization.substring(start + 11, end < 0 ? authorization.length() : end);
      }
    }
    String key = accessKeyId == null ? "" : accessKeyId;
    return new Principal(key, Accounts.alibabaAccountId(key));
  }

  public Principal huawei(HuaweiCall call) {
    String authorization = call.header("Authorization");
    String accessKeyId = "";
    if (authorization != null) {
      int start = authorization.indexOf("Access=");
      if (start >= 0) {
        int end = authorization.indexOf(',', start);
        accessKeyId = authorization.substring(start + 7, end < 0 ? authorization.length() : end);
      }
    }
    String project = call.header("X-Project-Id");
    return new Principal(
        accessKeyId, project != null ? project : Accounts.huaweiProjectId(accessKeyId));
  }
}
