package io.clouddouble.protocol;

import com.github.tomakehurst.wiremock.common.JettySettings;
import com.github.tomakehurst.wiremock.core.Options;
import com.github.tomakehurst.wiremock.http.AdminRequestHandler;
import com.github.tomakehurst.wiremock.http.HttpServer;
import com.github.tomakehurst.wiremock.http.HttpServerFactory;
import com.github.tomakehurst.wiremock.http.StubRequestHandler;
import com.github.tomakehurst.wiremock.jetty11.Jetty11HttpServer;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.Filter;
import java.util.EnumSet;
import java.util.List;
import org.eclipse.jetty.io.NetworkTrafficListener;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.servlet.FilterHolder;
import org.eclipse.jetty.servlet.ServletContextHandler;
import org.eclipse.jetty.util.thread.QueuedThreadPool;

/**
 * WireMock's Jetty 11 server hardened for shared use: {@link ProtocolGuard} in front of every
 * context, {@link ProviderErrorHandler} in place of the HTML error pages, {@link RequestPreflight}
 * in front of the stub servlet, the filters the layers above give it around the stub servlet (the
 * state engine's filter that releases its lock when a stub request ends), and connections ({@link BoundedHttpConnectionFactory}) that cannot hold a
 * slot for long by sending headers slowly (the body's deadline is {@link RequestPreflight}'s). The limits are documented in README.md, "Limits and
 * failure behaviour".
 */
public final class ProviderHttpServerFactory implements HttpServerFactory {
  /** Open connections served at once; the next one is refused in JSON and closed. */
  public static final int MAX_CONNECTIONS = 1024;
  /** From a request's first byte to the end of its headers. */
  public static final long HEADER_TIMEOUT_MS = 10_000;
  /** Silence allowed on a connection between requests. */
  public static final long IDLE_TIMEOUT_MS = 30_000;
  /** Request threads; a connection only holds one while its request is being served. */
  static final int MAX_THREADS = 64;

  private final List<Filter> stubFilters;

  /** A server whose stub servlet is wrapped, outermost first, in {@code stubFilters}. */
  public ProviderHttpServerFactory(Filter... stubFilters) {
    this.stubFilters = List.of(stubFilters);
  }

  @Override
  public String getName() {
    return "clouddouble-jetty";
  }

  @Override
  public HttpServer buildHttpServer(
      Options options, AdminRequestHandler adminRequestHandler, StubRequestHandler stubRequestHandler) {
    return new Jetty11HttpServer(options, adminRequestHandler, stubRequestHandler) {
      @Override
      protected ServerConnector createHttpConnector(
          String bindAddress, int port, JettySettings jettySettings, NetworkTrafficListener listener) {
        ServerConnector connector = super.createHttpConnector(bindAddress, port, jettySettings, listener);
        HttpConnectionFactory http = connector.getConnectionFactory(HttpConnectionFactory.class);
        connector.removeConnectionFactory(http.getProtocol());
        connector.addFirstConnectionFactory(
            new BoundedHttpConnectionFactory(http.getHttpConfiguration(), MAX_CONNECTIONS, HEADER_TIMEOUT_MS));
        connector.setIdleTimeout(IDLE_TIMEOUT_MS);
        return connector;
      }

      @Override
      protected void applyAdditionalServerConfiguration(Server server, Options opts) {
        super.applyAdditionalServerConfiguration(server, opts);
        if (server.getThreadPool() instanceof QueuedThreadPool pool) {
          pool.setMaxThreads(Math.max(pool.getMaxThreads(), MAX_THREADS));
        }
        server.setErrorHandler(new ProviderErrorHandler());
      }

      @Override
      protected Handler createHandler(
          Options opts, AdminRequestHandler admin, StubRequestHandler stubs) {
        ProtocolGuard guard = new ProtocolGuard();
        guard.setHandler(super.createHandler(opts, admin, stubs));
        return guard;
      }

      @Override
      protected void decorateMockServiceContextBeforeConfig(ServletContextHandler context) {
        super.decorateMockServiceContextBeforeConfig(context);
        context.addFilter(new FilterHolder(new RequestPreflight()), "/*", EnumSet.of(DispatcherType.REQUEST));
      }

      @Override
      protected void decorateMockServiceContextAfterConfig(ServletContextHandler context) {
        super.decorateMockServiceContextAfterConfig(context);
        context.setErrorHandler(new ProviderErrorHandler());
        for (Filter filter : stubFilters) {
          context.addFilter(new FilterHolder(filter), "/*", EnumSet.of(DispatcherType.REQUEST));
        }
      }
    };
  }
}
