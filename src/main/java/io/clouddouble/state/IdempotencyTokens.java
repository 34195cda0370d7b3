package io.clouddouble.state;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashMap;
import java.util.Map;

/**
 * ClientTokens seen on successful writes, per cloud, account and operation: a retry with the same
 * token and parameters gets the first answer again; other parameters are a mismatch. Kept until
 * the state is reset (the providers do not document how long they keep them).
 */
public final class IdempotencyTokens {
  /** What the first call with a token asked and answered (the body without its RequestId). */
  public record Entry(String fingerprint, int status, JsonNode body) {}

  private final Map<String, Entry> entries = new HashMap<>();

  public Entry find(Scope scope, String operation, String token) {
    return entries.get(key(scope, operation, token));
  }

  public void remember(Scope scope, String operation, String token, Entry entry) {
    entries.putIfAbsent(key(scope, operation, token), entry);
  }

  public void clear() {
    entries.clear();
  }

  private static String key(Scope scope, String operation, String token) {
    return scope.cloud() + "/" + scope.account() + "/" + operation + "/" + token;
  }
}
