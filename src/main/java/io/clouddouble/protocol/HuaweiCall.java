package io.clouddouble.protocol;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.NullNode;
import com.github.tomakehurst.wiremock.http.Request;
import java.io.IOException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * A Huawei Cloud REST request: routed by method and path, JSON body (the SDK sends it chunked,
 * with {@code Content-Type: application/json} even on GET and DELETE).
 *
 * @param query decoded query pairs in wire order (the signature canonicalises these)
 * @param body the parsed JSON body, or {@link NullNode} when there is none
 */
public record HuaweiCall(
    String method,
    String path,
    List<Map.Entry<String, String>> query,
    JsonNode body,
    Request request) {

  // A JSON document followed by anything else is not JSON (Jackson would stop after the first value).
  private static final ObjectMapper JSON =
      new ObjectMapper().enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

  /** Huawei requests are recognised by their path prefix or their authentication headers. */
  public static boolean recognises(Request request) {
    return recognises(AlibabaCall.path(request.getUrl()), request::containsHeader);
  }

  /** The same rule for a request WireMock has not wrapped yet (Jetty's error pages, the preflight). */
  public static boolean recognises(String path, Predicate<String> hasHeader) {
    return path.startsWith("/v2/")
        || path.equals("/v2")
        || path.startsWith("/v2.1/")
        || path.startsWith("/v3/")
        || hasHeader.test("X-Sdk-Date")
        || hasHeader.test("X-Auth-Token");
  }

  /** Parses the request; bad encoding or a body that is not JSON is DNS.0002. */
  public static HuaweiCall parse(Request request) {
    List<Map.Entry<String, String>> query;
    try {
      query = WireParams.decode(AlibabaCall.rawQuery(request.getUrl()));
    } catch (WireParams.MalformedEncoding e) {
      throw invalidRequest();
    }
    JsonNode body = NullNode.getInstance();
    byte[] bytes = request.getBody();
    if (bytes != null && bytes.length > 0) {
      String contentType = request.contentTypeHeader().mimeTypePart();
      if (contentType == null || !contentType.toLowerCase().startsWith("application/json")) {
        throw invalidRequest();
      }
      try {
        body = JSON.readTree(bytes);
      } catch (IOException e) {
        throw invalidRequest();
      }
      if (body == null || !body.isObject()) {
        throw invalidRequest();
      }
    }
    return new HuaweiCall(
        request.getMethod().getName(),
        AlibabaCall.path(request.getUrl()),
        Collections.unmodifiableList(query),
        body,
        request);
  }

  /** Query parameters by name (the first occurrence wins). */
  public Map<String, String> queryParams() {
    Map<String, String> params = new LinkedHashMap<>();
    query.forEach(p -> params.putIfAbsent(p.getKey(), p.getValue()));
    return params;
  }

  public String header(String name) {
    return GatewayHeaders.get(request, name);
  }

  /** Every header's first value, names case-insensitive. */
  public Map<String, String> headers() {
    return GatewayHeaders.firstValues(request);
  }

  /** The body bytes exactly as received (de-chunked), empty when there is none. */
  public byte[] bodyBytes() {
    byte[] body = request.getBody();
    return body == null ? new byte[0] : body;
  }

  /** DNS.0002, DNS's answer to a request it cannot read. */
  static CloudError invalidRequest() {
    return new CloudError(400, "DNS.0002", "Invalid request.");
  }
}
