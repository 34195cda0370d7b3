package io.clouddouble.contracttest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.clouddouble.DataRoot;
import io.clouddouble.contract.Contract;
import io.clouddouble.contract.ContractRegistry;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The suite covers every operation in scope, safely and in full, and its case ids are unique. */
class ContractSuiteCoverageTest {
  private static final ContractRegistry CONTRACTS = ContractRegistry.load(DataRoot.packaged("contracts"));
  private static final List<ContractCase> CASES = ContractSuite.cases();

  @Test
  void everyOperationHasACaseThatChangesNothing() {
    assertEquals(27, CONTRACTS.all().size());
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

  private static Set<String> operations() {
    return CONTRACTS.all().stream().map(Contract::id).collect(Collectors.toCollection(TreeSet::new));
  }

  private static Set<String> covered(List<ContractCase> cases) {
    return cases.stream().flatMap(c -> c.operations().stream()).collect(Collectors.toCollection(TreeSet::new));
  }
}
