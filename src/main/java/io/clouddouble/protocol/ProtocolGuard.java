package io.clouddouble.protocol;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import java.util.regex.Pattern;
import org.eclipse.jetty.http.HttpMethod;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.handler.HandlerWrapper;

/**
 * Runs before Jetty routes a request to the admin API or the stubs, for what must not be routed at
 * all. {@code CONNECT} has no path to route (Jetty answered it 200 with an empty body): it gets the
 * provider's method error. {@code OPTIONS *} names no path either: not found. A path with an encoded separator, a dot segment, an empty segment or a
 * path parameter ({@code %2f}, {@code %5c}, {@code %2e}, {@code /../}, {@code //}, {@code ;}) would
 * be decoded and normalised into another path, possibly the admin API's: no SDK sends one, so it
 * names no API and gets the provider's not-found error.
 */
final class ProtocolGuard extends HandlerWrapper {
  private static final Pattern AMBIGUOUS_PATH =
      Pattern.compile("%2f|%5c|%2e|\\\\|;|//|(^|/)\\.{1,2}(/|$)");

  @Override
  public void handle(String target, Request baseRequest, HttpServletRequest request, HttpServletResponse response)
      throws IOException, ServletException {
    CloudError rejection = rejection(request);
    if (rejection == null) {
      super.handle(target, baseRequest, request, response);
      return;
    }
    // A CONNECT connection is otherwise kept open for the tunnel that will not come.
    response.setHeader("Connection", "close");
    EarlyAnswers.send(request, response, EarlyAnswers.classify(request), rejection);
    baseRequest.setHandled(true);
  }

  private static CloudError rejection(HttpServletRequest request) {
    Cloud cloud = EarlyAnswers.classify(request);
    if (HttpMethod.CONNECT.is(request.getMethod())) {
      return CommonErrors.unsupportedMethod(cloud);
    }
    String path = request.getRequestURI();
    if (path == null || !path.startsWith("/") || AMBIGUOUS_PATH.matcher(path.toLowerCase(Locale.ROOT)).find()) {
      return CommonErrors.apiNotFound(cloud);
    }
    return null;
  }
}
