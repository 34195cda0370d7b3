package io.clouddouble.pact.consumer;

import au.com.dius.pact.consumer.dsl.PactDslJsonBody;
import au.com.dius.pact.consumer.dsl.PactDslRequestWithPath;
import au.com.dius.pact.consumer.dsl.PactDslResponse;
import au.com.dius.pact.consumer.dsl.PactDslWithProvider;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Alibaba RPC interactions as the Tea SDK sends them (V3): {@code POST /}, the action and version
 * in {@code x-acs-action}/{@code x-acs-version}, business parameters in the query or a form body.
 * Signature headers are left out on purpose: they change on every call and are not the contract.
 */
final class AlibabaRpcPact {
  /** Alibaba request ids are upper-case UUIDs and differ on every response. */
  static final String REQUEST_ID = "[0-9A-F]{8}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{12}";

  static final String REQUEST_ID_EXAMPLE = "0ED8D006-F706-4D23-88ED-E11ED28DCAC0";
  /** What the SDKs need on every response, success or error. */
  static final String CONTENT_TYPE = "application/json;charset=utf-8";

  static final String TIMESTAMP = "\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}Z";

  private AlibabaRpcPact() {}

  /** A call with its parameters in the query and an empty body (PrivateLink, CloudAPI). */
  static PactDslRequestWithPath queryCall(
      PactDslWithProvider builder,
      String state,
      String description,
      String action,
      String version,
      Map<String, String> query) {
    return call(builder, state, description, action, version).query(encode(query));
  }

  /** A call with its parameters in a form body (VpcPeer). */
  static PactDslRequestWithPath formCall(
      PactDslWithProvider builder,
      String state,
      String description,
      String action,
      String version,
      Map<String, String> form) {
    return call(builder, state, description, action, version)
        .body(encode(form), "application/x-www-form-urlencoded");
  }

  /** What every RPC call pins: POST to {@code /}, routed by the action and version headers. */
  private static PactDslRequestWithPath call(
      PactDslWithProvider builder, String state, String description, String action, String version) {
    return builder
        .given(state)
        .uponReceiving(description)
        .method("POST")
        .path("/")
        .headers(Map.of("x-acs-action", action, "x-acs-version", version));
  }

  /** HTTP 200 with {@code body}, which should start from {@link #withRequestId()}. */
  static PactDslResponse ok(PactDslRequestWithPath request, PactDslJsonBody body) {
    return request
        .willRespondWith()
        .status(200)
        .headers(Map.of("Content-Type", CONTENT_TYPE))
        .body(body);
  }

  /** The provider's error envelope: the code is exact, the message's wording is free. */
  static PactDslResponse error(PactDslRequestWithPath request, int status, String code, String message) {
    return request
        .willRespondWith()
        .status(status)
        .headers(Map.of("Content-Type", CONTENT_TYPE))
        .body(withRequestId().stringValue("Code", code).stringType("Message", message));
  }

  static PactDslJsonBody withRequestId() {
    return new PactDslJsonBody().stringMatcher("RequestId", REQUEST_ID, REQUEST_ID_EXAMPLE);
  }

  private static String encode(Map<String, String> parameters) {
    return parameters.entrySet().stream()
        .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
        .collect(Collectors.joining("&"));
  }
}
