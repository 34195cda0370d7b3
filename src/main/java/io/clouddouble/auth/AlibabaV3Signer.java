package io.clouddouble.auth;

import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Alibaba Cloud signature V3 ({@code ACS3-HMAC-SHA256}), as the Tea SDKs compute it (openapiutil
 * {@code getAuthorization}): a canonical request over the method, path, re-encoded sorted query,
 * the signed headers and the payload hash; its SHA-256 MACed with the bare secret.
 */
public final class AlibabaV3Signer {
  public static final String ALGORITHM = AuthorizationHeader.Dialect.ALIBABA_V3.algorithm();
  public static final String CONTENT_SHA256 = "x-acs-content-sha256";

  private AlibabaV3Signer() {}

  /** The headers a client signs: {@code host}, {@code content-type} and every {@code x-acs-*}. */
  public static List<String> headersToSign(Map<String, String> headers) {
    return CanonicalForms.lowerCaseNames(headers).keySet().stream()
        .filter(n -> n.equals("host") || n.equals("content-type") || n.startsWith("x-acs-"))
        .collect(Collectors.toList());
  }

  /** The {@code x-acs-content-sha256} of a body: lower-hex SHA-256 of its exact bytes. */
  public static String payloadHash(byte[] body) {
    return Digests.sha256Hex(body == null ? new byte[0] : body);
  }

  /**
   * @param query decoded query pairs
   * @param headers request headers, any case
   * @param signedHeaders the header names to sign (for verification: those the Authorization names)
   * @param payloadHash {@link #payloadHash} of the body
   */
  public static ComputedSignature sign(
      String method,
      String path,
      List<Map.Entry<String, String>> query,
      Map<String, String> headers,
      List<String> signedHeaders,
      String payloadHash,
      String secret) {
    List<String> names = CanonicalForms.signedNames(signedHeaders);
    String canonicalRequest =
        CanonicalForms.request(
            method, path, query, headers, names, payloadHash);
    String stringToSign = ALGORITHM + "\n" + Digests.sha256Hex(canonicalRequest);
    String signature =
        HexFormat.of().formatHex(Digests.hmac("HmacSHA256", secret, stringToSign));
    return new ComputedSignature(canonicalRequest, stringToSign, signature);
  }
}
