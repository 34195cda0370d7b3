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
 * are dropped, the tags added. Its URLs are read once and its headers rebuilt only when somebody
 * asks for all of them: WireMock's own wrapper rebuilds the headers on every header read and the
 * path from the absolute URL on every URL read, and a request's tags and URL are read dozens of
 * times on its way to the answer while most answers never need the whole header list. It also
 * keeps what the gateway found out about the request (its parse, its route), so the state engine
 * does not work it out again.
 */
public final class TaggedRequest extends RequestWrapper {
  private final Request request;
  private final Map<String, String> tags;
  private final String url;
  private final String absoluteUrl;
  private final List<Object> findings;
  private HttpHeaders headers;

  private TaggedRequest(Request request, Map<String, String> tags, List<Object> findings) {
    super(request);
    this.request = request;
    this.tags = tags;
    this.url = request.getUrl();
    this.absoluteUrl = request.getAbsoluteUrl();
    this.findings = findings;
  }

  /**
   * {@code request} with the headers named in {@link GatewayHeaders#ALL} set to {@code tags} (absent
   * when not tagged), carrying the gateway's {@code findings} about it: its {@link AlibabaCall} or
   * {@link HuaweiCall}, and the route it took.
   */
  public static Request of(Request request, Map<String, String> tags, Object... findings) {
    return new TaggedRequest(request, tags, List.of(findings));
  }

  /** The gateway's tags, by header name. */
  public Map<String, String> tags() {
    return tags;
  }

  /** The gateway's finding of {@code type} about {@code request} if it is a tagged request carrying one, else null. */
  public static <T> T finding(Request request, Class<T> type) {
    if (request instanceof TaggedRequest tagged) {
      for (Object finding : tagged.findings) {
        if (type.isInstance(finding)) {
          return type.cast(finding);
        }
      }
    }
    return null;
  }

  /** The canonical tag name {@code name} stands for (case-insensitively), or null if it is no tag. */
  private static String tagName(String name) {
    for (String tag : GatewayHeaders.ALL) {
      if (tag.equalsIgnoreCase(name)) {
        return tag;
      }
    }
    return null;
  }

  @Override
  public HttpHeaders getHeaders() {
    if (headers == null) {
      List<HttpHeader> kept = new ArrayList<>(request.getHeaders().size() + tags.size());
      for (HttpHeader header : request.getHeaders().all()) {
        if (tagName(header.key()) == null) {
          kept.add(header);
        }
      }
      for (String name : GatewayHeaders.ALL) {
        String value = tags.get(name);
        if (value != null) {
          kept.add(new HttpHeader(name, value));
        }
      }
      headers = new HttpHeaders(kept);
    }
    return headers;
  }

  @Override
  public HttpHeader header(String key) {
    String tag = tagName(key);
    if (tag == null) {
      return request.header(key);
    }
    String value = tags.get(tag);
    return value != null ? new HttpHeader(tag, value) : HttpHeader.absent(key);
  }

  @Override
  public String getHeader(String key) {
    String tag = tagName(key);
    return tag == null ? request.getHeader(key) : tags.get(tag);
  }

  @Override
  public boolean containsHeader(String key) {
    String tag = tagName(key);
    return tag == null ? request.containsHeader(key) : tags.containsKey(tag);
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
