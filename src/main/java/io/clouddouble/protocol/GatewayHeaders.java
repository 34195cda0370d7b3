package io.clouddouble.protocol;

import com.github.tomakehurst.wiremock.http.HttpHeader;
import com.github.tomakehurst.wiremock.http.Request;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * Headers the gateway adds to a request once it is authenticated, routed and validated, so stub
 * mappings can match on plain WireMock header patterns and the state engine knows whose request it
 * is. Any client-sent header with these names is replaced.
 */
public final class GatewayHeaders {
  public static final String REQUEST_ID = "X-CloudDouble-Request-Id";
  public static final String CLOUD = "X-CloudDouble-Cloud";
  /** Product as the provider names it: {@code Privatelink}, {@code VpcPeer}, {@code CloudAPI}, {@code DNS}. */
  public static final String PRODUCT = "X-CloudDouble-Product";
  /** {@code <Product>:<Operation>}, e.g. {@code Privatelink:DisableVpcEndpointZoneConnection}. */
  public static final String OPERATION = "X-CloudDouble-Operation";
  /** Alibaba account id (16 digits) or Huawei project id (32 hex) the request acts for. */
  public static final String ACCOUNT = "X-CloudDouble-Account";
  public static final String REGION = "X-CloudDouble-Region";

  public static final String[] ALL = {REQUEST_ID, CLOUD, PRODUCT, OPERATION, ACCOUNT, REGION};

  private GatewayHeaders() {}

  /** Every header's first value by name, looked up case-insensitively (for signature checks). */
  public static Map<String, String> firstValues(Request request) {
    Map<String, String> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    request.getHeaders().all().forEach(h -> headers.putIfAbsent(h.key(), h.firstValue()));
    return Collections.unmodifiableMap(headers);
  }

  /** A header's first value, or null: WireMock's wrapped requests throw for absent headers. */
  public static String get(Request request, String name) {
    HttpHeader header = request.header(name);
    return header.isPresent() ? header.firstValue() : null;
  }
}
