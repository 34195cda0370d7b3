package io.clouddouble.contracttest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.clouddouble.DataRoot;
import io.clouddouble.contract.Contract;
import io.clouddouble.contract.ContractRegistry;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The suite covers every emulated operation, safely and in full, and its case ids are unique. */
class ContractSuiteCoverageTest {
  private static final ContractRegistry CONTRACTS = ContractRegistry.load(DataRoot.packaged("contracts"));
  private static final List<ContractCase> CASES = ContractSuite.cases();

  @Test
  void everyOperationHasACaseThatChangesNothing() {
    assertEquals(27, operations().size());
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
   * The emulated operations: those a mapping under stubs/mappings names. A documented operation
   * without behaviour is routed and validated but answered as not emulated, so the suite has
   * nothing to compare for it yet.
   */
  private static Set<String> operations() {
    String mappings = DataRoot.jsonFiles(DataRoot.packaged("stubs").resolve("mappings")).stream()
        .map(ContractSuiteCoverageTest::read)
        .collect(Collectors.joining("\n"));
    return CONTRACTS.all().stream()
        .map(Contract::id)
        .filter(id -> mappings.contains("\"" + id + "\""))
        .collect(Collectors.toCollection(TreeSet::new));
  }

  private static String read(Path file) {
    try {
      return Files.readString(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Set<String> covered(List<ContractCase> cases) {
    return cases.stream().flatMap(c -> c.operations().stream()).collect(Collectors.toCollection(TreeSet::new));
  }
}
