package io.clouddouble.protocol;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.AbstractMap.SimpleImmutableEntry;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Decodes {@code application/x-www-form-urlencoded} text (a query string or a form body) the way the
 * SDKs encode it: {@code +} is a space, {@code %XX} are UTF-8 bytes. Order is kept, because the
 * flattened list styles ({@code Tag.1.Key}) and signature checks depend on every pair.
 */
public final class WireParams {
  private WireParams() {}

  /** Decodes {@code a=1&b=2}; a malformed escape or invalid UTF-8 is a client error, not a crash. */
  public static List<Map.Entry<String, String>> decode(String encoded) {
    List<Map.Entry<String, String>> pairs = new ArrayList<>();
    if (encoded == null || encoded.isEmpty()) {
      return pairs;
    }
    for (String pair : encoded.split("&")) {
      if (pair.isEmpty()) {
        continue;
      }
      int eq = pair.indexOf('=');
      String name = eq < 0 ? pair : pair.substring(0, eq);
      String value = eq < 0 ? "" : pair.substring(eq + 1);
      pairs.add(new SimpleImmutableEntry<>(component(name), component(value)));
    }
    return pairs;
  }

  /** Decodes one component: {@code +} becomes a space and {@code %XX} sequences UTF-8 text. */
  public static String component(String text) {
    if (text.indexOf('%') < 0 && text.indexOf('+') < 0) {
      return text;
    }
    ByteBuffer bytes = ByteBuffer.allocate(text.length() * 4);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '+') {
        bytes.put((byte) ' ');
      } else if (c == '%') {
        if (i + 2 >= text.length() || hex(text.charAt(i + 1)) < 0 || hex(text.charAt(i + 2)) < 0) {
          throw malformed();
        }
        bytes.put((byte) (hex(text.charAt(i + 1)) * 16 + hex(text.charAt(i + 2))));
        i += 2;
      } else if (c > 0x7f) {
        int codePoint = text.codePointAt(i);
        bytes.put(new String(Character.toChars(codePoint)).getBytes(StandardCharsets.UTF_8));
        i += Character.charCount(codePoint) - 1;
      } else {
        bytes.put((byte) c);
      }
    }
    bytes.flip();
    try {
      return strictUtf8(bytes);
    } catch (CharacterCodingException e) {
      throw malformed();
    }
  }

  /** Strict UTF-8: a body with bytes that are not UTF-8 is malformed, not silently repaired. */
  public static String utf8(byte[] bytes) {
    try {
      return strictUtf8(ByteBuffer.wrap(bytes));
    } catch (CharacterCodingException e) {
      throw malformed();
    }
  }

  private static String strictUtf8(ByteBuffer bytes) throws CharacterCodingException {
    return StandardCharsets.UTF_8
        .newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT)
        .decode(bytes)
        .toString();
  }

  private static int hex(char c) {
    return Character.digit(c, 16);
  }

  private static MalformedEncoding malformed() {
    return new MalformedEncoding();
  }

  /** Raised for bad percent-encoding; each protocol maps it to its own documented error. */
  public static final class MalformedEncoding extends RuntimeException {
    MalformedEncoding() {
      super("malformed percent-encoding", null, false, false);
    }
  }
}
