package io.clouddouble;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The command-line options that protect the admin API. */
class MainAdminOptionsTest {
  @Test
  void adminOptionsParse() {
    Settings defaults = Main.parse(new String[0]);
    assertFalse(defaults.adminOpen());
    assertFalse(defaults.allowAdminShutdown());
    assertTrue(defaults.loopback());
    Settings shared = Main.parse(new String[] {"--bind", "0.0.0.0", "--admin-token", "t0ken", "--allow-admin-shutdown"});
    assertEquals("t0ken", shared.adminToken());
    assertTrue(shared.allowAdminShutdown());
    assertFalse(shared.loopback());
    assertTrue(Main.parse(new String[] {"--admin-open"}).adminOpen());
    assertThrows(IllegalArgumentException.class, () -> Main.parse(new String[] {"--admin-token", "with space"}));
    assertThrows(IllegalArgumentException.class, () -> Main.parse(new String[] {"--admin-token"}));
  }

  @Test
  void helpListsThem() {
    for (String option : new String[] {"--admin-token TOKEN", "--admin-open", "--allow-admin-shutdown", "CLOUDDOUBLE_ADMIN_TOKEN"}) {
      assertTrue(Main.USAGE.contains(option), option);
    }
  }
}
