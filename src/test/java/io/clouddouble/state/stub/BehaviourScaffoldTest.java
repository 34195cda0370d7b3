package io.clouddouble.state.stub;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.clouddouble.contract.Contract;
import io.clouddouble.contract.ContractRegistry;
import io.clouddouble.contract.CoverageReport;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A scaffolded behaviour file loads, lists every documented error of the operation and the success
 * (with the response schema's fields) as TODO outcomes, and makes its operation EMULATED with no
 * outcome served.
 */
class BehaviourScaffoldTest {
  @Test
  void scaffoldHasEveryDocumentedOutcomeAsTodo(@TempDir Path root) throws Exception {
    ContractRegistry contracts = ContractRegistry.load(Path.of("contracts"));
    Contract contract = contracts.byId("DNS:DisassociateRouter").orElseThrow();
    Set<String> documented = CoverageReport.documented(Path.of("contracts"), contract);
    Path folder = Files.createDirectories(root.resolve("stubs/behaviour/huawei/dns"));
    Files.writeString(folder.resolve(Behaviours.SHARED), "{\"product\": \"DNS\"}");
    Files.writeString(folder.resolve("DisassociateRouter.json"), BehaviourScaffold.scaffold(contract, documented).toPrettyString());

    Behaviour behaviour = Behaviours.load(root.resolve("stubs/behaviour")).find("DNS:DisassociateRouter").orElseThrow();
    List<String> expected = new ArrayList<>(documented);
    expected.remove("success");
    expected.add("success");
    assertEquals(expected, behaviour.outcomes().stream().map(Outcome::name).toList());
    assertTrue(behaviour.outcomes().stream().allMatch(Outcome::todo));
    Outcome success = behaviour.outcomes().get(behaviour.outcomes().size() - 1);
    assertTrue(success.answer().path("body").has("router_id"), success.answer().toString());
    assertEquals(202, success.answer().path("status").asInt());

    CoverageReport report = new CoverageReport(Path.of("contracts"), root.resolve("stubs"), root.resolve("none.tsv"));
    assertTrue(report.emulated("DNS:DisassociateRouter"));
    assertFalse(report.rows().stream().anyMatch(r -> r.operation().equals("DNS:DisassociateRouter") && r.stubbed()));
  }
}
