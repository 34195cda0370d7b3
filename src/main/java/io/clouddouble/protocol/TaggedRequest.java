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
 * are dropped, the tags added. Its headers are built once: WireMock's own wrapper rebuilds them on
 * every header read, and a request's headers are read dozens of times on its way to the answer.
 */
public final class TaggedRequest extends RequestWrapper {
  private final HttpHeaders headers;

  private TaggedRequest(Request request, Map<String, String> tags) {
    super(request);
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

  /** {@code request} with the headers named in {@link GatewayHeaders#ALL} set to {@code tags} (absent when not tagged). */
  public static Request of(Request request, Map<String, String> tags) {
    return new TaggedRequest(request, tags);
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
}
