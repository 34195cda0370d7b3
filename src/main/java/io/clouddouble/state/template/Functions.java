package io.clouddouble.state.template;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.LongNode;
import com.fasterxml.jackson.databind.node.TextNode;
import io.clouddouble.state.transition.Progression;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;

/**
 * The template language's functions. {@code now()} reads the fake's virtual clock, which the
 * engine binds as {@link Template#CLOCK}, so rendered times move when the admin API advances it.
 */
final class Functions {
  private static final Map<String, Integer> ARITY =
      Map.ofEntries(
          Map.entry("id", 1),
          Map.entry("hex", 1),
          Map.entry("uuid", 0),
          Map.entry("now", -1),
          Map.entry("nowMillis", -1),
          Map.entry("int", 1),
          Map.entry("bool", 1),
          Map.entry("size", 1),
          Map.entry("distinct", 1),
          Map.entry("split", 2),
          Map.entry("lower", 1),
          Map.entry("upper", 1),
          Map.entry("text", 1),
          Map.entry("add", 2),
          Map.entry("maxCount", 1),
          Map.entry("flat", 1),
          Map.entry("json", 1),
          Map.entry("digits", 1),
          Map.entry("nowStamp", -1),
          Map.entry("product", 2),
          Map.entry("pick", 4),
          Map.entry("grep", 2));

  private static final DateTimeFormatter SECONDS =
      DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss'Z'").withZone(ZoneOffset.UTC);
  private static final DateTimeFormatter MILLIS =
      DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS").withZone(ZoneOffset.UTC);
  private static final DateTimeFormatter STAMP =
      DateTimeFormatter.ofPattern("yyyyMMddHHmmssSSS").withZone(ZoneOffset.UTC);
  private static final com.fasterxml.jackson.databind.ObjectMapper MAPPER = new com.fasterxml.jackson.databind.ObjectMapper();
  private static final String ALNUM = "0123456789abcdefghijklmnopqrstuvwxyz";

  private Functions() {}

  static void check(String name, int arity, String text) {
    Integer expected = ARITY.get(name);
    if (expected == null) {
      throw new IllegalArgumentException("unknown function " + name + "() in '" + text + "'");
    }
    if (expected == -1 ? arity > 1 : expected != arity) { // -1: an optional argument
      throw new IllegalArgumentException(name + "() takes " + expected + " argument(s) in '" + text + "'");
    }
  }

  static Object call(String name, List<Object> args, Bindings bindings) {
    return switch (name) {
      case "id" -> TextNode.valueOf(text(args.get(0)) + random(ALNUM, 20));
      case "hex" -> TextNode.valueOf(random("0123456789abcdef", Integer.parseInt(text(args.get(0)))));
      case "uuid" -> TextNode.valueOf(java.util.UUID.randomUUID().toString().toUpperCase(Locale.ROOT));
      case "now" -> TextNode.valueOf(SECONDS.format(now(bindings, args)));
      case "nowMillis" -> TextNode.valueOf(MILLIS.format(now(bindings, args)));
      case "int" -> toLong(args.get(0));
      case "bool" -> args.get(0) == null ? null : BooleanNode.valueOf("true".equalsIgnoreCase(text(args.get(0))));
      case "size" -> LongNode.valueOf(Values.elements(args.get(0)).size());
      case "distinct" -> distinct(args.get(0));
      case "split" -> split(args.get(0), text(args.get(1)));
      case "lower" -> args.get(0) == null ? null : TextNode.valueOf(text(args.get(0)).toLowerCase(Locale.ROOT));
      case "upper" -> args.get(0) == null ? null : TextNode.valueOf(text(args.get(0)).toUpperCase(Locale.ROOT));
      case "text" -> args.get(0) == null ? null : TextNode.valueOf(text(args.get(0)));
      case "add" -> add(args.get(0), args.get(1));
      case "maxCount" -> maxCount(args.get(0));
      case "flat" -> flat(args.get(0));
      case "json" -> json(args.get(0));
      case "digits" -> TextNode.valueOf(digits(Integer.parseInt(text(args.get(0)))));
      case "nowStamp" -> TextNode.valueOf(STAMP.format(now(bindings, args)));
      case "product" -> product(args.get(0), args.get(1));
      case "pick" -> pick(args.get(0), text(args.get(1)), args.get(2), text(args.get(3)));
      case "grep" -> grep(args.get(0), text(args.get(1)));
      default -> throw new IllegalArgumentException("unknown function " + name);
    };
  }

  /** The fake's time, plus the optional duration argument ({@code now('P7D')}: a deadline a week ahead). */
  private static Instant now(Bindings bindings, List<Object> args) {
    @SuppressWarnings("unchecked")
    Supplier<Instant> clock = (Supplier<Instant>) bindings.lookup(Template.CLOCK);
    Instant now = clock != null ? clock.get() : Instant.now();
    return args.isEmpty() || args.get(0) == null ? now : now.plus(Progression.duration(text(args.get(0))));
  }

