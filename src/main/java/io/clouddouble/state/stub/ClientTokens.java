package io.clouddouble.state.stub;

import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * What makes two calls with one ClientToken "the same request": their business parameters. The
 * protocol's own parameters (signature, nonce, timestamp, format) differ on every retry and are
 * left out.
 */
final class ClientTokens {
  private static final Set<String> PROTOCOL =
      Set.of(
          "Action", "Version", "Format", "AccessKeyId", "SignatureMethod", "SignatureVersion",
          "SignatureNonce", "SignatureType", "Timestamp", "Signature", "SecurityToken", "BearerToken");

  private ClientTokens() {}

  static String fingerprint(Map<String, String> params) {
    TreeMap<String, String> business = new TreeMap<>(params);
    business.keySet().removeAll(PROTOCOL);
    return business.toString();
  }
}
