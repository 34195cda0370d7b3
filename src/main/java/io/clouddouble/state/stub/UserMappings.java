package io.clouddouble.state.stub;

import com.github.tomakehurst.wiremock.extension.StubLifecycleListener;
import com.github.tomakehurst.wiremock.stubbing.StubMapping;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * Whether the server holds WireMock mappings besides the fake's own two (the behaviour mapping and
 * the catch-all): a user's mappings under {@code stubs/mappings/} or added through the admin API, or
 * a recording's. While it holds none, no mapping can come before a behaviour, so the state gate
 * answers from the behaviour itself instead of handing the request on to WireMock's matching.
 */
public final class UserMappings implements StubLifecycleListener {
  private volatile Supplier<List<StubMapping>> mappings = List::of;
  private volatile Set<UUID> builtIn = Set.of();
  // Counted again on the first request after any change: WireMock may load files after its events.
  private volatile boolean changed = true;
  private volatile boolean present;

  /** Where to read the server's mappings from, once the server exists, and the ids of the fake's own. */
  public void watch(Supplier<List<StubMapping>> mappings, Set<UUID> builtIn) {
    this.mappings = mappings;
    this.builtIn = Set.copyOf(builtIn);
    changed = true;
  }

  /** True when some mapping is not one of the fake's own. */
  public boolean present() {
    if (changed) {
      changed = false;
      present = mappings.get().stream().anyMatch(mapping -> !builtIn.contains(mapping.getId()));
    }
    return present;
  }

  @Override
  public String getName() {
    return "clouddouble-user-mappings";
  }

  @Override
  public void afterStubCreated(StubMapping stub) {
    changed = true;
  }

  @Override
  public void afterStubEdited(StubMapping oldStub, StubMapping newStub) {
    changed = true;
  }

  @Override
  public void afterStubRemoved(StubMapping stub) {
    changed = true;
  }

  @Override
  public void afterStubsReset() {
    changed = true;
  }
}
