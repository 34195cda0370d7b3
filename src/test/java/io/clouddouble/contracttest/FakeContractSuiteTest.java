package io.clouddouble.contracttest;

import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * The contract suite against the {@code fake} target: an in-process clouddouble on a random port,
 * strict signatures, every case including the lifecycles. Cases whose behaviour has not landed in
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
    // Polls without pausing: the fake's transitions progress by reads or immediately.
    run = new SuiteRun(config, target.fake().contracts(), Waiter.advancing(() -> {}, 30), FakeGaps.load());
  }

  @TestFactory
  Stream<DynamicTest> contracts() {
    return run.dynamicTests(ContractSuite.cases());
  }

  @AfterAll
  static void stop() {
    run.writeReport();
    target.close();
  }
}
