package io.clouddouble.protocol;

import com.github.tomakehurst.wiremock.http.Request;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An Alibaba Cloud RPC request as the gateway sees it. The Tea SDK names the action in the
 * {@code x-acs-action}/{@code x-acs-version} headers (signature V3); the old core SDK and V1 clients
 * in the {@code Action}/{@code Version} parameters. Parameters travel in the query, in a form body,
 * or both (VpcPeer splits them), so they are merged: the query first, then the form body.
 *
 * @param query the decoded query pairs in wire order (V3 canonicalises these)
 * @param form the decoded form-body pairs in wire order (V1 signs these together with the query)
 * @param params query and form merged by name (the first occurrence wins)
 */
public record AlibabaCall(
    String method,
    String host,
    String action,
    String version,
    List<Map.Entry<String, String>> query,
    List<Map.Entry<String, String>> form,
    Map<String, String> params,
    Request request) {

  static final String FORM = "application/x-www-form-urlencoded";

  /** True when the request names an Alibaba action in either of the two ways the SDKs use. */
  public static boolean recognises(Request request) {
    return request.containsHeader("x-acs-action")
        || request.containsHeader("x-acs-version")
        || rawQueryHas(request, "Action")
        || "/".equals(path(request.getUrl()));
  }

  /** Parses the request; bad encoding or an unsupported body becomes a documented 400. */
  public static AlibabaCall parse(Request request) {
    List<Map.Entry<String, String>> query;
    List<Map.Entry<String, String>> form = List.of();
    try {
      query = WireParams.decode(rawQuery(request.getUrl()));
      byte[] body = request.getBody();
      if (body != null && body.length > 0) {
        String contentType = request.contentTypeHeader().mimeTypePart();
        if (contentType == null || !contentType.equalsIgnoreCase(FORM)) {
          throw invalidContentType();
        }
        form = WireParams.decode(WireParams.utf8(body));
      }
    } catch (WireParams.MalformedEncoding e) {
      throw malformedEncoding();
    }
    Map<String, String> params = new LinkedHashMap<>();
    query.forEach(p -> params.putIfAbsent(p.getKey(), p.getValue()));
    form.forEach(p -> params.putIfAbsent(p.getKey(), p.getValue()));
    String action = firstNonEmpty(GatewayHeaders.get(request, "x-acs-action"), params.get("Action"));
    String version = firstNonEmpty(GatewayHeaders.get(request, "x-acs-version"), params.get("Version"));
    return new AlibabaCall(
        request.getMethod().getName(),
        hostOnly(GatewayHeaders.get(request, "Host")),
        action,
        version,
        Collections.unmodifiableList(query),
        Collections.unmodifiableList(form),
        Collections.unmodifiableMap(params),
        request);
  }

  /** The answer to a body that is not a form, or a Content-Type the fake cannot read. */
  static CloudError invalidContentType() {
    return new CloudError(
        400,
        "InvalidParameter",
        "Specified parameter Content-Type is not valid: a request body must be " + FORM + " in UTF-8.");
  }

  /** The answer to a query or form body that is not valid percent-encoded UTF-8. */
  static CloudError malformedEncoding() {
    return new CloudError(
        400, "InvalidParameter", "Specified parameter is not valid: malformed URL encoding.");
  }

  public String param(String name) {
    return params.get(name);
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

  /** The path as sent, without the query. */
  public String urlPath() {
    return path(request.getUrl());
  }

  /** The raw query string (after {@code ?}), exactly as received. */
  public static String rawQuery(String url) {
    int q = url.indexOf('?');
    return q < 0 ? "" : url.substring(q + 1);
  }

  public static String path(String url) {
    int q = url.indexOf('?');
    return q < 0 ? url : url.substring(0, q);
  }

  private static boolean rawQueryHas(Request request, String name) {
    String query = rawQuery(request.getUrl());
    return query.startsWith(name + "=") || query.contains("&" + name + "=");
  }

  private static String hostOnly(String host) {
    if (host == null) {
      return "";
    }
    int colon = host.lastIndexOf(':');
    return colon > 0 && host.indexOf(']') < colon ? host.substring(0, colon) : host;
  }

  private static String firstNonEmpty(String a, String b) {
    return a != null && !a.isEmpty() ? a : (b == null || b.isEmpty() ? null : b);
  }
}
