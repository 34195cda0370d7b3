package io.clouddouble.contracttest;

import io.clouddouble.contract.ContractRegistry;
import io.clouddouble.contract.ResponseValidator;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;

/**
 * Runs the suite's cases against one target and keeps every result for the drift report. The same
 * run serves JUnit (one dynamic test per case) and tests that drive it directly.
 */
final class SuiteRun {
  private final TargetConfig config;
  private final ContractRegistry contracts;
  private final ResponseValidator validator;
  private final SignedClient client;
  private final Waiter waiter;
  private final Map<String, String> skipped;
  private final List<CaseResult> results = Collections.synchronizedList(new ArrayList<>());

  /**
   * @param skipped case ids not to run on this target, each with the reason the report gives (the
   *     fake's known gaps); empty for a real target
   */
  SuiteRun(TargetConfig config, ContractRegistry contracts, Waiter waiter, Map<String, String> skipped) {
    this.config = config;
    this.contracts = contracts;
    this.validator = new ResponseValidator(contracts);
    this.client = new SignedClient(config, Clock.systemUTC());
    this.waiter = waiter;
    this.skipped = skipped;
  }

  /** A real target configured from environment-style variables, waiting in real time. */
  static SuiteRun real(Map<String, String> variables, ContractRegistry contracts, Path reportDirectory) {
    TargetConfig.Variables v = new TargetConfig.Variables(variables);
    Waiter waiter =
        Waiter.pausing(
            Duration.ofSeconds(Long.parseLong(v.get("CLOUDDOUBLE_POLL_SECONDS").orElse("5"))),
            Duration.ofSeconds(Long.parseLong(v.get("CLOUDDOUBLE_WAIT_SECONDS").orElse("900"))));
    return new SuiteRun(TargetConfig.real(variables, reportDirectory), contracts, waiter, Map.of());
  }

  TargetConfig config() {
    return config;
  }

  Stream<DynamicTest> dynamicTests(List<ContractCase> cases) {
    return cases.stream().map(c -> DynamicTest.dynamicTest(c.id(), () -> {
      CaseResult result = execute(c);
      switch (result.status()) {
        case SKIPPED -> Assumptions.abort(result.reason());
        case PASSED -> {}
        default -> Assertions.fail(result.reason());
      }
      if (!result.leftovers().isEmpty()) {
        Assertions.fail("cleanup could not delete: " + String.join(", ", result.leftovers()));
      }
    }));
  }

  List<CaseResult> runAll(List<ContractCase> cases) {
    cases.forEach(this::execute);
    return results();
  }

  List<CaseResult> results() {
    synchronized (results) {
      return List.copyOf(results);
    }
  }

  /** Writes the drift report for everything run so far; returns the Markdown file. */
  Path writeReport() {
    return new DriftReport(config, results()).write(config.reportDirectory());
  }

  CaseResult execute(ContractCase c) {
    Optional<String> skip = skipReason(c);
    if (skip.isPresent()) {
      return record(new CaseResult(c, CaseResult.Status.SKIPPED, skip.get(), List.of(), List.of()));
    }
    Session session = new Session(c, config, contracts, validator, client, waiter);
    CaseResult.Status status = CaseResult.Status.PASSED;
    String reason = "";
    List<String> leftovers = List.of();
    try {
      c.body().run(session);
    } catch (DriftFound drift) {
      status = CaseResult.Status.DRIFTED;
      reason = drift.getMessage();
    } catch (RuntimeException | AssertionError e) {
      status = CaseResult.Status.ERROR;
      reason = e instanceof AssertionError ? e.getMessage() : e.toString();
    } finally {
      leftovers = session.cleanup().run();
    }
    return record(new CaseResult(c, status, reason, List.copyOf(session.drifts()), leftovers));
  }

  private Optional<String> skipReason(ContractCase c) {
    if (!config.hasAccountFor(c.product())) {
      return Optional.of("no " + c.product().cloud() + " credentials; " + TargetConfig.HOW_TO_ENABLE);
    }
    if (skipped.containsKey(c.id())) {
      return Optional.of(skipped.get(c.id()));
    }
    if (c.kind().mutates() && !config.mutate()) {
      return Optional.of("changes the account: runs only with CLOUDDOUBLE_REAL_MUTATE=1");
    }
    List<String> missing = c.kind().mutates() ? config.fixtures().missingFor(c.product()) : List.of();
    if (!missing.isEmpty()) {
      return Optional.of("needs existing resources to build on: set " + String.join(", ", missing));
    }
    return Optional.empty();
  }

  private CaseResult record(CaseResult result) {
    results.add(result);
    return result;
  }
}
