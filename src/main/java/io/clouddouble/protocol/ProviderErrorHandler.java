package io.clouddouble.protocol;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.ByteBuffer;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.handler.ErrorHandler;

/**
 * Replaces Jetty's HTML error pages (a URI or header too large, a malformed request line or
 * percent-escape in the path) with the provider's JSON envelope, so even requests that never reach
 * the gateway get an answer the SDKs can parse. When the request line itself could not be parsed
 * the cloud is unknown and the fallback shape (Alibaba's envelope) is used; Jetty's 5xx for such
 * requests are already 400s by then ({@link DeadlineHttpConnection}).
 */
public final class ProviderErrorHandler extends ErrorHandler {

  /** Jetty renders error bodies only for GET, POST and HEAD; every method gets the envelope here. */
  @Override
  public boolean errorPageForMethod(String method) {
    return true;
  }

  @Override
  protected void generateAcceptableResponse(
      Request baseRequest,
      HttpServletRequest request,
      HttpServletResponse response,
      int code,
      String message)
      throws IOException {
    Cloud cloud = EarlyAnswers.classify(request);
    int status = code >= 400 ? code : 500;
    EarlyAnswers.send(request, response, cloud, EarlyAnswers.transportError(cloud, status, message));
    baseRequest.setHandled(true);
  }

  @Override
  public ByteBuffer badMessageError(int status, String reason, HttpFields.Mutable fields) {
    fields.put(HttpHeader.CONTENT_TYPE, Envelopes.ALIBABA_CONTENT_TYPE);
    return ByteBuffer.wrap(EarlyAnswers.fallbackBody(EarlyAnswers.transportError(Cloud.ALIBABA, status, reason)));
  }
}
