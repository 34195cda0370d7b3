package io.clouddouble.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The digit-by-digit reading of signed timestamps agrees with the strict formatter it replaced. */
class SignedTimeTest {
  @Test
  void readsExactlyWhatTheStrictFormatterReads() {
    List<String> alibaba = List.of("2026-11-22T07:29:48Z", "2024-02-29T23:59:59Z", "2026-02-29T00:00:00Z",
        "2026-13-01T00:00:00Z", "2026-04-31T00:00:00Z", "2026-11-22T24:00:00Z", "2026-11-22T07:60:00Z",
        "2026-11-22T07:29:48", "2026-11-22 07:29:48Z", "2026-11-22T07:29:48+08:00", "+026-11-22T07:29:48Z",
        "2026-1-22T07:29:48Z", "0000-01-01T00:00:00Z", "", "20261122T072948Z");
    List<String> huawei = List.of("20261122T072401Z", "20240229T000000Z", "20260229T000000Z", "20261322T072401Z",
        "20261122T072401", "2026-11-22T07:24:01Z", "20261122T07240Z", "2026112２T072401Z");
    alibaba.forEach(text -> assertEquals(strict("uuuu-MM-dd'T'HH:mm:ss'Z'", text), SignedTime.ALIBABA.parse(text), text));
    huawei.forEach(text -> assertEquals(strict("uuuuMMdd'T'HHmmss'Z'", text), SignedTime.HUAWEI.parse(text), text));
  }

  private static Optional<Instant> strict(String pattern, String text) {
    try {
      return Optional.of(Instant.from(
          DateTimeFormatter.ofPattern(pattern).withResolverStyle(ResolverStyle.STRICT).withZone(ZoneOffset.UTC).parse(text)));
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }
}
