package io.clouddouble.auth;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Optional;

/** The UTC timestamp forms the schemes sign: Alibaba {@code 2026-11-22T07:29:48Z}, Huawei {@code 20261122T072401Z}. */
enum SignedTime {
  ALIBABA("uuuu-MM-dd'T'HH:mm:ss'Z'"),
  HUAWEI("uuuuMMdd'T'HHmmss'Z'");

  private final DateTimeFormatter format;

  SignedTime(String pattern) {
    this.format =
        DateTimeFormatter.ofPattern(pattern).withResolverStyle(ResolverStyle.STRICT).withZone(ZoneOffset.UTC);
  }

  Optional<Instant> parse(String text) {
    if (text == null) {
      return Optional.empty();
    }
    try {
      return Optional.of(Instant.from(format.parse(text)));
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }

  String format(Instant instant) {
    return format.format(instant);
  }
}
