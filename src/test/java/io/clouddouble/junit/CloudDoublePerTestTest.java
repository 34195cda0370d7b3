package io.clouddouble.junit;

import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.clouddouble.CloudDouble;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/** perTest: a fresh fake for each test method, stopped when the method is done. */
@CloudDoubleTest(perTest = true)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class CloudDoublePerTestTest {
  private static CloudDouble firstTestsFake;
  private CloudDouble beforeEachFake;

  @BeforeEach
  void remember(CloudDouble fake) {
    beforeEachFake = fake;
  }

  @Test
  @Order(1)
  void first(CloudDouble fake) {
    assertSame(beforeEachFake, fake);
    firstTestsFake = fake;
  }

  @Test
  @Order(2)
  void secondGetsAnotherFakeAndTheFirstIsStopped(CloudDouble fake) {
    assertSame(beforeEachFake, fake);
    assertNotSame(firstTestsFake, fake);
    // WireMock refuses to report the port of a stopped server.
    assertThrows(IllegalStateException.class, firstTestsFake::port);
  }
}
