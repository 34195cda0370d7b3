package io.clouddouble.protocol;

import com.github.tomakehurst.wiremock.common.Gzip;
import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.eclipse.jetty.http.BadMessageException;

/**
 * Runs before WireMock sees a stub request. WireMock decodes the query and any form body as soon as
 * it wraps a request, and throws on a bad percent-escape, a broken chunked body or a body that
 * claims to be gzip but is not; uncaught, each of those became a 500. Such requests, and bodies
 * over {@link #MAX_BODY_BYTES}, are answered here with the provider's documented 4xx instead. The
 * body is read once and replayed to WireMock.
 */
final class RequestPreflight implements Filter {
  /** No SDK request in scope comes near this; it bounds what one request can make the fake buffer. */
  static final int MAX_BODY_BYTES = 1 << 20;

  @Override
  public void doFilter(ServletRequest servletRequest, ServletResponse servletResponse, FilterChain chain)
      throws IOException, ServletException {
    HttpServletRequest request = (HttpServletRequest) servletRequest;
    HttpServletResponse response = (HttpServletResponse) servletResponse;
    Cloud cloud = EarlyAnswers.classify(request);
    if (request.getContentLengthLong() > MAX_BODY_BYTES) {
      EarlyAnswers.send(request, response, cloud, tooLarge(cloud));
      return;
    }
    byte[] body;
    try {
      body = request.getInputStream().readNBytes(MAX_BODY_BYTES + 1);
    } catch (IOException | BadMessageException unreadable) {
      EarlyAnswers.send(
          request, response, cloud, EarlyAnswers.transportError(cloud, 400, "unreadable request body"));
      return;
    }
    CloudError rejection = body.length > MAX_BODY_BYTES ? tooLarge(cloud) : undecodable(cloud, request, body);
    if (rejection != null) {
      EarlyAnswers.send(request, response, cloud, rejection);
      return;
    }
    chain.doFilter(body.length == 0 ? request : new ReplayedBody(request, body), response);
  }

  /** What WireMock would fail to decode, as the gateway would have answered it; null if nothing. */
  private static CloudError undecodable(Cloud cloud, HttpServletRequest request, byte[] body) {
    try {
      WireParams.decode(request.getQueryString());
      String encoding = request.getHeader("Content-Encoding");
      byte[] content = body;
      if ((encoding != null && encoding.contains("gzip")) || Gzip.isGzipped(body)) {
        content = gunzip(body);
        if (content == null) {
          return EarlyAnswers.transportError(cloud, 400, "the body is not valid gzip");
        }
      }
      String contentType = request.getContentType();
      if (contentType != null && contentType.contains(AlibabaCall.FORM)) {
        WireParams.decode(WireParams.utf8(content));
      }
      return null;
    } catch (WireParams.MalformedEncoding e) {
      return cloud == Cloud.HUAWEI ? HuaweiCall.invalidRequest() : AlibabaCall.malformedEncoding();
    }
  }

  /** WireMock's own gunzip, so what passes here also passes there; null when it fails. */
  private static byte[] gunzip(byte[] body) {
    try {
      return Gzip.unGzip(body);
    } catch (Exception notGzip) { // unGzip rethrows its IOException unchecked
      return null;
    }
  }

  private static CloudError tooLarge(Cloud cloud) {
    return EarlyAnswers.transportError(
        cloud, 413, "request body larger than " + MAX_BODY_BYTES + " bytes");
  }

  /** The request with its already-read body offered again to whoever reads it next. */
  private static final class ReplayedBody extends HttpServletRequestWrapper {
    private final byte[] body;

    ReplayedBody(HttpServletRequest request, byte[] body) {
      super(request);
      this.body = body;
    }

    @Override
    public ServletInputStream getInputStream() {
      ByteArrayInputStream bytes = new ByteArrayInputStream(body);
      return new ServletInputStream() {
        @Override
        public int read() {
          return bytes.read();
        }

        @Override
        public int read(byte[] buffer, int offset, int length) {
          return bytes.read(buffer, offset, length);
        }

        @Override
        public boolean isFinished() {
          return bytes.available() == 0;
        }

        @Override
        public boolean isReady() {
          return true;
        }

        @Override
        public void setReadListener(ReadListener listener) {
          throw new UnsupportedOperationException("the body is already buffered");
        }
      };
    }

    @Override
    public BufferedReader getReader() {
      String charset = getCharacterEncoding();
      return new BufferedReader(
          new InputStreamReader(
              getInputStream(), charset != null ? Charset.forName(charset) : StandardCharsets.UTF_8));
    }
  }
}
