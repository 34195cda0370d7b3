package io.clouddouble.contract;

import com.fasterxml.jackson.databind.JsonNode;
import io.clouddouble.state.stub.Behaviour;
import io.clouddouble.state.stub.Behaviours;
import io.clouddouble.state.stub.Outcome;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * For every operation, whether it is emulated (has a behaviour file), its documented outcomes
 * (success and each error code the documentation names) and for each whether the contract has it,
 * the behaviour serves it (an outcome whose condition is still {@code TODO} does not) and a test
 * exercised it. Run by {@code scripts/coverage}; exits 1 when a documented outcome is missing from a
 * contract.
 *
 * <p>Documented outcomes: Alibaba, the stored official metadata's {@code errorCodes} plus what the
 * seed pages name ({@code seed-errors.json}); Huawei, {@code huawei/documented-outcomes.json}.
 */
public final class CoverageReport {
  private final ContractRegistry contracts;
  private final Path contractsRoot;
  private final Set<String> stubbedOutcomes;
  private final Set<String> emulated = new HashSet<>();
  private final Set<String> exercised;
  /** Official metadata files by path: each is megabytes, read once, not once per operation. */
  private static final Map<Path, JsonNode> METADATA = new java.util.concurrent.ConcurrentHashMap<>();

  /** One documented outcome of one operation. */
  public record Row(String operation, String outcome, boolean inContract, boolean stubbed, boolean tested) {}

  public CoverageReport(Path contractsRoot, Path stubsRoot, Path exercisedFile) {
    this.contractsRoot = contractsRoot;
    this.contracts = ContractRegistry.load(contractsRoot);
    this.stubbedOutcomes = new HashSet<>();
    for (Behaviour behaviour : Behaviours.load(stubsRoot.resolve("behaviour")).all()) {
      emulated.add(behaviour.operation());
      for (Outcome outcome : behaviour.outcomes()) {
        if (!outcome.todo()) {
          stubbedOutcomes.add(behaviour.operation() + " " + outcome.name());
        }
      }
    }
    sameApis();
    this.exercised = new HashSet<>();
    if (Files.exists(exercisedFile)) {
      for (String line : lines(exercisedFile)) {
        String[] f = line.split("\t");
        if (f.length == 3) {
          exercised.add(f[0] + " " + f[2]);
        }
      }
    }
  }

  /**
   * An SDK operation that is another's API on the wire ({@code binding.sameApiAs}: ShowPublicZone is
   * GET /v2/zones/{zone_id}, ShowPrivateZone's route) is answered by that operation's behaviour, so
   * it is emulated, and serves an outcome, when that one does.
   */
  private void sameApis() {
    for (Contract contract : contracts.all()) {
      String same = contract.binding().path("sameApiAs").asText("");
      if (!same.isEmpty() && emulated.contains(same)) {
        emulated.add(contract.id());
        for (String outcome : List.copyOf(stubbedOutcomes)) {
          if (outcome.startsWith(same + " ")) {
            stubbedOutcomes.add(contract.id() + outcome.substring(same.length()));
          }
        }
      }
    }
  }

  public static void main(String[] args) {
    Path root = Path.of(args.length > 0 ? args[0] : ".");
    CoverageReport report =
        new CoverageReport(root.resolve("contracts"), root.resolve("stubs"), root.resolve(ResponseAudit.EXERCISED));
    List<Row> rows = report.rows();
    System.exit(report.print(rows) ? 0 : 1);
  }

  public List<Row> rows() {
    List<Row> rows = new ArrayList<>();
    for (Contract contract : contracts.all()) {
      for (String outcome : documented(contractsRoot, contract)) {
        boolean inContract =
            outcome.equals("success")
                ? contract.response().has("schema")
                : contracts.errorCatalogue().find(contract, outcome).isPresent();
        rows.add(new Row(contract.id(), outcome, inContract, stubbed(contract, outcome), exercised.contains(contract.id() + " " + outcome)));
      }
    }
    return rows;
  }

