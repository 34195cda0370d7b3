package io.clouddouble.protocol;

import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import org.eclipse.jetty.http.HttpStatus;

/**
 * Answers to requests rejected before WireMock wraps them (by Jetty, {@link ProtocolGuard},
 * {@link RequestPreflight} or the connection limits): the same envelopes as the gateway's, written
 * straight to the servlet response, or as raw HTTP when there is no request to answer yet. Protocol
 * garbage that names no provider gets the one fallback shape: Alibaba's error envelope.
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
   * codes carry Jetty's status (408, 413, 414, 431, 400).
   */
  static CloudError transportError(Cloud cloud, int status, String reason) {
    if (status >= 500) {
      return CommonErrors.internalError(cloud);
    }
    if (cloud == Cloud.HUAWEI) {
      return status == 413
          ? new CloudError(413, "DNS.0027", "Warning: upload file too large.")
          : new CloudError(status, "DNS.0002", "Invalid request.");
    }
    String detail = reason == null || reason.isBlank() ? "" : " (" + reason + ")";
    return new CloudError(status, "InvalidParameter", "The request is not valid" + detail + ".");
  }

  /** Past the connection bound: Alibaba's documented flow-control error, in the fallback shape. */
  static ByteBuffer tooManyConnections(int max) {
    return raw(
        new CloudError(
            400,
            "Throttling.User",
            "Request was denied due to user flow control: clouddouble serves at most "
                + max
                + " connections at once."));
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

  /** The fallback body for an error no provider can be told from. */
  static byte[] fallbackBody(CloudError error) {
    return Envelopes.alibabaError(error, RequestIds.alibaba(), "", null).getByteBody();
  }

  /** A whole HTTP/1.1 response in the fallback shape, for a connection about to be closed. */
  static ByteBuffer raw(CloudError error) {
    byte[] body = fallbackBody(error);
    String head =
        "HTTP/1.1 "
            + error.status()
            + " "
            + HttpStatus.getMessage(error.status())
            + "\r\nContent-Type: "
            + Envelopes.ALIBABA_CONTENT_TYPE
            + "\r\nContent-Length: "
            + body.length
            + "\r\nConnection: close\r\n\r\n";
    byte[] headBytes = head.getBytes(StandardCharsets.US_ASCII);
    return ByteBuffer.allocate(headBytes.length + body.length).put(headBytes).put(body).flip();
  }
}
