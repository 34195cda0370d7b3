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
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.eclipse.jetty.io.EndPoint;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.http.BadMessageException;

/**
 * Runs before WireMock sees a stub request. WireMock decodes the query and any form body as soon as
 * it wraps a request, and throws on a bad percent-escape, a broken chunked body, a body that claims
 * to be gzip but is not, a multipart type without a boundary or an unknown charset; uncaught, each
 * of those became a 500. Such requests, bodies over {@link #MAX_BODY_BYTES} and requests with more
 * than {@link #MAX_PARAMETERS} parameters are answered here with the provider's documented 4xx
 * instead. The body is read once and replayed to WireMock.
 */
final class RequestPreflight implements Filter {
  /** No SDK request in scope comes near this; it bounds what one request can make the fake buffer. */
  public static final int MAX_BODY_BYTES = 1 << 20;
  private static final byte[] NO_BODY = new byte[0];
  /** Query and form pairs together; the largest SDK call in scope sends a few dozen. */
  public static final int MAX_PARAMETERS = 1000;
  /**
   * From the first body byte Jetty hands over to the last. Jetty's idle timeout restarts with every
   * byte, so a body dribbled byte by byte would hold its request thread for as long as the client
   * liked; this bounds the whole read.
   */
  public static final long BODY_TIMEOUT_MS = 10_000;

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
    if (!readableContentType(request)) {
      EarlyAnswers.send(
          request, response, cloud, cloud == Cloud.HUAWEI ? HuaweiCall.invalidRequest() : AlibabaCall.invalidContentType());
      return;
    }
    byte[] body;
    try {
      body = readBody(request);
    } catch (BadMessageException unreadable) {
      EarlyAnswers.send(
          request, response, cloud, EarlyAnswers.transportError(cloud, unreadable.getCode(), unreadable.getReason()));
      return;
    } catch (IOException unreadable) {
      boolean timedOut = unreadable.getCause() instanceof TimeoutException;
      EarlyAnswers.send(
          request,
          response,
          cloud,
          EarlyAnswers.transportError(
              cloud, timedOut ? 408 : 400, timedOut ? "the request body stopped arriving" : "unreadable request body"));
      return;
    }
    CloudError rejection = body.length > MAX_BODY_BYTES ? tooLarge(cloud) : undecodable(cloud, request, body);
    if (rejection != null) {
      EarlyAnswers.send(request, response, cloud, rejection);
      return;
    }
    chain.doFilter(new ReplayedBody(request, body), response);
  }

  /**
   * Up to {@link #MAX_BODY_BYTES} + 1 bytes of body within {@link #BODY_TIMEOUT_MS}: before each
   * read the endpoint's idle timeout is cut to what is left, so a stalled read fails at the deadline.
   */
  private static byte[] readBody(HttpServletRequest request) throws IOException {
    EndPoint endPoint = Request.getBaseRequest(request).getHttpChannel().getEndPoint();
    long idleTimeout = endPoint.getIdleTimeout();
    long due = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(BODY_TIMEOUT_MS);
    long declared = request.getContentLengthLong();
    if (declared == 0 || (declared < 0 && request.getHeader("Transfer-Encoding") == null)) {
      return NO_BODY; // RFC 9112 6.3: without Content-Length or Transfer-Encoding a request has no body
    }
    InputStream in = request.getInputStream();
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    byte[] chunk = new byte[declared > 0 ? (int) Math.min(declared + 1, 8192) : 8192];
    try {
      while (body.size() <= MAX_BODY_BYTES) {
        long left = TimeUnit.NANOSECONDS.toMillis(due - System.nanoTime());
        if (left <= 0) {
          throw new IOException("body deadline passed", new TimeoutException());
        }
        endPoint.setIdleTimeout(idleTimeout > 0 ? Math.min(idleTimeout, left) : left);
        int read = in.read(chunk, 0, Math.min(chunk.length, MAX_BODY_BYTES + 1 - body.size()));
        if (read < 0) {
          break;
        }
        body.write(chunk, 0, read);
      }
    } finally {
      endPoint.setIdleTimeout(idleTimeout);
    }
    return body.toByteArray();
  }

  /**
   * False for what WireMock cannot read: a multipart type (it parses the parts eagerly, and no
   * operation in scope takes one) or a charset Java does not know.
   */
  private static boolean readableContentType(HttpServletRequest request) {
    String contentType = request.getContentType();
    if (contentType == null) {
      return true;
    }
    if (contentType.trim().toLowerCase(Locale.ROOT).startsWith("multipart/")) {
      return false;
    }
    String charset = request.getCharacterEncoding();
    try {
      return charset == null || Charset.isSupported(charset);
    } catch (IllegalArgumentException illegalName) {
      return false;
    }
  }

  /** What WireMock would fail to decode, as the gateway would have answered it; null if nothing. */
  private static CloudError undecodable(Cloud cloud, HttpServletRequest request, byte[] body) {
    try {
      int parameters = WireParams.decode(request.getQueryString()).size();
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
        parameters += WireParams.decode(WireParams.utf8(content)).size();
      }
      return parameters > MAX_PARAMETERS ? tooManyParameters(cloud) : null;
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

  private static CloudError tooManyParameters(Cloud cloud) {
    return cloud == Cloud.HUAWEI
        ? HuaweiCall.invalidRequest()
        : new CloudError(
            400, "InvalidParameter", "The request is not valid (more than " + MAX_PARAMETERS + " parameters).");
  }

  private static CloudError tooLarge(Cloud cloud) {
    return EarlyAnswers.transportError(
        cloud, 413, "request body larger than " + MAX_BODY_BYTES + " bytes");
  }

  /**
   * The request with its already-read body offered again to whoever reads it next. Bodyless ones
   * too: WireMock reads every body with {@code readAllBytes}, which from the container's stream
   * starts with an 8 KiB buffer; from here it is the exact bytes.
   */
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
        public byte[] readAllBytes() {
          return bytes.readAllBytes();
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
