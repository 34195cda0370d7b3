package io.clouddouble;

import com.github.tomakehurst.wiremock.common.Notifier;
import io.clouddouble.record.Sanitiser;

/**
 * WireMock's console output with credentials redacted: {@code --verbose} prints every request
 * with its headers and body, which carry signatures and security tokens.
 */
final class RedactingNotifier implements Notifier {
  private final Notifier console;

  RedactingNotifier(Notifier console) {
    this.console = console;
  }

  @Override
  public void info(String message) {
    console.info(Sanitiser.withoutCredentials(message));
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
