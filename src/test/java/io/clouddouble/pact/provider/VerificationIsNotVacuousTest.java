package io.clouddouble.pact.provider;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import au.com.dius.pact.core.model.DefaultPactReader;
import au.com.dius.pact.core.model.Interaction;
import au.com.dius.pact.core.model.Pact;
import au.com.dius.pact.provider.ProviderClient;
import au.com.dius.pact.provider.ProviderResponse;
import au.com.dius.pact.provider.ProviderVerifier;
import au.com.dius.pact.provider.VerificationResult;
import au.com.dius.pact.provider.junit5.HttpTestTarget;
import io.clouddouble.DataRoot;
import io.clouddouble.Settings;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import kotlin.Pair;
import org.apache.hc.core5.http.ClassicHttpRequest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The provider verification can fail: the README's "Not vacuous" experiment, automated. The
 * PrivateLink pact is verified, with the same provider states, signing and Pact comparison as
 * {@link PrivateLinkPactProviderTest}, against a fake whose stubs are a copy of the packaged ones in
 * which ListVpcEndpointSecurityGroups reports every group as {@code Attached}. Exactly the
 * interaction that observes a {@code Detaching} group must fail, with Pact's own diff; every other
 * interaction, and the same verification against an untouched copy, must pass.
 *
 * <p>Runs in the {@code pact-provider-verification} surefire execution, after the consumer tests
 * have written the pact.
 */
class VerificationIsNotVacuousTest {
  private static final Path PACT =
      Path.of(PactsFromFolderOrBroker.FOLDER, "alibaba-privatelink-consumer-clouddouble-alibaba-privatelink.json");
  private static final Path MAPPING = Path.of("behaviour/alibaba/privatelink/ListVpcEndpointSecurityGroups.json");
  private static final String STATUS_FROM_STATE = "\"SecurityGroupStatus\": \"${g.SecurityGroupStatus}\"";
  private static final String ALWAYS_ATTACHED = "\"SecurityGroupStatus\": \"Attached\"";
  private static final String DETACHING_INTERACTION = "ListVpcEndpointSecurityGroups while a group is detaching";
  private static final String PACTS_DIFF =
      "body: $.SecurityGroups[1].SecurityGroupStatus Expected 'Attached' (String) to be equal to 'Detaching' (String)";

  private static Pact pact;

  @BeforeAll
  static void loadPact() {
    pact = DefaultPactReader.INSTANCE.loadPact(PACT.toFile());
    assertTrue(
        pact.getInteractions().stream().anyMatch(i -> i.getDescription().equals(DETACHING_INTERACTION)),
        PACT + " no longer has the interaction \"" + DETACHING_INTERACTION + "\"");
    assertTrue(pact.getInteractions().size() > 1, PACT + " needs other interactions to show they still pass");
  }

  @Test
  void stubsThatAlwaysSayAttachedFailExactlyTheDetachingInteractionWithPactsDiff(@TempDir Path stubs)
      throws IOException {
    copyPackagedStubs(stubs);
    Path mapping = stubs.resolve(MAPPING);
    String text = Files.readString(mapping, StandardCharsets.UTF_8);
    assertEquals(
        1,
        text.split(Pattern.quote(STATUS_FROM_STATE), -1).length - 1,
        MAPPING + " should answer each group's SecurityGroupStatus from its state, once: " + STATUS_FROM_STATE);
    Files.writeString(mapping, text.replace(STATUS_FROM_STATE, ALWAYS_ATTACHED), StandardCharsets.UTF_8);

    Map<String, String> failures = verifyAll(stubs);

    assertEquals(List.of(DETACHING_INTERACTION), List.copyOf(failures.keySet()), "failed: " + failures);
    String failure = failures.get(DETACHING_INTERACTION);
    assertTrue(failure.contains(PACTS_DIFF), "Pact's failure text lacks \"" + PACTS_DIFF + "\":\n" + failure);
    assertFalse(failure.contains("1.2)"), "Pact found more than the one mismatch:\n" + failure);
  }

  @Test
  void anUntouchedCopyOfTheStubsPassesEveryInteraction(@TempDir Path stubs) throws IOException {
    copyPackagedStubs(stubs);

    assertEquals(Map.of(), verifyAll(stubs));
  }

  /** Each failing interaction's description, with Pact's failure text; none when all pass. */
  private static Map<String, String> verifyAll(Path stubs) throws IOException {
    Map<String, String> failures = new LinkedHashMap<>();
    try (ProviderUnderVerification provider = ProviderUnderVerification.start(Settings.defaults().withStubs(stubs))) {
      for (Interaction interaction : pact.getInteractions()) {
        String failure = verify(provider, interaction);
        if (failure != null) {
          failures.put(interaction.getDescription(), failure);
        }
      }
    }
    return failures;
  }

  /**
   * What {@code PactVerificationContext.verifyInteraction()} does for an HTTP interaction, without
   * JUnit's test template: set up the states, let the target build the request, sign it, replay it,
   * and compare the response with Pact's verifier. Pact's failure text, or null when it matches.
   */
  private static String verify(ProviderUnderVerification provider, Interaction interaction) throws IOException {
    assertTrue(interaction.isSynchronousRequestResponse(), interaction.getDescription() + " is not HTTP");
    provider.setUpStates(interaction.getProviderStates());
    HttpTestTarget target = provider.target();
    Pair<Object, Object> prepared = target.prepareRequest(pact, interaction, new HashMap<>());
    ClassicHttpRequest request = (ClassicHttpRequest) prepared.getFirst();
    ProviderClient client = (ProviderClient) prepared.getSecond();
    try {
      provider.sign(request);
      ProviderResponse actual = target.executeInteraction(client, request);
      ProviderVerifier verifier = new ProviderVerifier();
      verifier.reportInteractionDescription(interaction);
      VerificationResult result =
          verifier.verifyRequestResponsePact(
              interaction.asSynchronousRequestResponse().getResponse(),
              actual,
              "Verifying a pact between " + pact.getConsumer().getName() + " and " + pact.getProvider().getName()
                  + " - " + interaction.getDescription(),
              new HashMap<>(),
              Objects.requireNonNullElse(interaction.getInteractionId(), ""),
              false);
      return result instanceof VerificationResult.Failed failed
          ? verifier.generateErrorStringFromVerificationResult(List.of(failed))
          : null;
    } finally {
      client.getHttpClient().close();
    }
  }

  /** Copies the packaged {@code stubs/} (a directory or a jar entry) into {@code target}. */
  private static void copyPackagedStubs(Path target) throws IOException {
    Path source = DataRoot.packaged("stubs");
    try (Stream<Path> files = Files.walk(source)) {
      for (Path file : files.toList()) {
        Path copy = target.resolve(source.relativize(file).toString().replace(source.getFileSystem().getSeparator(), File.separator));
        if (Files.isDirectory(file)) {
          Files.createDirectories(copy);
        } else {
          Files.copy(file, copy);
        }
      }
    }
  }
}
