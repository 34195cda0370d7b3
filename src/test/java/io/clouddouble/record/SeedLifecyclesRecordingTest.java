package io.clouddouble.record;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.clouddouble.CloudDouble;
import io.clouddouble.DataRoot;
import io.clouddouble.Settings;
import io.clouddouble.contract.ContractRegistry;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The whole pipeline on the seed lifecycles: record them from a strict clouddouble standing in for
 * the real cloud, check the recording against the contracts, play it back, and see the SDKs observe
 * exactly what they observed while recording. Only the products whose behaviour the fake has (a
 * folder under {@code stubs/behaviour/}) are recorded: the others would record its gaps.
 *
 * <p>Every build records into a temporary directory. With {@code -Dclouddouble.regenerate=true} the
 * recording replaces the committed {@code stubs/recordings/seed-lifecycles/}:
 * {@code mvn -B test -Dtest=SeedLifecyclesRecordingTest -Dclouddouble.regenerate=true}.
 */
class SeedLifecyclesRecordingTest {
  static final String NAME = "seed-lifecycles";

  @TempDir Path dir;

  @Test
  void recordsChecksAndPlaysBackTheSeedLifecycles() {
    Path stubs = Boolean.getBoolean("clouddouble.regenerate") ? Path.of("stubs") : dir.resolve("stubs");
    Path recording = stubs.resolve("recordings").resolve(NAME);
    List<String> products = SeedLifecycles.PRODUCTS.stream().filter(SeedLifecyclesRecordingTest::hasBehaviour).toList();
    StoryFile story;
    try (StrictTarget target = new StrictTarget(dir);
        RecordingProxy recorder = target.recorder(NAME, recording)) {
      Recording sanitised = recorder.recording();
      List<String> transcript =
          new SeedLifecycles(recorder.endpoint(), recorder.baseUrl(), SeedLifecycles.INVENTED, target::advanceClock,
                  sanitised::sanitised)
              .run(products);
      Map<String, String> inputs = new TreeMap<>();
      SeedLifecycles.INVENTED.forEach((name, id) -> inputs.put(name, sanitised.sanitised(id)));
      story = new StoryFile(products, inputs, transcript);
      story.write(recording);
    }

    assertEquals(List.of(), new DriftCheck(ContractRegistry.load(DataRoot.packaged("contracts"))).check(recording));

    try (CloudDouble playback = CloudDouble.start(Settings.defaults().withPort(0).withStubs(stubs).withPlayback(NAME))) {
      assertEquals(
          story.transcript(),
          new SeedLifecycles(playback.endpoint(), playback.baseUrl(), story.inputs(), () -> {}, UnaryOperator.identity())
              .run(story.products()));
    }
  }

  private static boolean hasBehaviour(String product) {
    String folder = product.equals("DNS") ? "huawei/dns" : "alibaba/" + product.toLowerCase(Locale.ROOT);
    return Files.isDirectory(DataRoot.packaged("stubs").resolve("behaviour").resolve(folder));
  }
}
