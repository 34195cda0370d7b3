package io.clouddouble.state.stub;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import io.clouddouble.state.Resource;
import io.clouddouble.state.template.Bindings;
import io.clouddouble.state.template.Navigable;
import io.clouddouble.state.template.Template;
import io.clouddouble.state.template.Values;
import java.util.List;

/**
 * One page of a list query, in one of the three paging styles the providers use:
 * {@code nextToken} (Alibaba NextToken/MaxResults), {@code pageNumber} (CloudAPI
 * PageNumber/PageSize) and {@code offset} (Huawei limit/offset/marker). Templates read
 * {@code items}, {@code total}, {@code size}, {@code nextToken}, {@code number}, {@code offset},
 * {@code nextMarker} and {@code more}; the ones that do not apply are missing, so they drop out of
 * the body.
 */
final class Page implements Navigable {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private final List<Resource> items;
  private final ObjectNode members = NODES.objectNode();

  private Page(List<Resource> items) {
    this.items = items;
  }

  static Page of(List<Resource> all, JsonNode spec, Bindings bindings) {
    String style = spec.path("style").asText("nextToken");
    long size = size(spec, spec.path("size"), bindings);
    int total = all.size();
    int start;
    switch (style) {
      case "nextToken" -> start = (int) Math.min(total, decodeToken(Values.text(Template.evaluate(spec.get("token"), bindings))));
      case "pageNumber" -> {
        long number = Math.max(1, number(Template.evaluate(spec.get("number"), bindings), 1));
        start = (int) Math.min(total, (number - 1) * size);
      }
      case "offset" -> start = offsetStart(all, spec, bindings);
      default -> throw new IllegalArgumentException("paging style must be nextToken, pageNumber or offset, not " + style);
    }
    int end = (int) Math.min(total, start + size);
    Page page = new Page(all.subList(start, end));
    boolean more = end < total;
    page.members.put("total", total);
    page.members.put("size", size);
    page.members.put("more", more);
    switch (style) {
      case "nextToken" -> {
        if (more) {
          page.members.put("nextToken", String.format("%032x", end));
        }
      }
      case "pageNumber" -> page.members.put("number", size == 0 ? 1 : start / size + 1);
      default -> {
        page.members.put("offset", start);
        if (more && end > 0) {
          page.members.put("nextMarker", all.get(end - 1).id());
        }
      }
    }
    return page;
  }

  private static int offsetStart(List<Resource> all, JsonNode spec, Bindings bindings) {
    String marker = Values.text(Template.evaluate(spec.get("marker"), bindings));
    if (marker != null && !marker.isEmpty()) {
      for (int i = 0; i < all.size(); i++) {
        if (all.get(i).id().equals(marker)) {
          return i + 1;
        }
      }
      return all.size();
    }
    return (int) Math.min(all.size(), Math.max(0, number(Template.evaluate(spec.get("offset"), bindings), 0)));
  }

  private static long size(JsonNode spec, JsonNode sizeTemplate, Bindings bindings) {
    long fallback = spec.path("default").asLong(50);
    long max = spec.path("max").asLong(Long.MAX_VALUE);
    long size = number(Template.evaluate(sizeTemplate, bindings), fallback);
    return size <= 0 ? fallback : Math.min(size, max);
  }

  private static long number(Object value, long fallback) {
    String text = Values.text(value);
    if (text == null || text.isEmpty()) {
      return fallback;
    }
    try {
      return Long.parseLong(text.trim());
    } catch (NumberFormatException e) {
      return fallback;
    }
  }

  /** NextTokens are opaque to clients: the next offset as 32 hex digits. Unreadable ones start over. */
  private static long decodeToken(String token) {
    if (token == null || token.isEmpty()) {
      return 0;
    }
    try {
      return Long.parseLong(token, 16);
    } catch (NumberFormatException e) {
      return 0;
    }
  }

  @Override
  public Object member(String name) {
    if (name.equals("items")) {
      return items;
    }
    JsonNode value = members.get(name);
    return value == null ? null : value.isTextual() ? TextNode.valueOf(value.asText()) : value;
  }

  @Override
  public JsonNode toJson() {
    ObjectNode out = members.deepCopy();
    out.set("items", Values.toJson(items, Bindings.root()));
    return out;
  }
}
