package io.clouddouble.record;

import java.net.URI;
import java.util.List;
import java.util.Map;

/**
 * A call re-signed for the real endpoint.
 *
 * @param headers what to send besides {@code Host} and {@code Content-Length}, which the HTTP
 *     client sets itself
 * @param secrets credentials, signatures and nonces of both the client's request and this one,
 *     for the sanitiser to redact wherever the answer echoes them
 */
public record OutgoingRequest(
    String method, URI uri, Map<String, String> headers, byte[] body, List<String> secrets) {}
