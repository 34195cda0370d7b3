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
      case "nextToken" -> {
        return nextTokenPage(all, size, Values.text(Template.evaluate(spec.get("token"), bindings)));
      }
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
      case "pageNumber" -> page.members.put("number", size == 0 ? 1 : start / size + 1);
      default -> {
        page.members.put("offset", start);
        if (more && end > 0) {
          page.members.put("nextMarker", MARKERS.remember(all.get(end - 1)));
        }
      }
    }
    return page;
  }

  /**
   * A NextToken page. The token names what the walk has already returned (the ids of every page
   * before it, kept in memory as a chain of pages), so the next page is the matches not returned
   * yet, in creation order: a resource deleted or created between pages never shifts the walk, so
   * every resource that exists throughout is returned exactly once. The token is a digest of those
   * ids (32 hex digits, the same for the same walk). A token the fake no longer knows (after a
   * restart, or an old offset token) is read as an offset; an unreadable one starts over.
   */
  private static Page nextTokenPage(List<Resource> all, long size, String token) {
    Walked before = token == null || token.isEmpty() ? null : WALKS.get(token);
    List<Resource> rest;
    if (before != null) {
      java.util.Set<String> seen = before.ids();
      rest = new java.util.ArrayList<>();
      for (Resource resource : all) {
        if (!seen.contains(key(resource))) {
          rest.add(resource);
        }
      }
    } else {
      rest = all.subList((int) Math.min(all.size(), decodeToken(token)), all.size());
    }
    int end = (int) Math.min(rest.size(), size);
    Page page = new Page(rest.subList(0, end));
    boolean more = end < rest.size();
    page.members.put("total", all.size());
    page.members.put("size", size);
    page.members.put("more", more);
    if (more) {
      page.members.put("nextToken", WALKS.remember(before, rest.subList(0, end)));
    }
    return page;
  }

  private static String key(Resource resource) {
    return resource.type() + "/" + resource.id();
  }

  /** The pages a NextToken walk has returned: this page's ids and the walk before it. */
  private record Walked(Walked before, List<String> page) {
    java.util.Set<String> ids() {
      java.util.Set<String> ids = new java.util.HashSet<>();
      for (Walked w = this; w != null; w = w.before) {
        ids.addAll(w.page);
      }
      return ids;
    }
  }

  /** A map that keeps its 10,000 most recently used entries (what paging remembers of past pages). */
  private static <V> java.util.Map<String, V> recent() {
    return java.util.Collections.synchronizedMap(new java.util.LinkedHashMap<>(16, 0.75f, true) {
      @Override
      protected boolean removeEldestEntry(java.util.Map.Entry<String, V> eldest) {
        return size() > 10_000;
      }
    });
  }

  static final Walks WALKS = new Walks();

  static final Markers MARKERS = new Markers();

  /**
   * The creation order of the resources named by recent next markers (the latest 10,000), so a walk
   * whose marker resource is deleted between pages goes on after its place instead of ending.
   */
  static final class Markers {
    private final java.util.Map<String, Long> orderById = recent();

    String remember(Resource marker) {
      orderById.put(marker.id(), marker.order());
      return marker.id();
    }

    Long orderOf(String id) {
      return orderById.get(id);
    }
  }

  /** The walks behind the NextTokens handed out recently (the latest 10,000; older tokens start over as offsets). */
  static final class Walks {
    private final java.util.Map<String, Walked> byToken = recent();

    Walked get(String token) {
      return byToken.get(token);
    }

    String remember(Walked before, List<Resource> page) {
      List<String> ids = page.stream().map(Page::key).toList();
      Walked walked = new Walked(before, ids);
      String token = digest(walked);
      byToken.put(token, walked);
      return token;
    }

    private static String digest(Walked walked) {
      try {
        java.security.MessageDigest sha = java.security.MessageDigest.getInstance("SHA-256");
        java.util.List<String> ids = new java.util.ArrayList<>(walked.ids());
        java.util.Collections.sort(ids);
        for (String id : ids) {
          sha.update(id.getBytes(java.nio.charset.StandardCharsets.UTF_8));
          sha.update((byte) 0);
        }
        String hex = java.util.HexFormat.of().formatHex(sha.digest()).substring(0, 32);
        // never a readable offset: a digest whose first digit is 0 would parse as one
        return hex.charAt(0) == '0' ? "f" + hex.substring(1) : hex;
      } catch (java.security.NoSuchAlgorithmException e) {
        throw new IllegalStateException(e);
      }
    }
  }

  private static int offsetStart(List<Resource> all, JsonNode spec, Bindings bindings) {
    String marker = Values.text(Template.evaluate(spec.get("marker"), bindings));
    if (marker != null && !marker.isEmpty()) {
      for (int i = 0; i < all.size(); i++) {
        if (all.get(i).id().equals(marker)) {
          return i + 1;
        }
      }
      // The marker's resource was deleted since its page: continue after where it stood in creation order.
      Long order = MARKERS.orderOf(marker);
      for (int i = 0; order != null && i < all.size(); i++) {
        if (all.get(i).order() > order) {
          return i;
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
