package io.clouddouble.record;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.net.URI;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** scripts/record's command line: the README's form, defaults, and refusals. */
class RecordMainTest {
  @Test
  void theReadmeForm() {
    RecordMain.Options options =
        RecordMain.parse(new String[] {"--recordings", "stubs/recordings", "--name", "my-flow", "--target", "http://127.0.0.1:9000", "--port", "0"});
    assertEquals(
        new RecordMain.Options(
            "my-flow", URI.create("http://127.0.0.1:9000"), 0, "cn-hangzhou", "cn-north-4", Path.of("stubs/recordings"), Map.of()),
        options);
  }

  @Test
  void defaultsToThePublicEndpointsOnPort8090() {
    RecordMain.Options options = RecordMain.parse(new String[] {"--name", "flow", "--region", "cn-shanghai"});
    assertNull(options.target());
    assertEquals(8090, options.port());
    assertEquals("cn-shanghai", options.region());
  }

  /** The accepter's client sends AccessKeyId "accepter"; its calls are signed with ACCEPTER_ACCESS_KEY_*. */
  @Test
  void aSecondAlibabaAccountIsReadFromItsOwnVariables() {
    RecordMain.Options options = RecordMain.parse(new String[] {"--name", "peer", "--alibaba-account", "accepter=ACCEPTER"});
    RealCredentials credentials =
        options.credentials(
            Map.of(RealCredentials.ALIBABA_AK, "defaultKey", RealCredentials.ALIBABA_SECRET, "defaultSecret",
                "ACCEPTER_ACCESS_KEY_ID", "accepterKey", "ACCEPTER_ACCESS_KEY_SECRET", "accepterSecret"));
    assertEquals(new RealCredentials.AccessKey("accepterKey", "accepterSecret"), credentials.alibabaFor("accepter"));
    assertEquals(new RealCredentials.AccessKey("defaultKey", "defaultSecret"), credentials.alibabaFor("anyone"));
    assertThrows(IllegalArgumentException.class, () -> options.credentials(Map.of()));
  }

  @Test
  void refusesWhatItCannotUse() {
    for (String[] args :
        new String[][] {
          {}, {"--name", "../escape"}, {"--name", "a b"}, {"--name", "x", "--target", "ftp://host"},
          {"--name", "x", "--port", "70000"}, {"--name", "x", "--bogus"}, {"--name"},
          {"--name", "x", "--alibaba-account", "accepter"}, {"--name", "x", "--alibaba-account"}
        }) {
      assertThrows(IllegalArgumentException.class, () -> RecordMain.parse(args), String.join(" ", args));
    }
    assertNull(RecordMain.parse(new String[] {"--help"}));
  }
}
