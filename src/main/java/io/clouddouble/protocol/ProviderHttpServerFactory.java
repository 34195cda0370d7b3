package io.clouddouble.protocol;

import com.github.tomakehurst.wiremock.core.Options;
import com.github.tomakehurst.wiremock.http.AdminRequestHandler;
import com.github.tomakehurst.wiremock.http.HttpServer;
import com.github.tomakehurst.wiremock.http.HttpServerFactory;
import com.github.tomakehurst.wiremock.http.StubRequestHandler;
import com.github.tomakehurst.wiremock.jetty11.Jetty11HttpServer;
import io.clouddouble.state.stub.RequestEndFilter;
import jakarta.servlet.DispatcherType;
import java.util.EnumSet;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.servlet.FilterHolder;
import org.eclipse.jetty.servlet.ServletContextHandler;

/**
 * WireMock's Jetty 11 server with {@link ProviderErrorHandler} in place of the HTML error pages,
 * {@link RequestPreflight} in front of the stub servlet, and the {@link RequestEndFilter} that
 * releases the state lock when a stub request ends (the admin API is left as WireMock has it).
 */
public final class ProviderHttpServerFactory implements HttpServerFactory {

  @Override
  public String getName() {
    return "clouddouble-jetty";
  }

  @Override
  public HttpServer buildHttpServer(
      Options options, AdminRequestHandler adminRequestHandler, StubRequestHandler stubRequestHandler) {
    return new Jetty11HttpServer(options, adminRequestHandler, stubRequestHandler) {
      @Override
      protected void applyAdditionalServerConfiguration(Server server, Options opts) {
        super.applyAdditionalServerConfiguration(server, opts);
        server.setErrorHandler(new ProviderErrorHandler());
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
        context.addFilter(new FilterHolder(new RequestEndFilter()), "/*", EnumSet.of(DispatcherType.REQUEST));
      }
    };
  }
}
