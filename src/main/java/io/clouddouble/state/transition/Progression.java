package io.clouddouble.state.transition;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Locale;

/**
 * How a started transition reaches its target: {@code immediately} (by the next request),
 * {@code after} a duration of the fake's clock, {@code afterReads} N reads of the resource, or
 * {@code manual} (only when the admin API changes its progression).
 */
public record Progression(Kind kind, Duration duration, long reads) {

  public enum Kind {
    IMMEDIATELY("immediately"),
    AFTER("after"),
    AFTER_READS("afterReads"),
    MANUAL("manual");

    final String wire;

    Kind(String wire) {
      this.wire = wire;
    }

    static Kind parse(String text) {
      for (Kind kind : values()) {
        if (kind.wire.equals(text)) {
          return kind;
        }
      }
      throw new IllegalArgumentException(
          "progression must be immediately, after, afterReads or manual, not '" + text + "'");
    }
  }

  /** Reads {@code {"progression": ..., "duration": "PT2S" | "2s", "reads": 3}}. */
  public static Progression parse(JsonNode spec) {
    Kind kind = Kind.parse(spec.path("progression").asText("immediately"));
    return switch (kind) {
      case AFTER -> {
        if (!spec.hasNonNull("duration")) {
          throw new IllegalArgumentException("progression 'after' needs a duration, e.g. \"PT2S\" or \"2s\"");
        }
        yield new Progression(kind, duration(spec.get("duration").asText()), 0);
      }
      case AFTER_READS -> {
        long reads = spec.path("reads").asLong(0);
        if (reads < 1) {
          throw new IllegalArgumentException("progression 'afterReads' needs reads >= 1");
        }
        yield new Progression(kind, Duration.ZERO, reads);
      }
      default -> new Progression(kind, Duration.ZERO, 0);
    };
  }

  /** ISO-8601 ({@code PT2S}) or short ({@code 500ms}, {@code 2s}, {@code 5m}, {@code 1h}) durations. */
  public static Duration duration(String text) {
    String t = text.trim().toLowerCase(Locale.ROOT);
    try {
      Duration parsed;
      if (t.startsWith("p")) {
        parsed = Duration.parse(t.toUpperCase(Locale.ROOT));
      } else if (t.endsWith("ms")) {
        parsed = Duration.ofMillis(Long.parseLong(t.substring(0, t.length() - 2)));
      } else if (t.endsWith("s")) {
        parsed = Duration.ofSeconds(Long.parseLong(t.substring(0, t.length() - 1)));
      } else if (t.endsWith("m")) {
        parsed = Duration.ofMinutes(Long.parseLong(t.substring(0, t.length() - 1)));
      } else if (t.endsWith("h")) {
        parsed = Duration.ofHours(Long.parseLong(t.substring(0, t.length() - 1)));
      } else {
        throw new IllegalArgumentException();
      }
      if (parsed.isNegative()) {
        throw new IllegalArgumentException();
      }
      return parsed;
    } catch (IllegalArgumentException | DateTimeParseException e) {
      throw new IllegalArgumentException(
          "bad duration '" + text + "': use ISO-8601 (PT2S) or a number with ms, s, m or h");
    }
  }

  public ObjectNode toJson() {
    ObjectNode out = JsonNodeFactory.instance.objectNode();
    out.put("progression", kind.wire);
    if (kind == Kind.AFTER) {
      out.put("duration", duration.toString());
    }
    if (kind == Kind.AFTER_READS) {
      out.put("reads", reads);
    }
    return out;
  }
}
