package io.clouddouble.protocol;

import org.eclipse.jetty.io.Connection;
import org.eclipse.jetty.io.EndPoint;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;

/**
 * Jetty's HTTP/1.1 connection factory with a bound: up to {@code maxConnections} open connections
 * are served as {@link DeadlineHttpConnection}s; past it a new connection gets a
 * {@link RefusedConnection} (one JSON answer, then closed) instead of waiting unseen in the accept
 * queue.
 */
final class BoundedHttpConnectionFactory extends HttpConnectionFactory {
  private final int maxConnections;
  private final long headerTimeoutMs;

  BoundedHttpConnectionFactory(HttpConfiguration config, int maxConnections, long headerTimeoutMs) {
    super(config);
    this.maxConnections = maxConnections;
    this.headerTimeoutMs = headerTimeoutMs;
  }

  @Override
  public Connection newConnection(Connector connector, EndPoint endPoint) {
    if (connector.getConnectedEndPoints().size() >= maxConnections) {
      return configure(
          new RefusedConnection(endPoint, connector.getExecutor(), EarlyAnswers.tooManyConnections(maxConnections)),
          connector,
          endPoint);
    }
    DeadlineHttpConnection connection =
        new DeadlineHttpConnection(
            getHttpConfiguration(), connector, endPoint, isRecordHttpComplianceViolations(), headerTimeoutMs);
    connection.setUseInputDirectByteBuffers(isUseInputDirectByteBuffers());
    connection.setUseOutputDirectByteBuffers(isUseOutputDirectByteBuffers());
    return configure(connection, connector, endPoint);
  }
}
