package io.clouddouble.auth;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.ResolverStyle;
import java.util.Optional;

/** The UTC timestamp forms the schemes sign: Alibaba {@code 2026-11-22T07:29:48Z}, Huawei {@code 20261122T072401Z}. */
enum SignedTime {
  ALIBABA("uuuu-MM-dd'T'HH:mm:ss'Z'", "dddd-dd-ddTdd:dd:ddZ"),
  HUAWEI("uuuuMMdd'T'HHmmss'Z'", "ddddddddTddddddZ");

  private final DateTimeFormatter format;
  /** The form character by character, {@code d} for a digit. */
  private final String shape;

  SignedTime(String pattern, String shape) {
    this.format =
        DateTimeFormatter.ofPattern(pattern).withResolverStyle(ResolverStyle.STRICT).withZone(ZoneOffset.UTC);
    this.shape = shape;
  }

  /**
   * The instant {@code text} names, read digit by digit (every signed request carries one, and the
   * general formatter costs more than the rest of the signature check); a date that does not exist,
   * such as February 30, is refused as the strict formatter refuses it.
   */
  Optional<Instant> parse(String text) {
    if (text == null || !hasShape(text)) {
      return Optional.empty();
    }
    int[] fields = new int[6];
    int field = 0;
    for (int i = 0; i < shape.length() && field < fields.length; i++) {
      int width = field == 0 ? 4 : 2;
      if (shape.charAt(i) == 'd') {
        fields[field++] = Integer.parseInt(text, i, i + width, 10);
        i += width - 1;
      }
    }
    try {
      return Optional.of(
          LocalDateTime.of(fields[0], fields[1], fields[2], fields[3], fields[4], fields[5]).toInstant(ZoneOffset.UTC));
    } catch (DateTimeException e) {
      return Optional.empty();
    }
  }

  private boolean hasShape(String text) {
    if (text.length() != shape.length()) {
      return false;
    }
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (shape.charAt(i) == 'd' ? c < '0' || c > '9' : c != shape.charAt(i)) {
        return false;
      }
    }
    return true;
  }

  String format(Instant instant) {
    return format.format(instant);
  }
}
