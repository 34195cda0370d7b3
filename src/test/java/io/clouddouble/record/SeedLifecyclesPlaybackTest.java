package io.clouddouble.record;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.aliyun.tea.TeaException;
import io.clouddouble.CloudDouble;
import io.clouddouble.Settings;
import io.clouddouble.auth.SignatureMode;
import io.clouddouble.testkit.Sdks;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The committed recording, loaded the way a team's test loads one ({@code Settings.withPlayback},
 * the packaged copy), behind a strict gateway: the official SDKs replay the seed lifecycles and see
 * what was recorded, and a wrong secret still gets the provider's signature error.
 */
class SeedLifecyclesPlaybackTest {
  @TempDir static Path dir;
  private static CloudDouble playback;

  @BeforeAll
  static void start() throws Exception {
    Path credentials = dir.resolve("credentials");
    Files.writeString(
        credentials,
        Sdks.ALIBABA_AK + ":" + Sdks.ALIBABA_SECRET + ":1234567890123456\n"
            + StrictTarget.ACCEPTER_CLIENT_KEY + ":" + SeedLifecycles.ACCEPTER_CLIENT_SECRET + ":1234567890123457\n"
            + Sdks.HUAWEI_AK + ":" + Sdks.HUAWEI_SK + ":" + Sdks.HUAWEI_PROJECT + "\n");
    playback =
        CloudDouble.start(
            Settings.defaults()
                .withPort(0)
                .withSignatures(SignatureMode.STRICT)
                .withCredentials(credentials)
                .withPlayback(SeedLifecyclesRecordingTest.NAME));
  }

  @AfterAll
  static void stop() {
    playback.stop();
  }

  @Test
  void theSdksSeeWhatWasRecorded() {
    StoryFile story = StoryFile.read(CommittedRecordingsTest.RECORDINGS.resolve(SeedLifecyclesRecordingTest.NAME));
    assertEquals(
        story.transcript(),
        new SeedLifecycles(playback.endpoint(), playback.baseUrl(), story.inputs(), () -> {}, UnaryOperator.identity())
            .run(story.products()));
  }

  @Test
  void signaturesAreStillChecked() {
    TeaException error =
        assertThrows(
            TeaException.class,
            () -> Sdks.callTea(Sdks.tea(playback.endpoint(), Sdks.ALIBABA_AK, "wrongSecret", null),
                "ListVpcEndpointZones", "2020-04-15", Map.of("RegionId", "cn-hangzhou"), null));
    assertEquals("SignatureDoesNotMatch", error.getCode());
  }
}
