package io.clouddouble;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.clouddouble.auth.SignatureMode;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Every option of the fake's command line can come from a CLOUDDOUBLE_* variable; a flag wins. */
class CommandLinesEnvironmentTest {
  private static Settings parse(Map<String, String> environment, String... args) {
    return Main.parse(CommandLines.withEnvironment(args, Main.USAGE, environment));
  }

  @Test
  void optionsWithValuesComeFromTheEnvironment() {
    Settings settings =
        parse(
            Map.of(
                "CLOUDDOUBLE_PORT", "9123",
                "CLOUDDOUBLE_BIND", "0.0.0.0",
                "CLOUDDOUBLE_SIGNATURES", "off",
                "CLOUDDOUBLE_WORLD", "stubs/worlds/demo",
                "CLOUDDOUBLE_STATE_FILE", "target/state.json"));
    assertEquals(9123, settings.port());
    assertEquals("0.0.0.0", settings.bind());
    assertEquals(SignatureMode.OFF, settings.signatures());
    assertEquals(Path.of("stubs/worlds/demo"), settings.world());
    assertEquals(Path.of("target/state.json"), settings.stateFile());
  }

  @Test
  void switchesAreTrueOrFalse() {
    assertFalse(parse(Map.of("CLOUDDOUBLE_NO_DEMO", "true")).demo());
    assertTrue(parse(Map.of("CLOUDDOUBLE_NO_DEMO", "FALSE")).demo());
    assertTrue(parse(Map.of("CLOUDDOUBLE_VERBOSE", "true")).verbose());
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> parse(Map.of("CLOUDDOUBLE_NO_DEMO", "yes")));
    assertEquals("CLOUDDOUBLE_NO_DEMO must be true or false, not 'yes'", e.getMessage());
  }

  @Test
  void aFlagOnTheCommandLineWinsAndBlankOrUnknownVariablesAreIgnored() {
    Map<String, String> environment =
        Map.of("CLOUDDOUBLE_PORT", "9123", "CLOUDDOUBLE_BIND", "", "CLOUDDOUBLE_JAVA_OPTS", "-Xmx1g", "CLOUDDOUBLE_HELP", "true");
    assertArrayEquals(new String[] {"--port", "0"}, CommandLines.withEnvironment(new String[] {"--port", "0"}, Main.USAGE, environment));
    Settings settings = parse(environment, "--port", "0");
    assertEquals(0, settings.port());
    assertEquals("127.0.0.1", settings.bind());
  }

  @Test
  void badValuesFromTheEnvironmentGetTheFlagsOwnError() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> parse(Map.of("CLOUDDOUBLE_PORT", "http")));
    assertEquals("--port must be a number from 0 to 65535, not 'http'", e.getMessage());
  }

  @Test
  void helpIsShownWhateverTheEnvironmentHolds() {
    assertNull(parse(Map.of("CLOUDDOUBLE_PORT", "http"), "--help"));
  }

  @Test
  void theHelpNamesTheVariables() {
    assertEquals("CLOUDDOUBLE_STATE_FILE", CommandLines.environmentVariable("--state-file"));
    assertTrue(Main.USAGE.contains("CLOUDDOUBLE_SIGNATURES=strict"));
  }
}
