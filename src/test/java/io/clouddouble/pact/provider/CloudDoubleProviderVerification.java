package io.clouddouble.pact.provider;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import au.com.dius.pact.provider.junit5.PactVerificationContext;
import au.com.dius.pact.provider.junit5.PactVerificationInvocationContextProvider;
import au.com.dius.pact.provider.junitsupport.Provider;
import io.clouddouble.Settings;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.hc.core5.http.ClassicHttpRequest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.TestTemplate;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Verifies a provider's pacts against an in-process clouddouble on a free loopback port
 * ({@link ProviderUnderVerification}): each interaction's provider states are set up by posting
 * their worlds to the fake's admin API, and each replayed request is signed like the SDK's.
 *
 * <p>A product whose stubs have not landed ({@code stubs/behaviour/<cloud>/<product>} is missing) is
 * reported as skipped with that reason, never silently passed.
 */
abstract class CloudDoubleProviderVerification {
  private static ProviderUnderVerification provider;

  @BeforeAll
  static void start(TestInfo info) {
    String name = info.getTestClass().orElseThrow().getAnnotation(Provider.class).value();
    Path stubs = stubsOf(name);
    assumeTrue(Files.isDirectory(stubs), "pending: " + name + " has no stubs yet (" + stubs + ")");
    provider = ProviderUnderVerification.start(settings());
  }

  /** {@code -Dclouddouble.pact.stubs=DIR} verifies against another stubs root (see README.md, "Consumer-driven contracts (Pact)"). */
  private static Settings settings() {
    Settings settings = Settings.defaults();
    String stubs = System.getProperty("clouddouble.pact.stubs");
    return stubs == null ? settings : settings.withStubs(Path.of(stubs));
  }

  @AfterAll
  static void stop() {
    if (provider != null) {
      provider.close();
      provider = null;
    }
  }

  /** {@code clouddouble-alibaba-privatelink} is served by {@code stubs/behaviour/alibaba/privatelink}. */
  static Path stubsOf(String provider) {
    String[] parts = provider.replaceFirst("^clouddouble-", "").split("-", 2);
    return Path.of("stubs", "behaviour", parts[0], parts[1]);
  }

  @BeforeEach
  void setUpState(PactVerificationContext context) {
    context.setTarget(provider.target());
    provider.setUpStates(context.getInteraction().getProviderStates());
  }

  @TestTemplate
  @ExtendWith(PactVerificationInvocationContextProvider.class)
  void verify(PactVerificationContext context, ClassicHttpRequest request) {
    provider.sign(request);
    context.verifyInteraction();
  }
}
