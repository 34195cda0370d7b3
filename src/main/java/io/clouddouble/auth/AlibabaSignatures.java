package io.clouddouble.auth;

import io.clouddouble.protocol.AlibabaCall;
import io.clouddouble.protocol.CloudError;
import java.time.Instant;
import java.util.Base64;
import java.util.function.Supplier;

/**
 * Reads the signature of an Alibaba RPC request, V3 when it carries an {@code Authorization} header,
 * V1 otherwise, and rejects it with the documented gateway error when a piece is missing or
 * malformed. Whether the signature is right is not decided here.
 */
final class AlibabaSignatures {
  private static final String V3_PREFIX = "ACS3-";
  private static final int SHA1_BYTES = 20;

  private AlibabaSignatures() {}

  static SignatureClaim read(AlibabaCall call) {
    String authorization = call.header("Authorization");
    return authorization != null ? v3(call, authorization) : v1(call);
  }

  private static SignatureClaim v3(AlibabaCall call, String authorization) {
    String algorithm = AuthorizationHeader.algorithmOf(authorization);
    if (!algorithm.equals(AlibabaV3Signer.ALGORITHM)) {
      // ACS3-HMAC-SM3 and ACS3-RSA-SHA256 exist but are not verified here.
      throw algorithm.startsWith(V3_PREFIX)
          ? AlibabaAuthErrors.invalidSignatureMethod()
          : AlibabaAuthErrors.incompleteSignature();
    }
    AuthorizationHeader header =
        AuthorizationHeader.parse(AuthorizationHeader.Dialect.ALIBABA_V3, authorization)
            .orElseThrow(AlibabaAuthErrors::incompleteSignature);
    String date = required(call.header("x-acs-date"), () -> AlibabaAuthErrors.missingHeader("x-acs-date"));
    String nonce =
        required(
            call.header("x-acs-signature-nonce"),
            () -> AlibabaAuthErrors.missingHeader("x-acs-signature-nonce"));
    required(
        call.header(AlibabaV3Signer.CONTENT_SHA256),
        () -> AlibabaAuthErrors.missingHeader(AlibabaV3Signer.CONTENT_SHA256));
    // The body's own hash is signed, not the header's claim: a body that does not match it fails.
    return new SignatureClaim(
        header.accessKeyId(),
        timestamp(date),
        nonce,
        header.signature(),
        secret ->
            AlibabaV3Signer.sign(
                call.method(),
                call.urlPath(),
                call.query(),
                call.headers(),
                header.signedHeaders(),
                AlibabaV3Signer.payloadHash(call.bodyBytes()),
                secret));
  }

  private static SignatureClaim v1(AlibabaCall call) {
    String accessKeyId = requiredParam(call, "AccessKeyId");
    String signature = requiredParam(call, "Signature");
    if (!isBase64(signature, SHA1_BYTES)) {
      throw AlibabaAuthErrors.incompleteSignature();
    }
    if (!requiredParam(call, "SignatureMethod").equals(AlibabaV1Signer.SIGNATURE_METHOD)) {
      throw AlibabaAuthErrors.invalidSignatureMethod();
    }
    if (!requiredParam(call, "SignatureVersion").equals(AlibabaV1Signer.SIGNATURE_VERSION)) {
      throw AlibabaAuthErrors.invalid("SignatureVersion");
    }
    String nonce = requiredParam(call, "SignatureNonce");
    Instant signedAt = timestamp(requiredParam(call, "Timestamp"));
    return new SignatureClaim(
        accessKeyId,
        signedAt,
        nonce,
        signature,
        secret -> AlibabaV1Signer.sign(call.method(), call.query(), call.form(), secret));
  }

  private static String requiredParam(AlibabaCall call, String name) {
    return required(call.param(name), () -> AlibabaAuthErrors.missing(name));
  }

  private static String required(String value, Supplier<CloudError> error) {
    if (value == null || value.isBlank()) {
      throw error.get();
    }
    return value;
  }

  private static Instant timestamp(String text) {
    return SignedTime.ALIBABA.parse(text).orElseThrow(AlibabaAuthErrors::timestampFormat);
  }

  private static boolean isBase64(String text, int bytes) {
    try {
      return Base64.getDecoder().decode(text).length == bytes;
    } catch (IllegalArgumentException e) {
      return false;
    }
  }
}
