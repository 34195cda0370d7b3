package io.clouddouble.state.template;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.MissingNode;
import java.util.ArrayList;
import java.util.List;

/**
 * The values expressions produce: null (missing), a Jackson {@link JsonNode}, a {@link Navigable}
 * (resource, page) or a {@code List} of these. Stepping into a list or JSON array with a name maps
 * the step over the elements, so {@code param.Zone.ZoneId} is the list of every zone's id.
 */
public final class Values {
  private Values() {}

  static Object step(Object value, Object step, Bindings bindings) {
    if (value instanceof Navigable navigable) {
      bindings.touched(navigable);
      return step instanceof String name ? navigable.member(name) : null;
    }
    if (value instanceof List<?> list) {
      return stepList(list, step, bindings);
    }
    if (value instanceof JsonNode node) {
      if (node.isArray()) {
        List<Object> elements = new ArrayList<>();
        node.forEach(elements::add);
        return stepList(elements, step, bindings);
      }
      if (step instanceof String name && node.isObject()) {
        return present(node.get(name));
      }
    }
    return null;
  }

  private static Object stepList(List<?> list, Object step, Bindings bindings) {
    if (step instanceof Integer index) {
      return index < list.size() ? list.get(index) : null;
    }
    if ("size".equals(step)) {
      return JsonNodeFactory.instance.numberNode(list.size());
    }
    List<Object> mapped = new ArrayList<>();
    for (Object element : list) {
      Object result = step(element, step, bindings);
      if (result != null) {
        mapped.add(result);
      }
    }
    return mapped;
  }

  /** JSON null and Jackson's missing node are both "missing" to the language. */
  public static JsonNode present(JsonNode node) {
    return node == null || node instanceof MissingNode || node.isNull() ? null : node;
  }

  /** The value as JSON, or null when missing. Reading a resource this way counts as a read. */
  public static JsonNode toJson(Object value, Bindings bindings) {
    if (value == null) {
      return null;
    }
    if (value instanceof JsonNode node) {
      return node;
    }
    if (value instanceof Navigable navigable) {
      bindings.touched(navigable);
      return navigable.toJson();
    }
    if (value instanceof List<?> list) {
      ArrayNode array = JsonNodeFactory.instance.arrayNode();
      for (Object element : list) {
        JsonNode json = toJson(element, bindings);
        if (json != null) {
          array.add(json);
        }
      }
      return array;
    }
    throw new IllegalStateException("not a template value: " + value.getClass());
  }

  /** The value as comparison text: scalars as they print, missing as null. */
  public static String text(Object value) {
    if (value instanceof JsonNode node && node.isValueNode()) {
      return node.asText();
    }
    return value == null ? null : toJson(value, Bindings.root()).toString();
  }

  /** The elements of a list value (a List or a JSON array); a scalar is a list of one. */
  public static List<Object> elements(Object value) {
    List<Object> out = new ArrayList<>();
    if (value instanceof List<?> list) {
      out.addAll(list);
    } else if (value instanceof JsonNode node && node.isArray()) {
      node.forEach(out::add);
    } else if (value != null) {
      out.add(value);
    }
    return out;
  }

  public static boolean isList(Object value) {
    return value instanceof List<?> || (value instanceof JsonNode node && node.isArray());
  }
}