  /** Prints the table and totals; true when every documented outcome is in its contract. */
  public boolean print(List<Row> rows) {
    System.out.printf("%-58s %-44s %-8s %-5s %-6s%n", "operation", "documented outcome", "contract", "stub", "tested");
    String current = null;
    int[] total = new int[4];
    int[] op = new int[4];
    for (Row row : rows) {
      if (!row.operation().equals(current)) {
        if (current != null) {
          printTotal(current, op);
        }
        current = row.operation();
        System.out.printf("%-58s %s%n", current, emulated(current) ? "EMULATED" : "NOT EMULATED");
        op = new int[4];
      }
      System.out.printf("%-58s %-44s %-8s %-5s %-6s%n", row.operation(), row.outcome(), mark(row.inContract()), mark(row.stubbed()), mark(row.tested()));
      count(op, row);
      count(total, row);
    }
    if (current != null) {
      printTotal(current, op);
    }
    printTotal("ALL OPERATIONS", total);
    long operations = rows.stream().map(Row::operation).distinct().count();
    long emulatedOperations = rows.stream().map(Row::operation).distinct().filter(this::emulated).count();
    System.out.printf("%-58s %d/%d operations%n", "= EMULATED", emulatedOperations, operations);
    return total[1] == total[0];
  }

  /**
   * The documented outcomes of an operation: {@code success} first, then every error code its
   * documentation names.
   */
  public static Set<String> documented(Path contractsRoot, Contract contract) {
    Set<String> outcomes = new LinkedHashSet<>();
    outcomes.add("success");
    if (contract.cloud().equals("huawei")) {
      CanonicalJson.read(contractsRoot.resolve("huawei/documented-outcomes.json"))
          .path("operations").path(contract.id()).forEach(o -> outcomes.add(o.asText()));
      return outcomes;
    }
    String source = contract.document().path("generatedFrom").asText();
    String metadataFile = source.substring(0, source.indexOf(".json") + 5);
    METADATA.computeIfAbsent(contractsRoot.resolve("alibaba").resolve(metadataFile).toAbsolutePath(), CanonicalJson::read)
        .path("apis").path(contract.operation()).path("errorCodes")
        .forEach(byStatus -> byStatus.forEach(e -> outcomes.add(e.path("errorCode").asText())));
    for (JsonNode page : CanonicalJson.read(contractsRoot.resolve("alibaba/seed-errors.json")).path("pages")) {
      if (page.path("operation").asText().equals(contract.id())) {
        page.path("errors").forEach(e -> outcomes.add(e.path("code").asText()));
        page.path("mentions").forEach(code -> outcomes.add(code.asText()));
      }
    }
    return outcomes;
  }

  /** An outcome of the operation's behaviour that answers this error code, or (without an error) succeeds. */
  private boolean stubbed(Contract contract, String outcome) {
    if (stubbedOutcomes.contains(contract.id() + " " + outcome)) {
      return true;
    }
    // The state engine answers these for every write that has a success mapping (stubs/README.md).
    String parameter =
        switch (outcome) {
          case "DryRunOperation" -> "DryRun";
          case "IdempotentParameterMismatch" -> "ClientToken";
          default -> null;
        };
    return parameter != null
        && contract.requestSchema().path("properties").has(parameter)
        && stubbedOutcomes.contains(contract.id() + " success");
  }

  /** True when the operation has a behaviour file; without one it answers a not-emulated error. */
  public boolean emulated(String operation) {
    return emulated.contains(operation);
  }

  private static void count(int[] counts, Row row) {
    counts[0]++;
    counts[1] += row.inContract() ? 1 : 0;
    counts[2] += row.stubbed() ? 1 : 0;
    counts[3] += row.tested() ? 1 : 0;
  }

  private static void printTotal(String name, int[] c) {
    System.out.printf(
        "%-58s contract %d/%d (%d%%), stub %d/%d, tested %d/%d%n%n", "= " + name, c[1], c[0], c[0] == 0 ? 100 : 100 * c[1] / c[0], c[2], c[0], c[3], c[0]);
  }

  private static String mark(boolean yes) {
    return yes ? "yes" : "-";
  }

  private static List<String> lines(Path file) {
    try {
      return Files.readAllLines(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
