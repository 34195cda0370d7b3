package io.clouddouble;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The command-line options of the state engine: --world, --no-demo, --state-file. */
class MainStateOptionsTest {
  @Test
  void stateOptionsParse() {
    assertTrue(Main.parse(new String[0]).demo());
    assertFalse(Main.parse(new String[] {"--no-demo"}).demo());
    assertEquals(Path.of("stubs/worlds/demo"), Main.parse(new String[] {"--world", "stubs/worlds/demo"}).world());
    assertEquals(Path.of("target/state.json"), Main.parse(new String[] {"--state-file", "target/state.json"}).stateFile());
    assertThrows(IllegalArgumentException.class, () -> Main.parse(new String[] {"--world", "no/such/world.json"}));
    assertThrows(IllegalArgumentException.class, () -> Main.parse(new String[] {"--state-file"}));
  }

  @Test
  void helpListsThem() {
    assertTrue(Main.USAGE.contains("--world FILE|DIR"));
    assertTrue(Main.USAGE.contains("--no-demo"));
    assertTrue(Main.USAGE.contains("--state-file FILE"));
  }
}
