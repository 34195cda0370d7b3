package io.clouddouble.record;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.common.ConsoleNotifier;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import io.clouddouble.contract.ContractRegistry;
import io.clouddouble.protocol.ProviderHttpServerFactory;
import java.nio.file.Path;
import java.time.Clock;
import java.util.function.Consumer;

/**
 * A running recording proxy on the loopback interface: point an official SDK at it (with any
 * credentials) and every call goes to the real cloud, re-signed with {@link RealCredentials}, and
 * lands sanitised in a {@link Recording}. It runs on WireMock only for its HTTP server and request
 * parsing; it serves no stubs.
 */
public final class RecordingProxy implements AutoCloseable {
  private final WireMockServer server;
  private final Recording recording;

  private RecordingProxy(WireMockServer server, Recording recording) {
    this.server = server;
    this.recording = recording;
  }

  /**
   * @param dir where the recording is written (a WireMock root; usually {@code stubs/recordings/<name>})
   * @param port 0 picks a free one
   * @param log receives one line per call
   */
  public static RecordingProxy start(
      String name,
      Path dir,
      int port,
      RealEndpoints endpoints,
      RealCredentials credentials,
      ContractRegistry contracts,
      Consumer<String> log) {
    Recording recording = new Recording(name, dir, credentials.secrets());
    ForwardingFilter forwarding =
        new ForwardingFilter(
            contracts, endpoints, new Resigner(credentials, Clock.systemUTC()), recording, log);
    WireMockConfiguration config =
        options()
            .bindAddress("127.0.0.1")
            // Its own (just emptied) mappings folder as the root, so no stray stubs are loaded.
            .usingFilesUnderDirectory(dir.toString())
            .disableRequestJournal()
            .httpServerFactory(new ProviderHttpServerFactory())
            .notifier(new ConsoleNotifier(false))
            .extensions(forwarding);
    if (port == 0) {
      config.dynamicPort();
    } else {
      config.port(port);
    }
    WireMockServer server = new WireMockServer(config);
    server.start();
    return new RecordingProxy(server, recording);
  }

  public int port() {
    return server.port();
  }

  /** {@code 127.0.0.1:port}, the form the Alibaba SDKs take as an endpoint. */
  public String endpoint() {
    return "127.0.0.1:" + port();
  }

  public String baseUrl() {
    return "http://" + endpoint();
  }

  public Recording recording() {
    return recording;
  }

  @Override
  public void close() {
    server.stop();
  }
}
