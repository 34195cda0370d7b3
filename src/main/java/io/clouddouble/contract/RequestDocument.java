package io.clouddouble.contract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * The JSON document a request schema is checked against, built from what travelled as text. Alibaba
 * parameters are un-flattened ({@code Tag.1.Key} and {@code SecurityGroupId.1} become arrays, a
 * {@code simple} {@code VpcId=a,b} is split, a {@code json} one parsed) and every text value is coerced to the type its schema
 * declares; a value that does not parse stays text, so the schema's {@code type} rejects it.
 */
public final class RequestDocument {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  // A JSON document followed by anything else is not JSON (Jackson would stop after the first value).
  private static final ObjectMapper MAPPER =
      new ObjectMapper().enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
  private static final Pattern INTEGER = Pattern.compile("-?[0-9]+");
  private static final Pattern NUMBER = Pattern.compile("-?[0-9]+(\\.[0-9]+)?([eE][-+]?[0-9]+)?");

  private RequestDocument() {}

  /**
   * Alibaba: only the contract's parameters are read (the SDKs add Format, RegionId, AccessKeyId and
   * others); an empty value counts as absent, as it does in the V1 signature.
   */
  public static ObjectNode alibaba(Contract contract, Map<String, String> params) {
    ObjectNode document = NODES.objectNode();
    JsonNode properties = contract.requestSchema().path("properties");
    properties.fields().forEachRemaining(property -> {
      String name = property.getKey();
      JsonNode schema = property.getValue();
      String style = contract.binding().path("parameters").path(name).path("style").asText("");
      if (schema.path("type").asText().equals("array")) {
        ArrayNode array = style.equals("simple") ? split(params.get(name), schema) : indexed(name, params, schema);
        if (array != null && !array.isEmpty()) {
          document.set(name, array);
        }
      } else {
        String value = params.get(name);
        if (value != null && !value.isEmpty()) {
          document.set(name, style.equals("json") ? json(value) : coerce(value, schema));
        }
      }
    });
    return document;
  }

  /** Huawei: {@code {path, query, body}}; path and query values are coerced like Alibaba's. */
  public static ObjectNode huawei(
      Contract contract, Map<String, String> pathParams, Map<String, String> query, JsonNode body) {
    JsonNode sections = contract.requestSchema().path("properties");
    ObjectNode document = NODES.objectNode();
    document.set("path", texts(pathParams, sections.path("path")));
    document.set("query", texts(query, sections.path("query")));
    if (body != null && !body.isNull() && !body.isMissingNode()) {
      document.set("body", body);
    }
    return document;
  }

  /** Text coerced to the schema's scalar type when it parses as one; otherwise the text itself. */
  public static JsonNode coerce(String text, JsonNode schema) {
    switch (schema.path("type").asText()) {
      case "boolean":
        if (text.equalsIgnoreCase("true") || text.equalsIgnoreCase("false")) {
          return NODES.booleanNode(Boolean.parseBoolean(text));
        }
        return NODES.textNode(text);
      case "integer":
        return INTEGER.matcher(text).matches() ? NODES.numberNode(new BigInteger(text)) : NODES.textNode(text);
      case "number":
        return NUMBER.matcher(text).matches() ? NODES.numberNode(new BigDecimal(text)) : NODES.textNode(text);
      default:
        return NODES.textNode(text);
    }
  }

  /** A {@code json}-style parameter travels as JSON text; text that does not parse stays text. */
  private static JsonNode json(String text) {
    try {
      return MAPPER.readTree(text);
    } catch (IOException e) {
      return NODES.textNode(text);
    }
  }

  private static ObjectNode texts(Map<String, String> values, JsonNode schema) {
    ObjectNode out = NODES.objectNode();
    values.forEach((name, value) -> out.set(name, coerce(value, schema.path("properties").path(name))));
    return out;
  }

  private static ArrayNode split(String value, JsonNode schema) {
    if (value == null || value.isEmpty()) {
      return null;
    }
    ArrayNode array = NODES.arrayNode();
    for (String item : value.split(",", -1)) {
      array.add(coerce(item, schema.path("items")));
    }
    return array;
  }

  /**
   * {@code Name.N} (scalar items) and {@code Name.N.Field} (object items), ordered by N. N is only
   * an order, of any size ({@code Tag.99999999999.Key} is simply the last tag).
   */
  private static ArrayNode indexed(String name, Map<String, String> params, JsonNode schema) {
    JsonNode items = schema.path("items");
    TreeMap<BigInteger, JsonNode> byIndex = new TreeMap<>();
    String prefix = name + ".";
    params.forEach((key, value) -> {
      if (!key.startsWith(prefix)) {
        return;
      }
      String rest = key.substring(prefix.length());
      int dot = rest.indexOf('.');
      String index = dot < 0 ? rest : rest.substring(0, dot);
      if (!INTEGER.matcher(index).matches() || index.startsWith("-")) {
        return;
      }
      BigInteger n = new BigInteger(index);
      if (dot < 0) {
        byIndex.put(n, coerce(value, items));
      } else {
        String field = rest.substring(dot + 1);
        JsonNode element = byIndex.computeIfAbsent(n, k -> NODES.objectNode());
        if (element.isObject()) {
          ((ObjectNode) element).set(field, coerce(value, items.path("properties").path(field)));
        }
      }
    });
    ArrayNode array = NODES.arrayNode();
    byIndex.values().forEach(array::add);
    return array;
  }
}
