package io.clouddouble.protocol;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * One answer as it arrived on the wire, with the checks every provider envelope must pass: the
 * exact Content-Type, the exact set of body fields and a request id in the provider's format.
 */
record WireAnswer(int status, Map<String, String> headers, String body) {
  static final String ALIBABA_REQUEST_ID = "[0-9A-F]{8}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{12}";
  static final String HUAWEI_REQUEST_ID = "[0-9a-f]{32}";
  private static final ObjectMapper JSON = new ObjectMapper();

  static WireAnswer of(HttpResponse<String> response) {
    Map<String, String> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    response.headers().map().forEach((name, values) -> headers.put(name, values.get(0)));
    return new WireAnswer(response.statusCode(), headers, response.body());
  }

  String header(String name) {
    return headers.get(name);
  }

  JsonNode json() {
    try {
      return JSON.readTree(body);
    } catch (IOException e) {
      throw new UncheckedIOException("not JSON: " + body, e);
    }
  }

  /** {@code {RequestId,HostId,Code,Message,Recommend}} as {@code application/json;charset=utf-8}. */
  JsonNode assertAlibabaError(int expectedStatus, String expectedCode) {
    assertEquals(expectedStatus, status, body);
    assertEquals(Envelopes.ALIBABA_CONTENT_TYPE, header("Content-Type"));
    JsonNode error = json();
    assertEquals(List.of("RequestId", "HostId", "Code", "Message", "Recommend"), fieldNames(error), body);
    assertEquals(expectedCode, error.get("Code").asText(), body);
    String requestId = error.get("RequestId").asText();
    assertTrue(requestId.matches(ALIBABA_REQUEST_ID), requestId);
    assertTrue(error.get("Recommend").asText().contains("q=" + expectedCode + "&"), body);
    assertTrue(error.get("Recommend").asText().endsWith("requestId=" + requestId), body);
    assertTrue(!error.get("Message").asText().isBlank(), body);
    return error;
  }

  /** A DNS service error: {@code {code,message}}, the request id only in {@code X-Request-Id}. */
  JsonNode assertDnsError(int expectedStatus, String expectedCode) {
    assertHuaweiHeaders(expectedStatus);
    JsonNode error = json();
    assertEquals(List.of("code", "message"), fieldNames(error), body);
    assertEquals(expectedCode, error.get("code").asText(), body);
    return error;
  }

  /** An API-gateway error: {@code {error_code,error_msg,request_id}}, the id also in the header. */
  JsonNode assertHuaweiGatewayError(int expectedStatus, String expectedCode) {
    assertHuaweiHeaders(expectedStatus);
    JsonNode error = json();
    assertEquals(List.of("error_code", "error_msg", "request_id"), fieldNames(error), body);
    assertEquals(expectedCode, error.get("error_code").asText(), body);
    assertEquals(header("X-Request-Id"), error.get("request_id").asText());
    return error;
  }

  /** Status, {@code application/json} and a 32-hex {@code X-Request-Id}: every Huawei answer has them. */
  void assertHuaweiHeaders(int expectedStatus) {
    assertEquals(expectedStatus, status, body);
    assertEquals(Envelopes.HUAWEI_CONTENT_TYPE, header("Content-Type"));
    String requestId = header("X-Request-Id");
    assertTrue(requestId != null && requestId.matches(HUAWEI_REQUEST_ID), String.valueOf(requestId));
  }

  private static List<String> fieldNames(JsonNode node) {
    List<String> names = new ArrayList<>();
    node.fieldNames().forEachRemaining(names::add);
    return names;
  }
}
