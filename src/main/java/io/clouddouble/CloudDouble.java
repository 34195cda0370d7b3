package io.clouddouble;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.common.ConsoleNotifier;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import io.clouddouble.auth.Authenticator;
import io.clouddouble.auth.CredentialStore;
import io.clouddouble.contract.ContractRegistry;
import io.clouddouble.contract.RequestValidator;
import io.clouddouble.contract.ResponseAudit;
import io.clouddouble.protocol.Gateway;
import io.clouddouble.protocol.ProviderHttpServerFactory;
import io.clouddouble.protocol.UnmatchedResponder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;

/**
 * A running fake cloud: WireMock serving {@code stubs/}, behind the {@link Gateway} that speaks
 * both providers' protocols. All clouds and products share one port.
 */
public final class CloudDouble implements AutoCloseable {
  private final WireMockServer server;
  private final Settings settings;
  private final ContractRegistry contracts;
  private final ResponseAudit audit;

  private CloudDouble(Settings settings) {
    this.settings = settings;
    this.contracts =
        ContractRegistry.load(settings.contracts() != null ? settings.contracts() : DataRoot.packaged("contracts"));
    CredentialStore credentials;
    try {
      credentials =
          settings.credentials() == null ? CredentialStore.empty() : CredentialStore.load(settings.credentials());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read credentials " + settings.credentials(), e);
    }
    Authenticator authenticator = new Authenticator(settings.signatures(), credentials, Clock.systemUTC());
    WireMockConfiguration config =
        options()
            .bindAddress(settings.bind())
            // The journal is off: unbounded it grows the heap by gigabytes under load, capped it
            // costs O(N) per request (measured; see README, "Design notes").
            .disableRequestJournal()
            .httpServerFactory(new ProviderHttpServerFactory())
            .notMatchedRendererFactory(extensions -> new UnmatchedResponder())
            .notifier(new ConsoleNotifier(settings.verbose()))
            .extensions(new Gateway(authenticator, contracts, new RequestValidator(contracts)));
    this.audit = settings.responseAudit() ? new ResponseAudit(contracts, ResponseAudit.EXERCISED) : null;
    if (audit != null) {
      config.extensions(audit);
    }
    if (settings.port() == 0) {
      config.dynamicPort();
    } else {
      config.port(settings.port());
    }
    if (settings.stubs() != null) {
      config.usingFilesUnderDirectory(settings.stubs().toString());
    } else {
      config.usingFilesUnderClasspath(DataRoot.CLASSPATH_ROOT + "/stubs");
    }
    this.server = new WireMockServer(config);
  }

  /** Starts a fake with the given settings; close it (or {@link #stop()}) when done. */
  public static CloudDouble start(Settings settings) {
    CloudDouble fake = new CloudDouble(settings);
    fake.server.start();
    return fake;
  }

  public int port() {
    return server.port();
  }

  /** {@code host:port}, the form the Alibaba SDKs take as an endpoint. */
  public String endpoint() {
    return settings.bind() + ":" + port();
  }

  /** {@code http://host:port}, the form the Huawei SDK and plain HTTP clients take. */
  public String baseUrl() {
    return "http://" + endpoint();
  }

  public ContractRegistry contracts() {
    return contracts;
  }

  /** The response audit; only when started {@link Settings#withResponseAudit with it}. */
  public ResponseAudit responseAudit() {
    if (audit == null) {
      throw new IllegalStateException("start the fake with Settings.withResponseAudit(true)");
    }
    return audit;
  }

  public Settings settings() {
    return settings;
  }

  public void stop() {
    server.stop();
  }

  @Override
  public void close() {
    stop();
  }
}
