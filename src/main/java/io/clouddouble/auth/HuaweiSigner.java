package io.clouddouble.auth;

import java.util.HexFormat;
import io.clouddouble.protocol.WireParams;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Huawei Cloud {@code SDK-HMAC-SHA256} (the Java SDK's {@code AKSKSigner}): a canonical request over
 * the method, the path with a {@code /} after every segment, the re-encoded sorted query, the signed
 * headers and the body hash; {@code SDK-HMAC-SHA256\n<X-Sdk-Date>\n<hash>} MACed with the raw SK.
 */
public final class HuaweiSigner {
  public static final String ALGORITHM = AuthorizationHeader.Dialect.HUAWEI.algorithm();
  public static final String DATE_HEADER = "X-Sdk-Date";
  /** When a client sends it (e.g. {@code UNSIGNED-PAYLOAD}) it replaces the body hash. */
  public static final String CONTENT_SHA256_HEADER = "X-Sdk-Content-Sha256";

  private HuaweiSigner() {}

  /**
   * The headers the SDK signs: every header present at signing time except {@code Content-Type} and
   * names containing {@code _}.
   */
  public static List<String> headersToSign(Map<String, String> headers) {
    return CanonicalForms.lowerCaseNames(headers).keySet().stream()
        .filter(n -> !n.equals("content-type") && !n.contains("_"))
        .collect(Collectors.toList());
  }

  /**
   * @param path the path as sent (each segment is decoded and re-encoded canonically)
   * @param query decoded query pairs
   * @param headers request headers, any case; must hold {@code X-Sdk-Date}
   * @param signedHeaders the names to sign (for verification: those the Authorization names)
   * @param body the exact body bytes (ignored when {@code X-Sdk-Content-Sha256} is sent)
   * @param secret the SK
   */
  public static ComputedSignature sign(
      String method,
      String path,
      List<Map.Entry<String, String>> query,
      Map<String, String> headers,
      List<String> signedHeaders,
      byte[] body,
      String secret) {
    Map<String, String> lower = CanonicalForms.lowerCaseNames(headers);
    String declaredHash = lower.get(CONTENT_SHA256_HEADER.toLowerCase(Locale.ROOT));
    List<String> names = CanonicalForms.signedNames(signedHeaders);
    String canonicalRequest =
        CanonicalForms.request(
            method, canonicalUri(path), query, headers, names, (declaredHash != null ? declaredHash : Digests.sha256Hex(body == null ? new byte[0] : body)));
    String date = lower.getOrDefault(DATE_HEADER.toLowerCase(Locale.ROOT), "");
    String stringToSign = ALGORITHM + "\n" + date + "\n" + Digests.sha256Hex(canonicalRequest);
    String signature = HexFormat.of().formatHex(Digests.hmac("HmacSHA256", secret, stringToSign));
    return new ComputedSignature(canonicalRequest, stringToSign, signature);
  }

  /** {@code /v2/zones} becomes {@code /v2/zones/}: the SDK signs with a trailing slash, always. */
  static String canonicalUri(String path) {
    return "/"
        + Stream.of(path.split("/"))
            .filter(segment -> !segment.isEmpty())
            .map(segment -> PercentEncoding.encode(decodeSegment(segment)) + "/")
            .collect(Collectors.joining());
  }

  /** A {@code +} in a path is literal; a malformed escape is signed as the text it is. */
  private static String decodeSegment(String segment) {
    try {
      return WireParams.component(segment.replace("+", "%2B"));
    } catch (WireParams.MalformedEncoding e) {
      return segment;
    }
  }
}
