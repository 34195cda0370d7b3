package io.clouddouble.auth;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The documented, deterministic mapping from an access key to an account when no credentials file
 * names one: the same key always lands in the same account, different keys (almost surely) in
 * different ones, so parallel users of one fake do not see each other's resources.
 *
 * <ul>
 *   <li>Alibaba account id: the first 8 bytes of SHA-256(AccessKeyId) as an unsigned number, modulo
 *       10^16, written as 16 digits with the first digit forced to 1-9.
 *   <li>Huawei project id: the first 32 hex digits of SHA-256(AK), unless the request names one in
 *       {@code X-Project-Id}.
 * </ul>
 */
public final class Accounts {
  /** Access keys seen so far and their accounts: a fake serves a few keys, hashed once each. */
  private static final int REMEMBERED = 4096;
  private static final Map<String, String> ALIBABA = new ConcurrentHashMap<>();
  private static final Map<String, String> HUAWEI = new ConcurrentHashMap<>();

  private Accounts() {}

  public static String alibabaAccountId(String accessKeyId) {
    String key = accessKeyId == null ? "" : accessKeyId;
    String known = ALIBABA.get(key);
    if (known != null) {
      return known;
    }
    return remember(ALIBABA, key, alibabaAccountIdOf(key));
  }

  public static String huaweiProjectId(String accessKeyId) {
    String key = accessKeyId == null ? "" : accessKeyId;
    String known = HUAWEI.get(key);
    if (known != null) {
      return known;
    }
    return remember(HUAWEI, key, HexFormat.of().formatHex(sha256(key)).substring(0, 32));
  }

  private static String remember(Map<String, String> cache, String key, String value) {
    if (cache.size() >= REMEMBERED) {
      cache.clear(); // many distinct keys (a fuzzer): start over rather than grow
    }
    cache.put(key, value);
    return value;
  }

  private static String alibabaAccountIdOf(String accessKeyId) {
    byte[] digest = sha256(accessKeyId == null ? "" : accessKeyId);
    long value = 0;
    for (int i = 0; i < 8; i++) {
      value = (value << 8) | (digest[i] & 0xff);
    }
    String digits = String.format("%016d", Long.remainderUnsigned(value, 10_000_000_000_000_000L));
    return digits.charAt(0) == '0' ? "1" + digits.substring(1) : digits;
  }

  private static byte[] sha256(String text) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
