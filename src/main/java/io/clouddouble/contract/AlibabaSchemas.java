package io.clouddouble.contract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigInteger;
import java.util.Map;

/**
 * Turns an official Alibaba metadata schema (OpenAPI-like: {@code required} as a boolean on each
 * property, numbers written as strings) into JSON Schema 2020-12. Descriptions are dropped; the
 * metadata's parameter examples are kept as {@code x-wire-example}, the text an SDK sends.
 */
final class AlibabaSchemas {
  private static final Map<String, long[]> FORMAT_BOUNDS =
      Map.of("int32", new long[] {Integer.MIN_VALUE, Integer.MAX_VALUE}, "int64", new long[] {Long.MIN_VALUE, Long.MAX_VALUE});

  private AlibabaSchemas() {}

  /** A request parameter: type, bounds (the format's when the metadata gives none), items, required. */
  static ObjectNode request(JsonNode metadata) {
    return convert(metadata, true);
  }

  /** A response field: only the shape and types the SDK models bind. */
  static ObjectNode response(JsonNode metadata) {
    return convert(metadata, false);
  }

  private static ObjectNode convert(JsonNode meta, boolean request) {
    ObjectNode out = CanonicalJson.MAPPER.createObjectNode();
    String type = meta.path("type").asText("string");
    out.put("type", type);
    // An empty enum in the metadata (UpdateVpcEndpointZoneConnectionResourceAttribute) lists no values, it forbids none.
    if (meta.path("enum").size() > 0) {
      out.set("enum", meta.get("enum").deepCopy());
    }
    if (request) {
      copyNumber(meta, "minimum", out);
      copyNumber(meta, "maximum", out);
      long[] bounds = FORMAT_BOUNDS.get(meta.path("format").asText());
      if (type.equals("integer") && bounds != null) {
        if (!out.has("minimum")) {
          out.put("minimum", bounds[0]);
        }
        if (!out.has("maximum")) {
          out.put("maximum", bounds[1]);
        }
      }
      copyNumber(meta, "minLength", out);
      copyNumber(meta, "maxLength", out);
      copyNumber(meta, "minItems", out);
      copyNumber(meta, "maxItems", out);
      if (meta.has("pattern")) {
        out.put("pattern", meta.get("pattern").asText());
      }
    }
    if (meta.has("items")) {
      ObjectNode items = convert(meta.get("items"), request);
      // Some arrays carry the example of one item themselves (CloudAPI TagResources' ResourceId).
      if (request && meta.has("example") && !items.has("x-wire-example") && !items.has("properties")) {
        items.put("x-wire-example", meta.get("example").asText());
      }
      out.set("items", items);
    }
    if (meta.has("properties")) {
      ObjectNode properties = out.putObject("properties");
      ArrayNode required = CanonicalJson.MAPPER.createArrayNode();
      meta.get("properties")
          .fields()
          .forEachRemaining(
              p -> {
                properties.set(p.getKey(), convert(p.getValue(), request));
                if (request && p.getValue().path("required").asBoolean(false)) {
                  required.add(p.getKey());
                }
              });
      if (!required.isEmpty()) {
        out.set("required", required);
      }
    }
    if (request && meta.has("example") && !meta.has("items") && !meta.has("properties")) {
      out.put("x-wire-example", meta.get("example").asText());
    }
    return out;
  }

  /** The metadata writes numbers as strings ("1000"); the schema needs JSON numbers. */
  private static void copyNumber(JsonNode meta, String name, ObjectNode out) {
    if (meta.has(name)) {
      out.put(name, new BigInteger(meta.get(name).asText().trim()).longValueExact());
    }
  }
}
