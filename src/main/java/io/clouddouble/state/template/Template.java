package io.clouddouble.state.template;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.util.ArrayList;
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

  /**
   * Templates compiled on first use, by identity: they are the stubs' own nodes, loaded once, and a
   * JSON node's equality is a deep walk. A request renders a compiled tree, with no per-string
   * look-up or re-reading of {@code $each}, {@code $as} and {@code $item}. Bounded, in case some
   * caller ever renders nodes made per request: past the bound a template is compiled for each use.
   */
  private static final Map<Identity, Node> COMPILED = new ConcurrentHashMap<>();
  private static final int MAX_COMPILED = 50_000;

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
    if (template == null) {
      return null;
    }
    Identity key = new Identity(template);
    Node node = COMPILED.get(key);
    if (node == null) {
      node = build(template);
      if (COMPILED.size() < MAX_COMPILED) {
        COMPILED.putIfAbsent(key, node);
      }
    }
    return node.evaluate(bindings);
  }

  /** Parses a template string ahead of its first use; a malformed one fails here. */
  public static void compile(String text) {
    parse(text);
  }

  private static Node build(JsonNode template) {
    if (template.isNull() || template.isMissingNode()) {
      return bindings -> null;
    }
    if (template.isTextual()) {
      return text(parse(template.asText()));
    }
    if (template.isArray()) {
      List<Node> elements = new ArrayList<>();
      template.forEach(element -> elements.add(build(element)));
      return bindings -> {
        ArrayNode out = JsonNodeFactory.instance.arrayNode(elements.size());
        for (Node element : elements) {
          JsonNode rendered = Values.toJson(element.evaluate(bindings), bindings);
          if (rendered != null) {
            out.add(rendered);
          }
        }
        return out;
      };
    }
    if (template.isObject()) {
      return template.has("$each") ? each(template) : object(template);
    }
    return bindings -> template;
  }

  private static Node object(JsonNode template) {
    List<String> names = new ArrayList<>();
    List<Node> values = new ArrayList<>();
    template.fields().forEachRemaining(field -> {
      names.add(field.getKey());
      values.add(build(field.getValue()));
    });
    return bindings -> {
      ObjectNode out = JsonNodeFactory.instance.objectNode();
      for (int i = 0; i < names.size(); i++) {
        JsonNode rendered = Values.toJson(values.get(i).evaluate(bindings), bindings);
        if (rendered != null) {
          out.set(names.get(i), rendered);
        }
      }
      return out;
    };
  }

  private static Node each(JsonNode template) {
    JsonNode source = template.get("$each");
    Node items = source.isObject()
        ? bindings -> ((QueryRunner) bindings.lookup(QUERIES)).run(source, bindings)
        : Expression.parse(source.asText())::evaluate;
    String name = template.path("$as").asText("it");
    Node item = template.has("$item") ? build(template.get("$item")) : null;
    boolean first = template.path("$first").asBoolean(false); // a single value: the first item, or missing
    return bindings -> {
      List<Object> out = new ArrayList<>();
      for (Object element : Values.elements(items.evaluate(bindings))) {
        Object rendered = item == null ? element : item.evaluate(bindings.child().bind(name, element));
        if (rendered != null) {
          out.add(rendered);
        }
      }
      return first ? (out.isEmpty() ? null : out.get(0)) : out;
    };
  }

  private static Node text(List<Object> parts) {
    if (parts.size() == 1 && parts.get(0) instanceof Expression only) {
      return only::evaluate;
    }
    return bindings -> {
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
    };
  }

  /** A compiled template: renders to a raw value, or null for nothing. */
  private interface Node {
    Object evaluate(Bindings bindings);
  }

  /** A template node as a map key: the same node, not an equal one. */
  private record Identity(JsonNode node) {
    @Override
    public boolean equals(Object other) {
      return other instanceof Identity that && that.node == node;
    }

    @Override
    public int hashCode() {
      return System.identityHashCode(node);
    }
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
