package io.clouddouble.auth;

import io.clouddouble.protocol.HuaweiCall;

/**
 * Reads the {@code SDK-HMAC-SHA256} signature of a Huawei request and rejects it with
 * {@code APIGW.0301} when the Authorization header or {@code X-Sdk-Date} is malformed. Whether the
 * signature is right is not decided here.
 */
final class HuaweiSignatures {
  private HuaweiSignatures() {}

  static SignatureClaim read(HuaweiCall call, String authorization) {
    AuthorizationHeader header =
        AuthorizationHeader.parse(AuthorizationHeader.Dialect.HUAWEI, authorization)
            .orElseThrow(HuaweiAuthErrors::malformedAuthorization);
    return new SignatureClaim(
        header.accessKeyId(),
        SignedTime.HUAWEI
            .parse(call.header(HuaweiSigner.DATE_HEADER))
            .orElseThrow(HuaweiAuthErrors::malformedDate),
        null,
        header.signature(),
        secret ->
            HuaweiSigner.sign(
                call.method(),
                call.path(),
                call.query(),
                call.headers(),
                header.signedHeaders(),
                call.bodyBytes(),
                secret));
  }
}
