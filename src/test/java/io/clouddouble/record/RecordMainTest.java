package io.clouddouble.record;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.net.URI;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** scripts/record's command line: the README's form, defaults, and refusals. */
class RecordMainTest {
  @Test
  void theReadmeForm() {
    RecordMain.Options options =
        RecordMain.parse(new String[] {"--recordings", "stubs/recordings", "--name", "my-flow", "--target", "http://127.0.0.1:9000", "--port", "0"});
    assertEquals(
        new RecordMain.Options("my-flow", URI.create("http://127.0.0.1:9000"), 0, "cn-hangzhou", "cn-north-4", Path.of("stubs/recordings")),
        options);
  }

  @Test
  void defaultsToThePublicEndpointsOnPort8090() {
    RecordMain.Options options = RecordMain.parse(new String[] {"--name", "flow", "--region", "cn-shanghai"});
    assertNull(options.target());
    assertEquals(8090, options.port());
    assertEquals("cn-shanghai", options.region());
  }

  @Test
  void refusesWhatItCannotUse() {
    for (String[] args :
        new String[][] {
          {}, {"--name", "../escape"}, {"--name", "a b"}, {"--name", "x", "--target", "ftp://host"},
          {"--name", "x", "--port", "70000"}, {"--name", "x", "--bogus"}, {"--name"}
        }) {
      assertThrows(IllegalArgumentException.class, () -> RecordMain.parse(args), String.join(" ", args));
    }
    assertNull(RecordMain.parse(new String[] {"--help"}));
  }
}
