package io.clouddouble.auth;

import java.nio.charset.StandardCharsets;

/**
 * RFC 3986 percent-encoding as all three signature schemes canonicalise names and values: the
 * unreserved characters {@code A-Z a-z 0-9 - _ . ~} stay, every other UTF-8 byte becomes
 * {@code %XX} (upper-case hex). It equals the SDKs' {@code URLEncoder.encode(x).replace("+","%20")
 * .replace("*","%2A").replace("%7E","~")}.
 */
public final class PercentEncoding {
  private static final char[] HEX = "0123456789ABCDEF".toCharArray();

  private PercentEncoding() {}

  public static String encode(String text) {
    StringBuilder out = new StringBuilder(text.length() + 16);
    for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
      int c = b & 0xff;
      if (unreserved(c)) {
        out.append((char) c);
      } else {
        out.append('%').append(HEX[c >> 4]).append(HEX[c & 0xf]);
      }
    }
    return out.toString();
  }

  private static boolean unreserved(int c) {
    return (c >= 'A' && c <= 'Z')
        || (c >= 'a' && c <= 'z')
        || (c >= '0' && c <= '9')
        || c == '-'
        || c == '_'
        || c == '.'
        || c == '~';
  }
}
