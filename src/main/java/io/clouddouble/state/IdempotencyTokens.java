package io.clouddouble.state;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;

/**
 * ClientTokens seen on successful writes, per cloud, account and operation: a retry with the same
 * token and parameters gets the first answer again; other parameters are a mismatch. Kept until
 * the state is reset (the providers do not document how long they keep them).
 */
public final class IdempotencyTokens {
  /** What the first call with a token asked and answered (the body without its RequestId). */
  public record Entry(String fingerprint, int status, JsonNode body) {
    public ObjectNode toJson() {
      ObjectNode json = JsonNodeFactory.instance.objectNode();
      json.put("fingerprint", fingerprint).put("status", status).set("body", body.deepCopy());
      return json;
    }

    static Entry fromJson(JsonNode json) {
      return new Entry(json.path("fingerprint").asText(), json.path("status").asInt(), json.path("body").deepCopy());
    }
  }

  private final Map<String, Entry> entries = new HashMap<>();
  private Changes changes = Changes.NONE;

  /** Who hears about remembered tokens from now on (the journal, when there is a state file). */
  public void listen(Changes listener) {
    this.changes = listener;
  }

  public Entry find(Scope scope, String operation, String token) {
    return entries.get(key(scope, operation, token));
  }

  public void remember(Scope scope, String operation, String token, Entry entry) {
    String key = key(scope, operation, token);
    if (entries.putIfAbsent(key, entry) == null) {
      changes.token(key, entry);
    }
  }

  /** Every remembered token, {@code {key: {fingerprint, status, body}}}, as state files keep them. */
  public ObjectNode toJson() {
    ObjectNode json = JsonNodeFactory.instance.objectNode();
    entries.forEach((key, entry) -> json.set(key, entry.toJson()));
    return json;
  }

  /** Puts back tokens written by {@link #toJson} (or journaled one by one). */
  public void restore(JsonNode saved) {
    Iterator<Map.Entry<String, JsonNode>> each = saved.fields();
    while (each.hasNext()) {
      Map.Entry<String, JsonNode> entry = each.next();
      entries.put(entry.getKey(), Entry.fromJson(entry.getValue()));
    }
  }

  /** Forgets the tokens of one account (an account-scoped reset). */
  public void clear(String cloud, String account) {
    entries.keySet().removeIf(key -> key.startsWith(cloud + "/" + account + "/"));
  }

  public void clear() {
    entries.clear();
  }

  private static String key(Scope scope, String operation, String token) {
    return scope.cloud() + "/" + scope.account() + "/" + operation + "/" + token;
  }
}
