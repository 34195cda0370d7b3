package io.clouddouble.protocol;

import java.util.concurrent.TimeUnit;
import org.eclipse.jetty.http.BadMessageException;
import org.eclipse.jetty.http.HttpParser;
import org.eclipse.jetty.io.EndPoint;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.HttpChannelOverHttp;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnection;
import org.eclipse.jetty.util.Callback;

/**
 * Jetty's HTTP/1.1 connection with two changes.
 *
 * <p>A request's headers must be complete within the header timeout of its first byte. Jetty parses
 * headers without blocking a thread, but its idle timeout restarts with every byte, so a client that
 * dribbles a header byte now and then would keep a connection slot forever. While headers are
 * incomplete the endpoint's idle timeout is shortened to what is left of the deadline; past it the
 * client gets a 408 in JSON and the connection is closed.
 *
 * <p>A malformed request Jetty rejects with a 5xx (an HTTP/0.9 or unknown version is 505) is the
 * client's error: it is answered as a 400.
 */
final class DeadlineHttpConnection extends HttpConnection {
  private final long headerTimeoutNanos;
  private volatile long headersDue;
  private long idleTimeoutMs;

  DeadlineHttpConnection(
      HttpConfiguration config, Connector connector, EndPoint endPoint, boolean recordViolations, long headerTimeoutMs) {
    super(config, connector, endPoint, recordViolations);
    this.headerTimeoutNanos = TimeUnit.MILLISECONDS.toNanos(headerTimeoutMs);
  }

  @Override
  protected HttpChannelOverHttp newHttpChannel() {
    return new HttpChannelOverHttp(this, getConnector(), getHttpConfiguration(), getEndPoint(), this) {
      @Override
      public boolean headerComplete() {
        headersArrived();
        return super.headerComplete();
      }

      @Override
      public void badMessage(BadMessageException failure) {
        super.badMessage(
            failure.getCode() >= 500 ? new BadMessageException(400, failure.getReason(), failure) : failure);
      }
    };
  }

  @Override
  public void onOpen() {
    idleTimeoutMs = getEndPoint().getIdleTimeout();
    super.onOpen();
  }

  @Override
  public void onFillable() {
    super.onFillable();
    watchHeaders();
  }

  @Override
  protected boolean onReadTimeout(Throwable timeout) {
    if (headersDue != 0) {
      refuseSlowHeaders();
      return false;
    }
    return super.onReadTimeout(timeout);
  }

  /** Before the request is handled, so its body and response get the normal idle timeout. */
  private void headersArrived() {
    if (headersDue != 0) {
      headersDue = 0;
      getEndPoint().setIdleTimeout(idleTimeoutMs);
    }
  }

  private void watchHeaders() {
    HttpParser parser = getParser();
    if (!getEndPoint().isOpen() || parser.isStart() || !parser.inHeaderState()) {
      return;
    }
    long now = System.nanoTime();
    if (headersDue == 0) {
      headersDue = now + headerTimeoutNanos;
    }
    long left = TimeUnit.NANOSECONDS.toMillis(headersDue - now);
    if (left <= 0) {
      refuseSlowHeaders();
    } else {
      getEndPoint().setIdleTimeout(Math.min(idleTimeoutMs, left));
    }
  }

  private void refuseSlowHeaders() {
    headersDue = 0;
    EndPoint endPoint = getEndPoint();
    endPoint.write(
        Callback.from(endPoint::close, failure -> endPoint.close()),
        EarlyAnswers.raw(
            EarlyAnswers.transportError(
                Cloud.ALIBABA,
                408,
                "the request headers were not complete within "
                    + TimeUnit.NANOSECONDS.toMillis(headerTimeoutNanos)
                    + " ms")));
  }
}
