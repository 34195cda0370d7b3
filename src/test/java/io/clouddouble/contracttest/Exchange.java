package io.clouddouble.contracttest;

import java.util.Map;

/**
 * One request the suite sent and the answer it got, kept as evidence for the drift report. Secrets
 * never enter it: signatures and key ids are redacted before it is built.
 */
record Exchange(
    String operation,
    String method,
    String url,
    String requestBody,
    int status,
    Map<String, String> responseHeaders,
    String body) {

  private static final int EXCERPT = 600;

  /** The request in one line, e.g. {@code POST http://127.0.0.1:8080/?RegionId=cn-hangzhou}. */
  String request() {
    return method + " " + url + (requestBody == null || requestBody.isEmpty() ? "" : "  body: " + requestBody);
  }

  String bodyExcerpt() {
    String text = body == null ? "" : body.replaceAll("\\s+", " ");
    return text.length() <= EXCERPT ? text : text.substring(0, EXCERPT) + "…";
  }
}
