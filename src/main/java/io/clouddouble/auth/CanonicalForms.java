package io.clouddouble.auth;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/** The canonical query and header blocks that Alibaba V3 and Huawei SDK-HMAC-SHA256 share. */
final class CanonicalForms {
  private CanonicalForms() {}

  /** Decoded pairs re-encoded, sorted by name then value, as {@code k=v&k=}. */
  static String query(List<Map.Entry<String, String>> pairs) {
    return pairs.stream()
        .map(p -> Map.entry(PercentEncoding.encode(p.getKey()), PercentEncoding.encode(p.getValue())))
        .sorted(Map.Entry.<String, String>comparingByKey().thenComparing(Map.Entry.comparingByValue()))
        .map(p -> p.getKey() + "=" + p.getValue())
        .collect(Collectors.joining("&"));
  }

  /** Header names as both schemes sign them: lower case, sorted. */
  static List<String> signedNames(List<String> names) {
    return names.stream().map(n -> n.toLowerCase(Locale.ROOT)).sorted(Comparator.naturalOrder()).toList();
  }

  /** One {@code name:trimmed value\n} line per {@link #signedNames signed name}; absent ones empty. */
  static String headers(Map<String, String> headers, List<String> signedNames) {
    Map<String, String> lower = lowerCaseNames(headers);
    return signedNames.stream()
        .map(name -> name + ":" + lower.getOrDefault(name, "").strip() + "\n")
        .collect(Collectors.joining());
  }

  /**
   * The canonical request both schemes hash: method, URI, query, header block, signed names and
   * payload hash, one per line (the header block ends with its own newline).
   */
  static String request(
      String method,
      String canonicalUri,
      List<Map.Entry<String, String>> query,
      Map<String, String> headers,
      List<String> signedNames,
      String payloadHash) {
    return String.join(
        "\n",
        method,
        canonicalUri,
        query(query),
        headers(headers, signedNames),
        String.join(";", signedNames),
        payloadHash);
  }

  static Map<String, String> lowerCaseNames(Map<String, String> headers) {
    Map<String, String> lower = new TreeMap<>();
    headers.forEach((name, value) -> lower.putIfAbsent(name.toLowerCase(Locale.ROOT), value));
    return lower;
  }
}
