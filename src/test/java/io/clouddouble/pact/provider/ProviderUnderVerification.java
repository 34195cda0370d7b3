package io.clouddouble.pact.provider;

import au.com.dius.pact.core.model.ProviderState;
import au.com.dius.pact.provider.junit5.HttpTestTarget;
import io.clouddouble.CloudDouble;
import io.clouddouble.Settings;
import java.util.List;
import org.apache.hc.core5.http.ClassicHttpRequest;

/**
 * An in-process clouddouble on a free loopback port, as Pact's verifier sees a provider: the
 * target to replay requests against, the provider states set up by posting their worlds
 * ({@link StateWorlds}) to the fake's admin API, and each replayed request signed like the SDK's
 * ({@link RequestSigner}).
 */
final class ProviderUnderVerification implements AutoCloseable {
  private static final StateWorlds WORLDS = StateWorlds.load();
  private final CloudDouble fake;
  private final AdminClient admin;
  private final RequestSigner signer;

  private ProviderUnderVerification(CloudDouble fake) {
    this.fake = fake;
    this.admin = new AdminClient(fake.baseUrl());
    this.signer = new RequestSigner(fake.endpoint());
  }

  /** Starts a fake with {@code settings}, on a free port whatever {@code settings} say. */
  static ProviderUnderVerification start(Settings settings) {
    return new ProviderUnderVerification(CloudDouble.start(settings.withPort(0)));
  }

  /** Where Pact replays the interactions: this fake, over loopback. */
  HttpTestTarget target() {
    return new HttpTestTarget("127.0.0.1", fake.port());
  }

  /**
   * Sets up an interaction's provider states: the first state's world replaces every resource, the
   * others are merged into it; no state at all means the world the fake started with.
   */
  void setUpStates(List<ProviderState> states) {
    if (states.isEmpty()) {
      admin.reset();
    }
    for (int i = 0; i < states.size(); i++) {
      admin.loadWorld(WORLDS.world(states.get(i).getName()), i > 0);
    }
  }

  /** Signs a request Pact is about to replay (the pacts leave signatures out). */
  void sign(ClassicHttpRequest request) {
    signer.sign(request);
  }

  @Override
  public void close() {
    fake.stop();
  }
}
