package io.clouddouble.protocol;

import com.github.tomakehurst.wiremock.extension.requestfilter.RequestWrapper;
import com.github.tomakehurst.wiremock.http.HttpHeader;
import com.github.tomakehurst.wiremock.http.HttpHeaders;
import com.github.tomakehurst.wiremock.http.Request;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A request carrying exactly the gateway's tags ({@link GatewayHeaders}): client-sent look-alikes
 * are dropped, the tags added. Its headers and URLs are read once: WireMock's own wrapper rebuilds
 * the headers on every header read and the path from the absolute URL on every URL read, and a
 * request's headers and URL are read dozens of times on its way to the answer. It also keeps the
 * gateway's parse of the request, so the state engine does not parse it again.
 */
public final class TaggedRequest extends RequestWrapper {
  private final HttpHeaders headers;
  private final Map<String, String> tags;
  private final String url;
  private final String absoluteUrl;
  private final Object call;

  private TaggedRequest(Request request, Map<String, String> tags, Object call) {
    super(request);
    this.tags = tags;
    this.url = request.getUrl();
    this.absoluteUrl = request.getAbsoluteUrl();
    this.call = call;
    List<HttpHeader> kept = new ArrayList<>(request.getHeaders().size() + tags.size());
    for (HttpHeader header : request.getHeaders().all()) {
      if (!isTag(header.key())) {
        kept.add(header);
      }
    }
    for (String name : GatewayHeaders.ALL) {
      String value = tags.get(name);
      if (value != null) {
        kept.add(new HttpHeader(name, value));
      }
    }
    this.headers = new HttpHeaders(kept);
  }

  /**
   * {@code request} with the headers named in {@link GatewayHeaders#ALL} set to {@code tags} (absent
   * when not tagged), and the gateway's {@link AlibabaCall} or {@link HuaweiCall} of it (or null).
   */
  public static Request of(Request request, Map<String, String> tags, Object call) {
    return new TaggedRequest(request, tags, call);
  }

  /** The gateway's tags, by header name. */
  public Map<String, String> tags() {
    return tags;
  }

  /** The gateway's parse of {@code request} if it is a tagged request carrying one of {@code type}. */
  public static <T> T call(Request request, Class<T> type) {
    return request instanceof TaggedRequest tagged && type.isInstance(tagged.call) ? type.cast(tagged.call) : null;
  }

  private static boolean isTag(String name) {
    for (String tag : GatewayHeaders.ALL) {
      if (tag.equalsIgnoreCase(name)) {
        return true;
      }
    }
    return false;
  }

  @Override
  public HttpHeaders getHeaders() {
    return headers;
  }

  @Override
  public String getUrl() {
    return url;
  }

  @Override
  public String getAbsoluteUrl() {
    return absoluteUrl;
  }
}
