package io.clouddouble.contracttest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.clouddouble.DataRoot;
import io.clouddouble.contract.ContractRegistry;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real-mode path, tested: a separate clouddouble in strict signature mode with its own keys,
 * reached only through the environment-style variables a team would export (its address in
 * {@code CLOUDDOUBLE_REAL_ENDPOINT}), so the only difference from a real run is the host name. The
 * fake is told (through its admin API, not the suite) to complete transitions at once, so the
 * real-time polling finds each one at its first poll.
 */
class RealModeAgainstFakeTest {
  private static final ContractRegistry CONTRACTS = ContractRegistry.load(DataRoot.packaged("contracts"));

  @TempDir Path dir;

  @Test
  void withoutCredentialsEveryCaseIsSkippedWithTheMessageHowToEnableThem() {
    SuiteRun run = SuiteRun.real(Map.of(), CONTRACTS, dir.resolve("report"));
    List<CaseResult> results = run.runAll(ContractSuite.cases());
    assertTrue(results.stream().allMatch(r -> r.status() == CaseResult.Status.SKIPPED));
    assertTrue(results.stream().allMatch(r -> r.reason().endsWith(TargetConfig.HOW_TO_ENABLE)));
  }

  @Test
  void safeModeSkipsEveryLifecycleAndMatchesTheContracts() {
    try (FakeTarget fake = FakeTarget.start(dir, null)) {
      List<CaseResult> results = runReal(fake, fake.variables());
      results.stream()
          .filter(r -> r.contractCase().kind().mutates())
          .forEach(r -> assertEquals("changes the account: runs only with CLOUDDOUBLE_REAL_MUTATE=1", r.reason()));
      assertOnlyKnownGapsDrift(results);
    }
  }

  @Test
  void mutatingModeRunsEveryCase() {
    try (FakeTarget fake = FakeTarget.start(dir, null)) {
      Map<String, String> variables = new HashMap<>(fake.variables());
      variables.put("CLOUDDOUBLE_REAL_MUTATE", "1");
      List<CaseResult> results = runReal(fake, variables);
      assertTrue(results.stream().noneMatch(r -> r.status() == CaseResult.Status.SKIPPED));
      assertOnlyKnownGapsDrift(results);
    }
  }

  @Test
  void theDriftReportNamesAWrongFieldTypeAndAnUndocumentedErrorCode() throws IOException {
    Path stubs = AlteredStubs.copyWithDrift(DataRoot.packaged("stubs"), dir.resolve("stubs"));
    try (FakeTarget fake = FakeTarget.start(dir, stubs)) {
      SuiteRun run = SuiteRun.real(fake.variables(), CONTRACTS, dir.resolve("report"));
      run.runAll(ContractSuite.cases());
      String report = Files.readString(run.writeReport());
      System.out.println(excerpt(report));
      assertTrue(report.contains("| " + AlteredStubs.WRONG_TYPE_OPERATION + " | privatelink.ListVpcEndpoints.read | 200 | $.MaxResults: string found, integer expected |"), report);
      assertTrue(report.contains("MaxResults"), "names the field");
      assertTrue(report.contains("string found, integer expected"), "says what is wrong with it");
      assertTrue(report.contains("error code " + AlteredStubs.UNDOCUMENTED_CODE + " is not documented for the operation"), report);
      String xml = Files.readString(dir.resolve("report").resolve("TEST-clouddouble-contract-real.xml"));
      assertTrue(xml.contains(AlteredStubs.UNDOCUMENTED_CODE) && xml.contains("<failure"), xml);
    }
  }

  private List<CaseResult> runReal(FakeTarget fake, Map<String, String> variables) {
    fake.completeTransitionsImmediately();
    SuiteRun run = SuiteRun.real(variables, CONTRACTS, dir.resolve("report"));
    List<CaseResult> results = run.runAll(ContractSuite.cases());
    run.writeReport();
    return results;
  }

  /** Everything passes except the cases whose behaviour the fake does not have yet. */
  private static void assertOnlyKnownGapsDrift(List<CaseResult> results) {
    Map<String, String> gaps = FakeGaps.load();
    List<String> unexpected =
        results.stream().filter(r -> r.failed() && !gaps.containsKey(r.contractCase().id()))
            .map(r -> r.contractCase().id() + ": " + r.reason()).toList();
    assertEquals(List.of(), unexpected, "drift outside fake-gaps.tsv");
    results.stream()
        .filter(r -> r.status() == CaseResult.Status.PASSED && gaps.containsKey(r.contractCase().id()))
        .forEach(r -> System.out.println("fake-gaps.tsv: " + r.contractCase().id() + " passes now; remove its line"));
  }

  private static String excerpt(String report) {
    return Stream.of(report.split("\n"))
        .filter(l -> l.contains(AlteredStubs.WRONG_TYPE_OPERATION) || l.contains(AlteredStubs.UNDOCUMENTED_CODE)
            || l.startsWith("# ") || l.startsWith("Cases:"))
        .reduce((a, b) -> a + "\n" + b).orElse("");
  }
}
