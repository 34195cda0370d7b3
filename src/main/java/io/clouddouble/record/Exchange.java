package io.clouddouble.record;

import com.github.tomakehurst.wiremock.http.Request;
import java.util.List;
import java.util.Map;

/**
 * One call as it happened, before sanitising; it never leaves memory in this form.
 *
 * @param operation the contract id, {@code <Product>:<Operation>}
 * @param request the client's request as the proxy received it
 * @param responseHeaders the real answer's headers, names as received
 * @param secrets values to redact from everything written (see {@link OutgoingRequest#secrets})
 */
public record Exchange(
    String operation,
    Request request,
    int status,
    Map<String, String> responseHeaders,
    byte[] responseBody,
    List<String> secrets) {}
