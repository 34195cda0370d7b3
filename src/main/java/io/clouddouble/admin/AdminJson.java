package io.clouddouble.admin;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.http.QueryParameter;
import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import java.io.IOException;

/** JSON in and out for the admin API; bad input is a 400 with {@code {"error": "..."}}. */
final class AdminJson {
  static final ObjectMapper JSON = new ObjectMapper();

  /** Bad admin input, answered as 400. */
  static final class BadInput extends RuntimeException {
    BadInput(String message) {
      super(message, null, false, false);
    }
  }

  private AdminJson() {}

  static JsonNode body(Request request) {
    byte[] bytes = request.getBody();
    if (bytes == null || bytes.length == 0) {
      throw new BadInput("a JSON body is required");
    }
    try {
      JsonNode body = JSON.readTree(bytes);
      if (body == null || !body.isObject()) {
        throw new BadInput("the body must be a JSON object");
      }
      return body;
    } catch (IOException e) {
      throw new BadInput("the body is not JSON: " + e.getMessage());
    }
  }

  static String query(Request request, String name) {
    QueryParameter parameter = request.queryParameter(name);
    return parameter.isPresent() ? parameter.firstValue() : null;
  }

  static ResponseDefinition ok(JsonNode body) {
    return respond(200, body);
  }

  static ResponseDefinition error(int status, String message) {
    ObjectNode body = JSON.createObjectNode();
    body.put("error", message);
    return respond(status, body);
  }

  private static ResponseDefinition respond(int status, JsonNode body) {
    return new ResponseDefinitionBuilder()
        .withStatus(status)
        .withHeader("Content-Type", "application/json")
        .withBody(body.toPrettyString())
        .build();
  }
}
