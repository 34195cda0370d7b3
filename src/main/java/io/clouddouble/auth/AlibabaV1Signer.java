package io.clouddouble.auth;

import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Alibaba Cloud signature V1 (RPC, HMAC-SHA1), as aliyun-java-sdk-core and Tea with
 * {@code signatureAlgorithm="v2"} compute it: every query and form parameter except
 * {@code Signature}, empty values dropped, sorted by name, percent-encoded, joined; then
 * {@code METHOD&%2F&enc(query)} MACed with {@code secret + "&"}.
 */
public final class AlibabaV1Signer {
  public static final String SIGNATURE_METHOD = "HMAC-SHA1";
  public static final String SIGNATURE_VERSION = "1.0";

  private AlibabaV1Signer() {}

  /**
   * @param query decoded query pairs
   * @param form decoded form-body pairs (signed together with the query)
   */
  public static ComputedSignature sign(
      String method,
      List<Map.Entry<String, String>> query,
      List<Map.Entry<String, String>> form,
      String secret) {
    List<Map.Entry<String, String>> params = new ArrayList<>(query);
    params.addAll(form);
    String canonical =
        params.stream()
            .filter(p -> !p.getKey().equals("Signature") && !p.getValue().isEmpty())
            .sorted(Map.Entry.comparingByKey(Comparator.naturalOrder()))
            .map(p -> PercentEncoding.encode(p.getKey()) + "=" + PercentEncoding.encode(p.getValue()))
            .collect(Collectors.joining("&"));
    String stringToSign =
        method + "&" + PercentEncoding.encode("/") + "&" + PercentEncoding.encode(canonical);
    String signature =
        Base64.getEncoder().encodeToString(Digests.hmac("HmacSHA1", secret + "&", stringToSign));
    return new ComputedSignature(canonical, stringToSign, signature);
  }
}
