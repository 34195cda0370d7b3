package io.clouddouble;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import com.github.tomakehurst.wiremock.stubbing.StubMapping;
import io.clouddouble.auth.Authenticator;
import io.clouddouble.auth.CredentialStore;
import io.clouddouble.contract.ContractRegistry;
import io.clouddouble.contract.RequestValidator;
import io.clouddouble.contract.ResponseAudit;
import io.clouddouble.gateway.Gateway;
import io.clouddouble.protocol.ProviderHttpServerFactory;
import io.clouddouble.gateway.UnmatchedResponder;
import io.clouddouble.record.RecordedCallMatcher;
import io.clouddouble.record.Recording;
import io.clouddouble.state.ResourceTypes;
import io.clouddouble.state.StateEngine;
import io.clouddouble.state.VirtualClock;
import io.clouddouble.state.stub.BehaviourMatcher;
import io.clouddouble.state.stub.BehaviourResponder;
import io.clouddouble.state.stub.Behaviours;
import io.clouddouble.state.stub.ErrorCatalog;
import io.clouddouble.state.stub.ReleaseBeforeAnswer;
import io.clouddouble.state.stub.RequestEndFilter;
import io.clouddouble.state.stub.StateGate;
import io.clouddouble.state.stub.UserMappings;
import io.clouddouble.state.transition.Transitions;
import io.clouddouble.state.world.AccountResolver;
import io.clouddouble.state.world.World;
import io.clouddouble.state.world.WorldFormat;
import io.clouddouble.admin.AdminApi;
import io.clouddouble.admin.AdminGuard;
import io.clouddouble.state.journal.CommitBeforeAnswer;
import io.clouddouble.state.journal.Durability;
import io.clouddouble.admin.ConsoleRoutes;
import io.clouddouble.admin.Outcome;
import io.clouddouble.admin.RequestLog;
import io.clouddouble.contract.CoverageReport;
import java.nio.file.Files;
import java.nio.file.Path;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.Set;

/**
 * A running fake cloud: WireMock serving {@code stubs/}, behind the {@link Gateway} that speaks
 * both providers' protocols. All clouds and products share one port.
 */
public final class CloudDouble implements AutoCloseable {
  private final WireMockServer server;
  private final Settings settings;
  private final ContractRegistry contracts;
  private final ResponseAudit audit;
  private final StateEngine state;
  private final Durability durability;
  private final UserMappings userMappings = new UserMappings();

