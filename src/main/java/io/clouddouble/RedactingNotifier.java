package io.clouddouble;

import com.github.tomakehurst.wiremock.common.ConsoleNotifier;
import com.github.tomakehurst.wiremock.common.Notifier;
import io.clouddouble.record.Sanitiser;

/**
 * WireMock's console output with credentials redacted: {@code --verbose} prints every request
 * with its headers and body, which carry signatures and security tokens. WireMock hands every
 * request to {@code info} even when not verbose; then it is dropped before any redaction work.
 */
final class RedactingNotifier implements Notifier {
  private final Notifier console;
  private final boolean verbose;

  RedactingNotifier(boolean verbose) {
    this.console = new ConsoleNotifier(verbose);
    this.verbose = verbose;
  }

  @Override
  public void info(String message) {
    if (verbose) {
      console.info(Sanitiser.withoutCredentials(message));
    }
  }

  @Override
  public void error(String message) {
    console.error(Sanitiser.withoutCredentials(message));
  }

  @Override
  public void error(String message, Throwable t) {
    console.error(Sanitiser.withoutCredentials(message), t);
  }
}
