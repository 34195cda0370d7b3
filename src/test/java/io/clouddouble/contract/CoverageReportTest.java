package io.clouddouble.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The coverage report: every documented outcome is in a contract; served outcomes, emulated operations and exercised outcomes are found. */
class CoverageReportTest {
  private static final List<String> SEEDS =
      List.of(
          "Privatelink:DisableVpcEndpointZoneConnection",
          "Privatelink:DetachSecurityGroupFromVpcEndpoint",
          "VpcPeer:RejectVpcPeerConnection",
          "CloudAPI:RemoveVpcAccess",
          "DNS:DisassociateRouter");

  @Test
  void everyDocumentedOutcomeIsInAContract(@TempDir Path empty) {
    List<CoverageReport.Row> rows = new CoverageReport(Path.of("contracts"), empty, empty.resolve("none.tsv")).rows();
    assertEquals(List.of(), rows.stream().filter(r -> !r.inContract()).toList());
    for (String seed : SEEDS) {
      assertTrue(rows.stream().anyMatch(r -> r.operation().equals(seed) && r.outcome().equals("success")), seed);
    }
    assertTrue(rows.stream().anyMatch(r -> r.operation().equals("Privatelink:DetachSecurityGroupFromVpcEndpoint")
        && r.outcome().equals("GatewayLoadBalancerNotSupportSecurityGroup")), "the seed page's extra error");
  }

  @Test
  void servedOutcomesEmulatedOperationsAndExercisedOutcomesAreFound(@TempDir Path dir) throws IOException {
    Path product = Files.createDirectories(dir.resolve("stubs/behaviour/huawei/dns"));
    Files.writeString(product.resolve("_shared.json"), "{\"product\": \"DNS\"}");
    Files.writeString(product.resolve("DisassociateRouter.json"), """
        {"outcomes": [
          {"when": [{"absent": "others"}], "error": {"code": "DNS.0706"}},
          {"when": "TODO", "error": {"code": "DNS.0707"}},
          {"when": "TODO", "effects": [], "body": {}}
        ]}""");
    Path exercised = dir.resolve("exercised.tsv");
    Files.writeString(exercised, "DNS:DisassociateRouter\t202\tsuccess\n");
    CoverageReport report = new CoverageReport(Path.of("contracts"), dir.resolve("stubs"), exercised);
    List<CoverageReport.Row> rows = report.rows();
    assertTrue(row(rows, "DNS.0706").stubbed());
    assertTrue(row(rows, "success").tested());
    assertEquals(false, row(rows, "DNS.0707").stubbed(), "an outcome whose condition is TODO is not served");
    assertEquals(false, row(rows, "success").stubbed(), "a TODO success is not served");
    assertEquals(false, row(rows, "DNS.0709").stubbed());
    assertTrue(report.emulated("DNS:DisassociateRouter"));
    assertEquals(false, report.emulated("DNS:AssociateRouter"));
  }

  @Test
  void anOperationSharingAnotherOnesApiIsServedByItsBehaviour(@TempDir Path dir) throws IOException {
    Path product = Files.createDirectories(dir.resolve("stubs/behaviour/huawei/dns"));
    Files.writeString(product.resolve("_shared.json"), "{\"product\": \"DNS\"}");
    Files.writeString(product.resolve("ShowPrivateZone.json"), "{\"outcomes\": [{\"when\": [{\"absent\": \"zone\"}], "
        + "\"error\": {\"code\": \"DNS.0302\"}}, {\"body\": {}}]}");
    CoverageReport report = new CoverageReport(Path.of("contracts"), dir.resolve("stubs"), dir.resolve("none.tsv"));
    assertTrue(report.emulated("DNS:ShowPublicZone"), "ShowPublicZone is ShowPrivateZone's API (binding.sameApiAs)");
    assertEquals(false, report.emulated("DNS:UpdatePublicZone"));
    List<CoverageReport.Row> rows = report.rows();
    assertTrue(rows.stream().anyMatch(r -> r.operation().equals("DNS:ShowPublicZone") && r.outcome().equals("DNS.0302") && r.stubbed()));
    assertTrue(rows.stream().anyMatch(r -> r.operation().equals("DNS:ShowPublicZone") && r.outcome().equals("success") && r.stubbed()));
  }

  private static CoverageReport.Row row(List<CoverageReport.Row> rows, String outcome) {
    return rows.stream().filter(r -> r.operation().equals("DNS:DisassociateRouter") && r.outcome().equals(outcome)).findFirst().orElseThrow();
  }
}
