package io.clouddouble.auth;

import io.clouddouble.protocol.CloudError;

/** The Alibaba API gateway's documented authentication errors (NOTES 2.6). */
final class AlibabaAuthErrors implements AuthErrors {
  static final AlibabaAuthErrors INSTANCE = new AlibabaAuthErrors();

  /**
   * The core SDK compares the text after this with its own string to sign and, when they are equal,
   * reports {@code SDK.InvalidAccessKeySecret}; so the server's string to sign follows it verbatim.
   */
  static final String SERVER_STRING_TO_SIGN =
      "Specified signature is not matched with our calculation. server string to sign is:";

  private AlibabaAuthErrors() {}

  /** The documented {@code Missing{ParameterName}} form (a real gateway answers MissingTimestamp). */
  static CloudError missing(String parameter) {
    return new CloudError(400, "Missing" + parameter, parameter + " is mandatory for this action.");
  }

  /** V3 names its system values in headers; the POP gateway reports a missing one this way. */
  static CloudError missingHeader(String header) {
    return new CloudError(
        400, "MissingHeader", "Specified header " + header + " is mandatory for this action.");
  }

  static CloudError invalid(String parameter) {
    return new CloudError(
        400, "Invalid" + parameter, "Specified parameter " + parameter + " is not valid.");
  }

  static CloudError incompleteSignature() {
    return new CloudError(
        400, "IncompleteSignature", "The request signature does not conform to Aliyun standards.");
  }

  static CloudError invalidSignatureMethod() {
    return new CloudError(400, "InvalidSignatureMethod", "Specified signature method is not valid.");
  }

  static CloudError timestampFormat() {
    return new CloudError(
        400, "InvalidTimeStamp.Format", "Specified time stamp or date value is not well formatted.");
  }

  /**
   * 404: three of the five pages the notes cite (ask/278265, 51132, polardb) give 404; only 434846
   * and the DNS page give 400. Both SDKs raise a client exception either way.
   */
  @Override
  public CloudError unknownKey(String accessKeyId) {
    return new CloudError(404, "InvalidAccessKeyId.NotFound", "Specified access key is not found.");
  }

  @Override
  public CloudError expired(SignatureClaim claim) {
    return new CloudError(
        400, "InvalidTimeStamp.Expired", "Specified time stamp or date value is expired.");
  }

  @Override
  public CloudError signatureMismatch(ComputedSignature expected) {
    return new CloudError(
        400, "SignatureDoesNotMatch", SERVER_STRING_TO_SIGN + expected.stringToSign());
  }

  static CloudError nonceUsed() {
    return new CloudError(400, "SignatureNonceUsed", "Specified signature nonce was used already.");
  }
}
