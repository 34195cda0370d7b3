package io.clouddouble.state.template;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import io.clouddouble.ReadMostly;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Renders a JSON template against {@link Bindings}. Strings interpolate {@code ${expression}}: a
 * string that is exactly one {@code ${...}} becomes the value itself (number, object, array); a
 * string mixing text and expressions becomes text. Whatever is missing is left out: an object
 * member or array element that renders to nothing disappears, and so does a string any of whose
 * expressions is missing. {@code {"$each": expr-or-query, "$as": name, "$item": template}} renders
 * a list.
 */
public final class Template {
  /** The binding that holds the {@link QueryRunner} {@code $each} uses for inline queries. */
  public static final String QUERIES = "$queries";

  /** The binding that holds a {@code Supplier<Instant>}: the fake's clock, read by {@code now()}. */
  public static final String CLOCK = "$clock";

  private static final Map<String, List<Object>> PARSED = new ConcurrentHashMap<>();

  /** Runs an inline list query ({@code {"type": ..., "where": ...}}) for {@code $each}. */
  public interface QueryRunner {
    Object run(JsonNode query, Bindings bindings);
  }

  private Template() {}

  /** The rendered JSON, or null when the template renders to nothing. */
  public static JsonNode render(JsonNode template, Bindings bindings) {
    return Values.toJson(evaluate(template, bindings), bindings);
  }

  /**
   * Renders to a raw value (see {@link Values}), keeping resources as resources: what effects and
   * conditions compare against.
   */
  public static Object evaluate(JsonNode template, Bindings bindings) {
    if (template == null || template.isNull() || template.isMissingNode()) {
      return null;
    }
    if (template.isTextual()) {
      return string(template.asText(), bindings);
    }
    if (template.isArray()) {
      ArrayNode out = JsonNodeFactory.instance.arrayNode();
      for (JsonNode element : template) {
        JsonNode rendered = render(element, bindings);
        if (rendered != null) {
          out.add(rendered);
        }
      }
      return out;
    }
    if (template.isObject()) {
      if (template.has("$each")) {
        return each(template, bindings);
      }
      ObjectNode out = JsonNodeFactory.instance.objectNode();
      Iterator<Map.Entry<String, JsonNode>> fields = template.fields();
      while (fields.hasNext()) {
        Map.Entry<String, JsonNode> field = fields.next();
        JsonNode rendered = render(field.getValue(), bindings);
        if (rendered != null) {
          out.set(field.getKey(), rendered);
        }
      }
      return out;
    }
    return template;
  }

  private static Object each(JsonNode template, Bindings bindings) {
    JsonNode source = template.get("$each");
    Object items;
    if (source.isObject()) {
      QueryRunner queries = (QueryRunner) bindings.lookup(QUERIES);
      items = queries.run(source, bindings);
    } else {
      items = Expression.parse(source.asText()).evaluate(bindings);
    }
    String name = template.path("$as").asText("it");
    JsonNode item = template.get("$item");
    List<Object> out = new ArrayList<>();
    for (Object element : Values.elements(items)) {
      Object rendered = item == null ? element : evaluate(item, bindings.child().bind(name, element));
      if (rendered != null) {
        out.add(rendered);
      }
    }
    if (template.path("$first").asBoolean(false)) { // a single value: the first item, or missing
      return out.isEmpty() ? null : out.get(0);
    }
    return out;
  }

  /** Parses a template string ahead of its first use; a malformed one fails here. */
  public static void compile(String text) {
    ReadMostly.get(PARSED, text, Template::parse);
  }

  private static Object string(String text, Bindings bindings) {
    List<Object> parts = ReadMostly.get(PARSED, text, Template::parse);
    if (parts.size() == 1 && parts.get(0) instanceof Expression only) {
      return only.evaluate(bindings);
    }
    StringBuilder out = new StringBuilder();
    for (Object part : parts) {
      if (part instanceof Expression expression) {
        String value = Values.text(expression.evaluate(bindings));
        if (value == null) {
          return null;
        }
        out.append(value);
      } else {
        out.append(part);
      }
    }
    return TextNode.valueOf(out.toString());
  }

  private static List<Object> parse(String text) {
    List<Object> parts = new ArrayList<>();
    int pos = 0;
    while (pos < text.length()) {
      int open = text.indexOf("${", pos);
      if (open < 0) {
        parts.add(text.substring(pos));
        break;
      }
      if (open > pos) {
        parts.add(text.substring(pos, open));
      }
      int close = closing(text, open + 2);
      parts.add(Expression.parse(text.substring(open + 2, close).trim()));
      pos = close + 1;
    }
    if (parts.isEmpty()) {
      parts.add("");
    }
    return parts;
  }

  private static int closing(String text, int from) {
    boolean quoted = false;
    for (int i = from; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\'') {
        quoted = !quoted;
      } else if (c == '}' && !quoted) {
        return i;
      }
    }
    throw new IllegalArgumentException("unterminated ${ in template '" + text + "'");
  }
}
