package io.clouddouble.contracttest;

import java.net.URI;

/**
 * Where one product is reached: a scheme and an authority ({@code host[:port]}, exactly what the
 * signers put in the signed {@code host} header).
 */
record Endpoint(String scheme, String authority) {

  /**
   * Reads {@code https://host}, {@code http://host:port} or a bare {@code host[:port]}. A bare
   * loopback address means plain HTTP (a separately started fake); any other bare host, HTTPS.
   */
  static Endpoint parse(String text) {
    if (text.contains("://")) {
      URI uri = URI.create(text);
      return new Endpoint(uri.getScheme(), uri.getRawAuthority());
    }
    boolean loopback = text.startsWith("127.") || text.startsWith("localhost") || text.startsWith("[::1]");
    return new Endpoint(loopback ? "http" : "https", text);
  }

  String baseUrl() {
    return scheme + "://" + authority;
  }
}