  private static String text(Object value) {
    String text = Values.text(value);
    return text == null ? "" : text;
  }

  private static JsonNode toLong(Object value) {
    if (value == null) {
      return null;
    }
    try {
      return LongNode.valueOf(Long.parseLong(Values.text(value).trim()));
    } catch (NumberFormatException e) {
      return null;
    }
  }

  private static Object distinct(Object value) {
    Set<String> seen = new LinkedHashSet<>();
    List<Object> out = new ArrayList<>();
    for (Object element : Values.elements(value)) {
      if (seen.add(Values.text(element))) {
        out.add(element);
      }
    }
    return out;
  }

  /** {@code add(a, b)}: the sum of two integers; missing or unreadable counts as 0. */
  private static Object add(Object a, Object b) {
    return LongNode.valueOf(longOrZero(a) + longOrZero(b));
  }

  private static long longOrZero(Object value) {
    JsonNode number = toLong(value);
    return number == null ? 0 : number.asLong();
  }

  /** {@code maxCount(list)}: how many times the most frequent value occurs (0 for an empty list). */
  private static Object maxCount(Object value) {
    Map<String, Integer> counts = new java.util.HashMap<>();
    int max = 0;
    for (Object element : Values.elements(value)) {
      max = Math.max(max, counts.merge(Values.text(element), 1, Integer::sum));
    }
    return LongNode.valueOf(max);
  }

  /** {@code flat(list)}: a list of lists as one list (one level; scalars are kept). */
  private static Object flat(Object value) {
    List<Object> out = new ArrayList<>();
    for (Object element : Values.elements(value)) {
      out.addAll(Values.elements(element));
    }
    return out;
  }

  private static Object split(Object value, String separator) {
    if (value == null) {
      return null;
    }
    List<Object> out = new ArrayList<>();
    for (String part : Values.text(value).split(java.util.regex.Pattern.quote(separator))) {
      if (!part.isEmpty()) {
        out.add(JsonNodeFactory.instance.textNode(part));
      }
    }
    return out;
  }

  /** A JSON text parsed to its value; missing when the argument is missing, not text, or not JSON. */
  private static JsonNode json(Object value) {
    if (!(value instanceof JsonNode node) || !node.isTextual()) {
      return null;
    }
    try {
      JsonNode parsed = MAPPER.readTree(node.asText());
      return parsed == null || parsed.isMissingNode() || parsed.isNull() ? null : parsed;
    } catch (java.io.IOException e) {
      return null;
    }
  }

  /** Every pair of an element of a and one of b, as two-element lists, a's order first (each resource with each tag). */
  private static Object product(Object a, Object b) {
    List<Object> out = new ArrayList<>();
    for (Object x : Values.elements(a)) {
      for (Object y : Values.elements(b)) {
        out.add(new ArrayList<>(List.of(x, y)));
      }
    }
    return out;
  }

  /** {@code n} random decimal digits, the first not 0 (numeric ids such as CloudAPI's AppId). */
  private static String digits(int length) {
    if (length <= 0) {
      return "";
    }
    return random("123456789", 1) + random("0123456789", length - 1);
  }

  /**
   * {@code pick(list, 'id', it.id, 'records')}: the member {@code records} of the first element of
   * the list whose {@code id} equals the value (as text), or missing (a batch body's item for the
   * resource an update effect is changing).
   */
  private static Object pick(Object list, String field, Object value, String member) {
    String expected = Values.text(value);
    if (expected == null) {
      return null;
    }
    for (Object element : Values.elements(list)) {
      if (element instanceof JsonNode node && expected.equals(Values.text(node.get(field)))) {
        JsonNode out = node.get(member);
        return out == null || out.isNull() ? null : out;
      }
    }
    return null;
  }

  /** {@code grep(list, 'regex')}: the elements whose text matches the whole regex, in order. */
  private static Object grep(Object list, String regex) {
    java.util.regex.Pattern pattern = java.util.regex.Pattern.compile(regex);
    List<Object> out = new ArrayList<>();
    for (Object element : Values.elements(list)) {
      String text = Values.text(element);
      if (text != null && pattern.matcher(text).matches()) {
        out.add(element);
      }
    }
    return out;
  }

  private static String random(String alphabet, int length) {
    StringBuilder out = new StringBuilder(length);
    ThreadLocalRandom random = ThreadLocalRandom.current();
    for (int i = 0; i < length; i++) {
      out.append(alphabet.charAt(random.nextInt(alphabet.length())));
    }
    return out.toString();
  }
}
