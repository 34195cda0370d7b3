package io.clouddouble.protocol;

import java.nio.ByteBuffer;
import java.util.concurrent.Executor;
import org.eclipse.jetty.io.AbstractConnection;
import org.eclipse.jetty.io.EndPoint;
import org.eclipse.jetty.util.BufferUtil;
import org.eclipse.jetty.util.Callback;

/**
 * A connection over the server's bound: it writes one prepared answer, stops sending, and drains
 * whatever the client sent until the client closes (closing with unread bytes would reset the
 * connection and could lose the answer). Its short idle timeout bounds how long it lingers.
 */
final class RefusedConnection extends AbstractConnection {
  private static final long LINGER_MS = 2_000;
  private final ByteBuffer answer;

  RefusedConnection(EndPoint endPoint, Executor executor, ByteBuffer answer) {
    super(endPoint, executor);
    this.answer = answer;
  }

  @Override
  public void onOpen() {
    super.onOpen();
    EndPoint endPoint = getEndPoint();
    endPoint.setIdleTimeout(LINGER_MS);
    endPoint.write(
        Callback.from(
            () -> {
              endPoint.shutdownOutput();
              fillInterested();
            },
            failure -> endPoint.close()),
        answer);
  }

  @Override
  public void onFillable() {
    ByteBuffer sink = BufferUtil.allocate(4096);
    try {
      while (true) {
        BufferUtil.clear(sink);
        int read = getEndPoint().fill(sink);
        if (read < 0) {
          getEndPoint().close();
          return;
        }
        if (read == 0) {
          fillInterested();
          return;
        }
      }
    } catch (java.io.IOException closed) {
      getEndPoint().close();
    }
  }
}
