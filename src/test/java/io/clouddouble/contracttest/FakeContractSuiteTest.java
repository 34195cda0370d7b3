package io.clouddouble.contracttest;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * The contract suite against the {@code fake} target: an in-process clouddouble on a random port,
 * strict signatures, every case including the lifecycles, async transitions driven by the fake's
 * clock. Cases whose behaviour has not landed in
 * the fake are skipped with the reason from {@code fake-gaps.tsv}. Report: {@code
 * target/contract-drift/fake/}.
 */
class FakeContractSuiteTest {
  @TempDir static Path keys;
  private static FakeTarget target;
  private static SuiteRun run;

  @BeforeAll
  static void start() {
    target = FakeTarget.start(keys, null);
    TargetConfig config =
        TargetConfig.real(target.variables(), Path.of("target", "contract-drift", "fake")).asFake();
    // Between polls the fake's clock moves on a minute; nothing sleeps.
    Waiter waiter = Waiter.advancing(() -> target.advanceClock(Duration.ofMinutes(1)), 30);
    run = new SuiteRun(config, target.fake().contracts(), waiter, FakeGaps.load());
  }

  @TestFactory
  Stream<DynamicTest> contracts() {
    return run.dynamicTests(ContractSuite.cases());
  }

  /** Each dynamic test asserts its case; the run as a whole must leave its report for CI. */
  @AfterAll
  static void stop() {
    try {
      Path report = run.writeReport();
      assertTrue(Files.size(report) > 0, "the drift report " + report + " is written");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      target.close();
    }
  }
}
