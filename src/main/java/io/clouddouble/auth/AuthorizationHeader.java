package io.clouddouble.auth;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The {@code Authorization} header of the two header-signed schemes, which share one shape:
 * {@code ALGORITHM Key=value,SignedHeaders=a;b,Signature=hex}. Alibaba V3 names the key
 * {@code Credential} and separates fields with {@code ","}; Huawei names it {@code Access} and
 * separates them with {@code ", "}.
 *
 * @param signedHeaders lower-case header names in the order given
 * @param signature lower-case hex
 */
public record AuthorizationHeader(
    Dialect dialect, String accessKeyId, List<String> signedHeaders, String signature) {

  /** The two schemes' spellings. */
  public enum Dialect {
    ALIBABA_V3("ACS3-HMAC-SHA256", "Credential", ","),
    HUAWEI("SDK-HMAC-SHA256", "Access", ", ");

    private final String algorithm;
    private final String keyField;
    private final String separator;

    Dialect(String algorithm, String keyField, String separator) {
      this.algorithm = algorithm;
      this.keyField = keyField;
      this.separator = separator;
    }

    public String algorithm() {
      return algorithm;
    }
  }

  /** The algorithm word a header starts with, or an empty string. */
  public static String algorithmOf(String header) {
    if (header == null) {
      return "";
    }
    String text = header.strip();
    int space = text.indexOf(' ');
    return space < 0 ? text : text.substring(0, space);
  }

  /**
   * Parses a header of the dialect; empty when anything is missing or malformed (another algorithm,
   * a missing field, an empty key or header list, a signature that is not 64 lower-case hex digits).
   */
  public static Optional<AuthorizationHeader> parse(Dialect dialect, String header) {
    if (header == null || !algorithmOf(header).equals(dialect.algorithm)) {
      return Optional.empty();
    }
    Map<String, String> fields = fields(dialect, header);
    String key = fields.get(dialect.keyField);
    String headers = fields.get("SignedHeaders");
    String signature = fields.get("Signature");
    if (key == null || key.isEmpty() || headers == null || headers.isEmpty() || signature == null
        || !isLowerHex64(signature)) {
      return Optional.empty();
    }
    List<String> names = List.of(headers.toLowerCase(Locale.ROOT).split(";", -1));
    if (names.stream().anyMatch(String::isEmpty)) {
      return Optional.empty();
    }
    return Optional.of(new AuthorizationHeader(dialect, key, names, signature));
  }

  private static boolean isLowerHex64(String text) {
    if (text.length() != 64) {
      return false;
    }
    for (int i = 0; i < 64; i++) {
      char c = text.charAt(i);
      if ((c < '0' || c > '9') && (c < 'a' || c > 'f')) {
        return false;
      }
    }
    return true;
  }

  /**
   * The access key a header names, however malformed the rest is (signature checks off still map
   * the key to an account); null when it names none.
   */
  public static String accessKeyIdOf(Dialect dialect, String header) {
    String key = header == null ? null : fields(dialect, header).get(dialect.keyField);
    return key == null || key.isEmpty() ? null : key;
  }

  private static Map<String, String> fields(Dialect dialect, String header) {
    String text = header.strip();
    int space = text.indexOf(' ');
    Map<String, String> fields = new HashMap<>();
    for (String field : (space < 0 ? "" : text.substring(space + 1)).split(",")) {
      int eq = field.indexOf('=');
      if (eq > 0) {
        fields.putIfAbsent(field.substring(0, eq).strip(), field.substring(eq + 1).strip());
      }
    }
    return fields;
  }

  /** The header value, as the SDKs of the dialect write it. */
  public String format() {
    return dialect.algorithm
        + " "
        + dialect.keyField
        + "="
        + accessKeyId
        + dialect.separator
        + "SignedHeaders="
        + String.join(";", signedHeaders)
        + dialect.separator
        + "Signature="
        + signature;
  }
}
