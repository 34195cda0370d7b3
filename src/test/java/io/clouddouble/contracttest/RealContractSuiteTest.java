package io.clouddouble.contracttest;

import io.clouddouble.DataRoot;
import io.clouddouble.contract.ContractRegistry;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The contract suite against the {@code real} target: credentials, regions and endpoints from the
 * environment (see {@link TargetConfig}). Without credentials the whole class is skipped with one
 * message; without {@code CLOUDDOUBLE_REAL_MUTATE=1} it changes nothing. {@code scripts/verify-real}
 * runs it; the report goes to {@code target/contract-drift/real/}.
 */
class RealContractSuiteTest {
  private static SuiteRun run;

  @BeforeAll
  static void configure() {
    run = SuiteRun.real(
        TargetConfig.processVariables(),
        ContractRegistry.load(DataRoot.packaged("contracts")),
        Path.of("target", "contract-drift", "real"));
    if (!run.config().hasAnyAccount()) {
      System.out.println(TargetConfig.HOW_TO_ENABLE); // surefire shows a skip's reason only in its report files
    }
    Assumptions.assumeTrue(run.config().hasAnyAccount(), TargetConfig.HOW_TO_ENABLE);
  }

  @TestFactory
  Stream<DynamicTest> contracts() {
    return run.dynamicTests(ContractSuite.cases());
  }

  @AfterAll
  static void report() {
    if (run.config().hasAnyAccount()) {
      System.out.println("contract drift report: " + run.writeReport().toAbsolutePath());
    }
  }
}
