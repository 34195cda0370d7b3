package io.clouddouble.protocol;

import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Answers to requests rejected before WireMock wraps them (by Jetty, or by {@link RequestPreflight}):
 * the same envelopes as the gateway's, written straight to the servlet response.
 */
final class EarlyAnswers {
  private EarlyAnswers() {}

  static Cloud classify(HttpServletRequest request) {
    String path = request.getRequestURI() == null ? "/" : request.getRequestURI();
    return HuaweiCall.recognises(path, name -> request.getHeader(name) != null) ? Cloud.HUAWEI : Cloud.ALIBABA;
  }

  /**
   * The provider's error for an HTTP-level failure Jetty reports by status. Neither provider
   * documents codes for these, except DNS for an oversize body, so the generic "invalid request"
   * codes carry Jetty's status (413, 414, 431, 400).
   */
  static CloudError transportError(Cloud cloud, int status, String reason) {
    if (status >= 500) {
      return Gateway.internalError(cloud);
    }
    if (cloud == Cloud.HUAWEI) {
      return status == 413
          ? new CloudError(413, "DNS.0027", "Warning: upload file too large.")
          : new CloudError(status, "DNS.0002", "Invalid request.");
    }
    String detail = reason == null || reason.isBlank() ? "" : " (" + reason + ")";
    return new CloudError(status, "InvalidParameter", "The request is not valid" + detail + ".");
  }

  static void send(HttpServletRequest request, HttpServletResponse response, Cloud cloud, CloudError error)
      throws IOException {
    ResponseDefinition answer =
        cloud == Cloud.HUAWEI
            ? Envelopes.huaweiError(error, RequestIds.huawei())
            : Envelopes.alibabaError(error, RequestIds.alibaba(), request.getServerName(), null);
    answer.getHeaders().all().forEach(h -> response.setHeader(h.key(), h.firstValue()));
    response.setStatus(error.status());
    response.getOutputStream().write(answer.getByteBody());
  }
}
