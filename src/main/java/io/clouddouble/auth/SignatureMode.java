package io.clouddouble.auth;

import java.util.Locale;

/** How much of a request's signature the gateway checks. */
public enum SignatureMode {
  /** No checks at all. */
  OFF,
  /** A well-formed signature or token is required; any key and any signature value are accepted. */
  LENIENT,
  /** Signatures are verified against the configured credentials, with skew and nonce checks. */
  STRICT;

  public static SignatureMode parse(String text) {
    try {
      return valueOf(text.trim().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          "--signatures must be off, lenient or strict, not '" + text + "'");
    }
  }
}
