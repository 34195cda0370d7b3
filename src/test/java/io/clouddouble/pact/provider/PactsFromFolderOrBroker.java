package io.clouddouble.pact.provider;

import au.com.dius.pact.core.model.Pact;
import au.com.dius.pact.core.model.PactSource;
import au.com.dius.pact.core.pactbroker.PactBrokerClient;
import au.com.dius.pact.core.pactbroker.PactBrokerClientConfig;
import au.com.dius.pact.core.support.expressions.ValueResolver;
import au.com.dius.pact.provider.junitsupport.loader.PactBroker;
import au.com.dius.pact.provider.junitsupport.loader.PactBrokerAuth;
import au.com.dius.pact.provider.junitsupport.loader.PactBrokerLoader;
import au.com.dius.pact.provider.junitsupport.loader.PactFolderLoader;
import au.com.dius.pact.provider.junitsupport.loader.PactLoader;
import java.io.File;
import java.io.IOException;
import java.util.List;
import java.util.Map;

/**
 * Where the pacts come from: {@code contracts/pacts/} by default, with no network at all; a Pact
 * Broker when {@code PACT_BROKER_BASE_URL} is set (with {@code PACT_BROKER_TOKEN} if it needs one).
 * Against a broker, this provider's local pacts are published first (consumer version
 * {@code pact.consumer.version}), then verified from the broker, which is what lets Pact report the
 * verification results there.
 */
public final class PactsFromFolderOrBroker implements PactLoader {
  static final String FOLDER = "contracts/pacts";
  private static final String BROKER_URL = System.getenv("PACT_BROKER_BASE_URL");
  private static final String BROKER_TOKEN = System.getenv("PACT_BROKER_TOKEN");
  private final PactLoader delegate;

  public PactsFromFolderOrBroker() {
    if (brokerConfigured()) {
      System.setProperty("pact.verifier.publishResults", "true");
      delegate = new PactBrokerLoader(BrokerSettings.class.getAnnotation(PactBroker.class));
    } else {
      delegate = new PactFolderLoader(FOLDER);
    }
  }

  static boolean brokerConfigured() {
    return BROKER_URL != null && !BROKER_URL.isBlank();
  }

  @Override
  public List<Pact> load(String providerName) throws IOException {
    if (brokerConfigured()) {
      publish(providerName);
    }
    return delegate.load(providerName);
  }

  @Override
  public PactSource getPactSource() {
    return delegate.getPactSource();
  }

  @Override
  public void setValueResolver(ValueResolver resolver) {
    delegate.setValueResolver(resolver);
  }

  @Override
  public String description() {
    return delegate.description();
  }

  private static void publish(String providerName) {
    Map<String, Object> options =
        BROKER_TOKEN == null || BROKER_TOKEN.isBlank() ? Map.of() : Map.of("authentication", List.of("bearer", BROKER_TOKEN));
    PactBrokerClient client = new PactBrokerClient(BROKER_URL, options, new PactBrokerClientConfig());
    String version = System.getProperty("pact.consumer.version");
    File[] pacts = new File(FOLDER).listFiles((dir, name) -> name.endsWith("-" + providerName + ".json"));
    for (File pact : pacts == null ? new File[0] : pacts) {
      var result = client.uploadPactFile(pact, version);
      if (result instanceof au.com.dius.pact.core.support.Result.Err<?> error) {
        throw new IllegalStateException("publishing " + pact + " failed", (Exception) error.getError());
      }
    }
  }

  /** The broker settings, resolved from the environment by Pact's own expression resolver. */
  @PactBroker(url = "${PACT_BROKER_BASE_URL}", authentication = @PactBrokerAuth(token = "${PACT_BROKER_TOKEN:}"))
  private static final class BrokerSettings {}
}
