package io.clouddouble.admin;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.extension.requestfilter.AdminRequestFilterV2;
import com.github.tomakehurst.wiremock.extension.requestfilter.RequestFilterAction;
import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.http.RequestMethod;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

/**
 * Guards every {@code /__admin/**} route, clouddouble's and WireMock's own: with a token, a call
 * without {@code Authorization: Bearer <token>} gets 401 (the health check stays open for probes);
 * {@code POST /__admin/shutdown} is refused unless allowed; and the routes that read or write files
 * on the server's disk by a name the request gives (stub files, saving mappings, recordings,
 * mappings with a {@code bodyFileName}) are refused, so the admin API never touches a path a caller names.
 */
public final class AdminGuard implements AdminRequestFilterV2 {
  private static final String PREFIX = "/__admin";
  private final byte[] expected;
  private final boolean allowShutdown;

  /** @param token the bearer token callers must present, or null for an open admin API */
  public AdminGuard(String token, boolean allowShutdown) {
    this.expected = token == null ? null : ("Bearer " + token).getBytes(StandardCharsets.UTF_8);
    this.allowShutdown = allowShutdown;
  }

  @Override
  public String getName() {
    return "clouddouble-admin-guard";
  }

  @Override
  public RequestFilterAction filter(Request request, ServeEvent serveEvent) {
    String path = route(request.getUrl());
    if (path.equals("/health")) {
      return RequestFilterAction.continueWith(request);
    }
    if (expected != null && !authorised(request.getHeader("Authorization"))) {
      return refuse(401, "this admin API needs Authorization: Bearer <the token given with --admin-token>");
    }
    if (path.equals("/shutdown")) {
      return allowShutdown
          ? RequestFilterAction.continueWith(request)
          : refuse(403, "POST /__admin/shutdown is off; start clouddouble with --allow-admin-shutdown to allow it");
    }
    if (path.startsWith("/files") || path.equals("/mappings/save") || path.startsWith("/recordings")
        || namesBodyFile(request, path)) {
      return refuse(403, "the admin API does not read or write files on the server's disk by a name a request gives "
          + "(stub files, saved mappings, recordings, bodyFileName); put such files in the --stubs root instead");
    }
    return RequestFilterAction.continueWith(request);
  }

  /** Compares in constant time, so the answer's timing tells nothing about the token. */
  private boolean authorised(String authorization) {
    byte[] given = authorization == null ? new byte[0] : authorization.getBytes(StandardCharsets.UTF_8);
    return MessageDigest.isEqual(given, expected);
  }

  private static boolean namesBodyFile(Request request, String path) {
    return path.startsWith("/mappings")
        && (RequestMethod.POST.equals(request.getMethod()) || RequestMethod.PUT.equals(request.getMethod()))
        && request.getBodyAsString() != null
        && request.getBodyAsString().contains("bodyFileName");
  }

  /** The admin route without the {@code /__admin} prefix, query and trailing slash. */
  private static String route(String url) {
    String path = url.contains("?") ? url.substring(0, url.indexOf('?')) : url;
    if (path.startsWith(PREFIX)) {
      path = path.substring(PREFIX.length());
    }
    return path.length() > 1 && path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
  }

  private static RequestFilterAction refuse(int status, String message) {
    ResponseDefinition answer = AdminJson.error(status, message);
    return RequestFilterAction.stopWith(status == 401
        ? ResponseDefinitionBuilder.like(answer).withHeader("WWW-Authenticate", "Bearer realm=\"clouddouble admin\"").build()
        : answer);
  }
}
