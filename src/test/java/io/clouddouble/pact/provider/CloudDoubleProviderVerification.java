package io.clouddouble.pact.provider;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import au.com.dius.pact.core.model.ProviderState;
import au.com.dius.pact.provider.junit5.HttpTestTarget;
import au.com.dius.pact.provider.junit5.PactVerificationContext;
import au.com.dius.pact.provider.junit5.PactVerificationInvocationContextProvider;
import au.com.dius.pact.provider.junitsupport.Provider;
import io.clouddouble.CloudDouble;
import io.clouddouble.Settings;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.hc.core5.http.ClassicHttpRequest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.TestTemplate;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Verifies a provider's pacts against an in-process clouddouble on a free loopback port. Each
 * interaction's provider states are set up by posting their worlds ({@link StateWorlds}) to the
 * fake's admin API; each replayed request is signed like the SDK's ({@link RequestSigner}).
 *
 * <p>A product whose stubs have not landed ({@code stubs/mappings/<cloud>/<product>} is missing) is
 * reported as skipped with that reason, never silently passed.
 */
abstract class CloudDoubleProviderVerification {
  private static final StateWorlds WORLDS = StateWorlds.load();
  private static CloudDouble fake;
  private static AdminClient admin;
  private static RequestSigner signer;

  @BeforeAll
  static void start(TestInfo info) {
    String provider = info.getTestClass().orElseThrow().getAnnotation(Provider.class).value();
    Path stubs = stubsOf(provider);
    assumeTrue(Files.isDirectory(stubs), "pending: " + provider + " has no stubs yet (" + stubs + ")");
    fake = CloudDouble.start(settings());
    admin = new AdminClient(fake.baseUrl());
    signer = new RequestSigner(fake.endpoint());
  }

  /** {@code -Dclouddouble.pact.stubs=DIR} verifies against another stubs root (see README.md, "Consumer-driven contracts (Pact)"). */
  private static Settings settings() {
    Settings settings = Settings.defaults().withPort(0);
    String stubs = System.getProperty("clouddouble.pact.stubs");
    return stubs == null ? settings : settings.withStubs(Path.of(stubs));
  }

  @AfterAll
  static void stop() {
    if (fake != null) {
      fake.stop();
      fake = null;
    }
  }

  /** {@code clouddouble-alibaba-privatelink} is served by {@code stubs/mappings/alibaba/privatelink}. */
  static Path stubsOf(String provider) {
    String[] parts = provider.replaceFirst("^clouddouble-", "").split("-", 2);
    return Path.of("stubs", "mappings", parts[0], parts[1]);
  }

  @BeforeEach
  void setUpState(PactVerificationContext context) {
    context.setTarget(new HttpTestTarget("127.0.0.1", fake.port()));
    List<ProviderState> states = context.getInteraction().getProviderStates();
    if (states.isEmpty()) {
      admin.reset();
    }
    for (int i = 0; i < states.size(); i++) {
      admin.loadWorld(WORLDS.world(states.get(i).getName()), i > 0);
    }
  }

  @TestTemplate
  @ExtendWith(PactVerificationInvocationContextProvider.class)
  void verify(PactVerificationContext context, ClassicHttpRequest request) {
    signer.sign(request);
    context.verifyInteraction();
  }
}
