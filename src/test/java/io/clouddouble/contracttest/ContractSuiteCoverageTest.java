package io.clouddouble.contracttest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.clouddouble.contract.CoverageReport;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The suite covers every emulated operation, safely and in full, and its case ids are unique. */
class ContractSuiteCoverageTest {
  private static final List<ContractCase> CASES = ContractSuite.cases();

  @Test
  void everyOperationHasACaseThatChangesNothing() {
    assertEquals(operations(), covered(CASES.stream().filter(c -> !c.kind().mutates()).toList()));
  }

  @Test
  void everyOperationIsDrivenByALifecycle() {
    assertEquals(operations(), covered(CASES.stream().filter(c -> c.kind().mutates()).toList()));
  }

  @Test
  void caseIdsAreUniqueAndKnownGapsNameRealCases() {
    Set<String> ids = CASES.stream().map(ContractCase::id).collect(Collectors.toSet());
    assertEquals(CASES.size(), ids.size());
    assertEquals(Set.of(), FakeGaps.load().keySet().stream().filter(id -> !ids.contains(id)).collect(Collectors.toSet()));
  }

  /**
   * The emulated operations: those a stub answers with success. Every other operation with a
   * contract answers NotEmulated, which a contract case cannot drive.
   */
  private static Set<String> operations() {
    return new CoverageReport(Path.of("contracts"), Path.of("stubs"), Path.of("target/no-exercised.tsv")).rows().stream()
        .filter(row -> row.outcome().equals("success") && row.stubbed())
        .map(CoverageReport.Row::operation)
        .collect(Collectors.toCollection(TreeSet::new));
  }

  private static Set<String> covered(List<ContractCase> cases) {
    return cases.stream().flatMap(c -> c.operations().stream()).collect(Collectors.toCollection(TreeSet::new));
  }
}
