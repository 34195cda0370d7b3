package io.clouddouble.record;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import io.clouddouble.testkit.Sdks;
import org.junit.jupiter.api.Test;

/**
 * What is committed under {@code stubs/recordings/}: no credential, signature, nonce or token, and
 * no id that is not a placeholder; and every recorded answer still matches its contract.
 */
class CommittedRecordingsTest {
  static final Path RECORDINGS = Path.of("stubs", "recordings");

  /** The credentials the committed recordings were made with, on both sides of the recorder. */
  private static final List<String> CREDENTIALS =
      List.of(StrictTarget.ALIBABA_AK, StrictTarget.ALIBABA_SECRET, StrictTarget.ALIBABA_ACCOUNT, StrictTarget.ACCEPTER_AK,
          StrictTarget.ACCEPTER_SECRET, StrictTarget.ACCEPTER_ACCOUNT, SeedLifecycles.ACCEPTER_CLIENT_SECRET, StrictTarget.HUAWEI_AK,
          StrictTarget.HUAWEI_SK, StrictTarget.HUAWEI_PROJECT, Sdks.ALIBABA_AK, Sdks.ALIBABA_SECRET, Sdks.HUAWEI_AK,
          Sdks.HUAWEI_SK, Sdks.HUAWEI_PROJECT);

  /** Names that only ever carry credentials or per-call signing values. */
  private static final Pattern CREDENTIAL_FIELDS =
      Pattern.compile(
          "\"(AccessKeyId|Signature|SignatureNonce|SecurityToken|BearerToken|Timestamp|ClientToken)\"\\s*:"
              + "|(?i)authorization|x-acs-signature-nonce|x-acs-security-token|x-auth-token|x-security-token|x-sdk-date");

  /** Each id kind, and the form its placeholders take. */
  private static final List<Pattern[]> IDS =
      List.of(
          new Pattern[] {Sanitiser.IdKind.PREFIXED.pattern, Pattern.compile("[a-z]+-[0-9]+")},
          new Pattern[] {Sanitiser.IdKind.UUID.pattern, Pattern.compile("00000000-0000-4000-8000-[0-9]{12}")},
          new Pattern[] {Sanitiser.IdKind.HEX32.pattern, Pattern.compile("[0-9]{32}")},
          new Pattern[] {Sanitiser.IdKind.ACCOUNT16.pattern, Pattern.compile("10+[1-9][0-9]*")});

  private static List<Path> files() throws IOException {
    try (Stream<Path> files = Files.walk(RECORDINGS)) {
      return files.filter(Files::isRegularFile).sorted().toList();
    }
  }

  @Test
  void theSeedLifecyclesAreCommitted() throws IOException {
    assertTrue(Files.isRegularFile(RECORDINGS.resolve(SeedLifecyclesRecordingTest.NAME).resolve(StoryFile.NAME)));
    assertFalse(DriftCheck.mappings(RECORDINGS.resolve(SeedLifecyclesRecordingTest.NAME)).isEmpty());
  }

  @Test
  void noCredentialSignatureNonceOrTokenIsCommitted() throws IOException {
    for (Path file : files()) {
      String text = Files.readString(file);
      for (String credential : CREDENTIALS) {
        assertFalse(text.contains(credential), file + " holds " + credential);
      }
      Matcher field = CREDENTIAL_FIELDS.matcher(text);
      assertFalse(field.find(), () -> file + " holds " + field.group());
    }
  }

  @Test
  void everyIdIsAPlaceholder() throws IOException {
    List<String> real = new ArrayList<>();
    for (Path file : files()) {
      String text = Files.readString(file);
      for (Pattern[] kind : IDS) {
        Matcher id = kind[0].matcher(text);
        while (id.find()) {
          if (!kind[1].matcher(id.group()).matches()) {
            real.add(file.getFileName() + ": " + id.group());
          }
        }
      }
    }
    assertEquals(List.of(), real);
  }

  @Test
  void everyRecordedAnswerMatchesItsContract() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    int status = DriftCheck.run(new String[] {"--recordings", RECORDINGS.toString()}, new PrintStream(out, true, StandardCharsets.UTF_8), System.err);
    assertEquals(0, status, out.toString(StandardCharsets.UTF_8));
  }
}
