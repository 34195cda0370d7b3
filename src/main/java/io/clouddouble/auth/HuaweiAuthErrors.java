package io.clouddouble.auth;

import io.clouddouble.protocol.CloudError;

/**
 * Huawei's API gateway answers every authentication failure with 401 {@code APIGW.0301},
 * {@code "Incorrect IAM authentication information: <detail>"} (NOTES 2.2 and 8). The details used
 * for a missing token, an unknown AK, a bad signature and an unknown token are the documented ones.
 */
final class HuaweiAuthErrors implements AuthErrors {
  static final HuaweiAuthErrors INSTANCE = new HuaweiAuthErrors();

  private HuaweiAuthErrors() {}

  static CloudError iam(String detail) {
    return new CloudError(401, "APIGW.0301", "Incorrect IAM authentication information: " + detail);
  }

  static CloudError tokenNotFound() {
    return iam("x-auth-token not found");
  }

  static CloudError unknownToken() {
    return iam("decrypt token fail");
  }

  static CloudError malformedAuthorization() {
    return iam(
        "Authorization is not \"SDK-HMAC-SHA256 Access=<AK>, SignedHeaders=<h1;h2>,"
            + " Signature=<64 hex digits>\"");
  }

  static CloudError malformedDate() {
    return iam("X-Sdk-Date is missing or not in the form yyyyMMdd'T'HHmmss'Z'");
  }

  @Override
  public CloudError unknownKey(String accessKeyId) {
    return iam("ak " + accessKeyId + " not exist");
  }

  @Override
  public CloudError expired(SignatureClaim claim) {
    return iam(
        "X-Sdk-Date "
            + SignedTime.HUAWEI.format(claim.signedAt())
            + " is more than 15 minutes away from the server time");
  }

  @Override
  public CloudError signatureMismatch(ComputedSignature expected) {
    return iam("verify aksk signature fail");
  }
}
