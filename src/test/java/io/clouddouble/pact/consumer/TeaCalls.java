package io.clouddouble.pact.consumer;

import au.com.dius.pact.consumer.MockServer;
import io.clouddouble.testkit.Sdks;
import java.util.List;
import java.util.Map;

/** The Tea SDK pointed at Pact's mock server, and typed views of what it returns. */
final class TeaCalls {
  private TeaCalls() {}

  static Map<String, ?> call(
      MockServer server, String action, String version, Map<String, String> query, Map<String, String> form)
      throws Exception {
    return Sdks.callTea(Sdks.tea("127.0.0.1:" + server.getPort()), action, version, query, form);
  }

  @SuppressWarnings("unchecked")
  static Map<String, ?> body(Map<String, ?> response) {
    return (Map<String, ?>) response.get("body");
  }

  @SuppressWarnings("unchecked")
  static List<Map<String, ?>> list(Map<String, ?> body, String name) {
    return (List<Map<String, ?>>) body.get(name);
  }

  @SuppressWarnings("unchecked")
  static Map<String, ?> object(Map<String, ?> body, String name) {
    return (Map<String, ?>) body.get(name);
  }
}
