package io.clouddouble.state;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.clouddouble.CloudDouble;
import io.clouddouble.Settings;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;

/**
 * One fake per test class (with the demo world and the response audit, so every response is
 * checked against its contract), reset before every test; no test may leave an audit violation.
 */
abstract class AuditedFakeBase {
  static CloudDouble fake;

  @BeforeAll
  static void startFake() {
    fake = CloudDouble.start(Settings.defaults().withPort(0).withResponseAudit(true));
  }

  @AfterAll
  static void stopFake() {
    fake.stop();
  }

  @AfterEach
  void noContractViolations() {
    assertEquals(List.of(), fake.responseAudit().violations());
  }
}