  private CloudDouble(Settings settings) {
    this.settings = settings;
    if (!settings.loopback() && settings.adminToken() == null && !settings.adminOpen()) {
      throw new IllegalArgumentException(
          "refusing to serve the admin API on " + settings.bind() + " without a token: anyone reaching the port could "
              + "replace every account's state. Give --admin-token TOKEN (or CLOUDDOUBLE_ADMIN_TOKEN), or --admin-open "
              + "if the network is trusted");
    }
    Path contractsRoot = settings.contracts() != null ? settings.contracts() : DataRoot.packaged("contracts");
    this.contracts = ContractRegistry.load(contractsRoot);
    CredentialStore credentials;
    try {
      credentials =
          settings.credentials() == null ? CredentialStore.empty() : CredentialStore.load(settings.credentials());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read credentials " + settings.credentials(), e);
    }
    Authenticator authenticator = new Authenticator(settings.signatures(), credentials, Clock.systemUTC());
    Path stubs = settings.stubs() != null ? settings.stubs() : DataRoot.packaged("stubs");
    AccountResolver accounts = new AccountResolver(credentials);
    ResourceTypes types = ResourceTypes.load(stubs.resolve("types"));
    this.state =
        new StateEngine(
            types,
            Transitions.load(stubs.resolve("transitions")),
            new VirtualClock(Clock.systemUTC()),
            new WorldFormat(types, accounts));
    state.load(world(settings, stubs));
    this.durability = settings.stateFile() == null ? Durability.off() : Durability.open(settings.stateFile(), state);
    ErrorCatalog errors = new ErrorCatalog(contracts);
    // Playback answers from the recording alone, so it serves no behaviour.
    Behaviours behaviours = settings.playback() == null ? Behaviours.load(stubs.resolve("behaviour")) : Behaviours.none();
    BehaviourResponder responder = new BehaviourResponder(state, contracts, errors, behaviours);
    AdminApi admin = new AdminApi(state, accounts, contracts, errors, durability);
    RequestLog requests =
        new RequestLog(RequestLog.DEFAULT_CAPACITY, Outcome.BEHAVIOUR_CONDITION, settings.verbose() ? System.out::println : null);
    WireMockConfiguration config =
        options()
            .bindAddress(settings.bind())
            // The journal is off: unbounded it grows the heap by gigabytes under load, capped it
            // costs O(N) per request (measured; see README, "Design notes").
            .disableRequestJournal()
            // The clouds speak HTTP/1.1 on plain HTTP; an h2c upgrade only changes how errors reach
            // clients such as java.net.http (HEAD answers with bodies, early 413s as resets).
            .http2PlainDisabled(true)
            // One acceptor is plenty for a fake and keeps Jetty quiet on two-core machines.
            .jettyAcceptors(1)
            .httpServerFactory(new ProviderHttpServerFactory(new RequestEndFilter()))
            .notifier(new RedactingNotifier(settings.verbose()))
            // WireMock formats every request and its answer (the answer as JSON) for its log line
            // before the notifier can drop it; without --verbose nobody reads it (measured: ~7% of
            // a request's CPU).
            .stubRequestLoggingDisabled(!settings.verbose())
            // The state gate wraps the gateway so it always runs after it; see StateGate.
            .extensions(
                new StateGate(
                    new Gateway(authenticator, contracts, new RequestValidator(contracts)),
                    state, contracts, errors, responder, userMappings),
                new BehaviourMatcher(behaviours),
                responder,
                userMappings,
                admin,
                new AdminGuard(settings.adminToken(), settings.allowAdminShutdown()),
                requests,
                new ConsoleRoutes(admin, state, requests,
                    () -> new CoverageReport(contractsRoot, stubs, ResponseAudit.EXERCISED).rows()),
                new UnmatchedResponder(contracts),
                new RecordedCallMatcher());
    this.audit = settings.responseAudit() ? new ResponseAudit(contracts, ResponseAudit.EXERCISED) : null;
    if (audit != null) {
      config.extensions(audit);
    }
    if (settings.stateFile() != null) {
      config.extensions(new CommitBeforeAnswer(durability));
    } else {
      config.extensions(new ReleaseBeforeAnswer());
    }
    if (settings.port() == 0) {
      config.dynamicPort();
    } else {
      config.port(settings.port());
    }
    String served = settings.playback() == null ? "" : "/" + recording(settings.playback(), stubs);
    if (settings.stubs() != null) {
      config.usingFilesUnderDirectory(settings.stubs() + served);
    } else {
      config.usingFilesUnderClasspath(DataRoot.CLASSPATH_ROOT + "/stubs" + served);
    }
    this.server = new WireMockServer(config);
  }

  /** A recording's WireMock root relative to the stubs root; it must exist. */
  private static String recording(String name, Path stubs) {
    String relative = "recordings/" + name;
    if (!Files.isDirectory(stubs.resolve(relative).resolve(Recording.MAPPINGS))) {
      throw new IllegalArgumentException("no recording " + name + " under " + stubs.resolve("recordings"));
    }
    return relative;
  }

  private static World world(Settings settings, Path stubs) {
    if (settings.world() != null) {
      return World.read(settings.world());
    }
    // A stubs root of one's own (--stubs) need not ship a demo world.
    Path demo = stubs.resolve("worlds").resolve("demo");
    return settings.demo() && Files.isDirectory(demo) ? World.read(demo) : World.empty();
  }

  /** Starts a fake with the given settings; close it (or {@link #stop()}) when done. */
  public static CloudDouble start(Settings settings) {
    CloudDouble fake = new CloudDouble(settings);
    fake.server.start();
    StubMapping behaviours = BehaviourResponder.mapping();
    StubMapping catchAll = UnmatchedResponder.catchAll();
    fake.server.addStubMapping(behaviours);
    fake.server.addStubMapping(catchAll);
    fake.userMappings.watch(fake.server::getStubMappings, Set.of(behaviours.getId(), catchAll.getId()));
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

  /** Stops serving, then compacts the state file's journal into a last snapshot (if there is one). */
  public void stop() {
    server.stop();
    durability.close();
  }

  @Override
  public void close() {
    stop();
  }
}
