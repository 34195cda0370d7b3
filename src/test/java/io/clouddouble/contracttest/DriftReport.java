package io.clouddouble.contracttest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * What a run found, for people and for CI: {@code drift-report.md} (which operations, fields and
 * error codes differed from the contract, with the request, status and body excerpt as evidence)
 * and {@code TEST-clouddouble-contract-<target>.xml} (JUnit XML, one test case per case).
 */
final class DriftReport {
  static final String MARKDOWN = "drift-report.md";

  private final TargetConfig config;
  private final List<CaseResult> results;

  DriftReport(TargetConfig config, List<CaseResult> results) {
    this.config = config;
    this.results = results;
  }

  Path write(Path directory) {
    try {
      Files.createDirectories(directory);
      Path markdown = directory.resolve(MARKDOWN);
      Files.writeString(markdown, markdown());
      Files.writeString(directory.resolve("TEST-clouddouble-contract-" + config.name() + ".xml"), junitXml());
      return markdown;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  String markdown() {
    StringBuilder md = new StringBuilder();
    md.append("# Contract drift report: ").append(config.name()).append("\n\n");
    md.append("Run at ").append(Instant.now()).append(". Mutation: ")
        .append(config.mutate() ? "on (CLOUDDOUBLE_REAL_MUTATE=1)" : "off (read, dry-run, not-found and validation probes only)")
        .append(".\n\nEndpoints: ")
        .append(config.endpoints().entrySet().stream()
            .map(e -> e.getKey().contractName() + " " + e.getValue().baseUrl()).collect(Collectors.joining(", ")))
        .append("\n\n");
    md.append("Cases: ").append(results.size()).append(" — ")
        .append(count(CaseResult.Status.PASSED)).append(" passed, ")
        .append(count(CaseResult.Status.DRIFTED)).append(" drifted, ")
        .append(count(CaseResult.Status.ERROR)).append(" could not finish, ")
        .append(count(CaseResult.Status.SKIPPED)).append(" skipped.\n\n");

    List<Drift> drifts = results.stream().flatMap(r -> r.drifts().stream()).toList();
    md.append("## Drift from the contracts\n\n");
    if (drifts.isEmpty()) {
      md.append("None: every answer matched its operation's contract.\n\n");
    } else {
      md.append("| Operation | Case | Status | What differed |\n|---|---|---|---|\n");
      for (Drift d : drifts) {
        md.append("| ").append(d.operation()).append(" | ").append(d.caseId()).append(" | ")
            .append(d.exchange().status()).append(" | ").append(cell(String.join("; ", d.problems()))).append(" |\n");
      }
      md.append("\n");
      for (Drift d : drifts) {
        md.append("### ").append(d.operation()).append(" (").append(d.caseId()).append(")\n\n");
        d.problems().forEach(p -> md.append("- ").append(p).append("\n"));
        md.append("\nRequest: `").append(d.exchange().request()).append("`\n\n");
        md.append("Status: ").append(d.exchange().status()).append(", Content-Type: ")
            .append(d.exchange().responseHeaders().getOrDefault("Content-Type", "(none)")).append("\n\n");
        md.append("Body excerpt:\n\n```json\n").append(d.exchange().bodyExcerpt()).append("\n```\n\n");
      }
    }
    section(md, "Cases that could not finish", CaseResult.Status.ERROR);
    List<String> leftovers = results.stream().flatMap(r -> r.leftovers().stream()).toList();
    if (!leftovers.isEmpty()) {
      md.append("## Cleanup could not delete\n\nDelete these by hand:\n\n");
      leftovers.forEach(l -> md.append("- ").append(l).append("\n"));
      md.append("\n");
    }
    md.append("## Coverage by operation\n\n| Operation | Cases (result) |\n|---|---|\n");
    Map<String, TreeSet<String>> byOperation = new TreeMap<>();
    for (CaseResult r : results) {
      for (String operation : r.contractCase().operations()) {
        byOperation.computeIfAbsent(operation, k -> new TreeSet<>())
            .add(r.contractCase().id() + " (" + r.status().name().toLowerCase() + ")");
      }
    }
    byOperation.forEach((op, cases) -> md.append("| ").append(op).append(" | ").append(String.join(", ", cases)).append(" |\n"));
    md.append("\n");
    section(md, "Skipped", CaseResult.Status.SKIPPED);
    return md.toString();
  }

  String junitXml() {
    StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    xml.append("<testsuite name=\"clouddouble.contract.").append(config.name()).append("\" tests=\"").append(results.size())
        .append("\" failures=\"").append(count(CaseResult.Status.DRIFTED))
        .append("\" errors=\"").append(count(CaseResult.Status.ERROR))
        .append("\" skipped=\"").append(count(CaseResult.Status.SKIPPED)).append("\">\n");
    for (CaseResult r : results) {
      xml.append("  <testcase classname=\"clouddouble.contract.").append(r.contractCase().product().name().toLowerCase())
          .append("\" name=\"").append(escape(r.contractCase().id())).append("\"");
      String leftovers = r.leftovers().isEmpty() ? "" : "cleanup could not delete: " + String.join(", ", r.leftovers());
      switch (r.status()) {
        case PASSED -> xml.append(leftovers.isEmpty() ? "/>\n"
            : ">\n    <failure message=\"" + escape(leftovers) + "\"/>\n  </testcase>\n");
        case SKIPPED -> xml.append(">\n    <skipped message=\"").append(escape(r.reason())).append("\"/>\n  </testcase>\n");
        case DRIFTED -> xml.append(">\n    <failure message=\"").append(escape(r.reason())).append("\">")
            .append(escape(evidence(r) + leftovers)).append("</failure>\n  </testcase>\n");
        case ERROR -> xml.append(">\n    <error message=\"").append(escape(r.reason())).append("\">")
            .append(escape(leftovers)).append("</error>\n  </testcase>\n");
      }
    }
    return xml.append("</testsuite>\n").toString();
  }

  private static String evidence(CaseResult r) {
    return r.drifts().stream()
        .map(d -> d.operation() + "\n  " + String.join("\n  ", d.problems()) + "\nRequest: " + d.exchange().request()
            + "\nStatus: " + d.exchange().status() + "\nBody: " + d.exchange().bodyExcerpt() + "\n")
        .collect(Collectors.joining("\n"));
  }

  private void section(StringBuilder md, String title, CaseResult.Status status) {
    List<CaseResult> matching = results.stream().filter(r -> r.status() == status).toList();
    if (matching.isEmpty()) {
      return;
    }
    md.append("## ").append(title).append("\n\n");
    matching.forEach(r -> md.append("- `").append(r.contractCase().id()).append("`: ").append(r.reason()).append("\n"));
    md.append("\n");
  }

  private long count(CaseResult.Status status) {
    return results.stream().filter(r -> r.status() == status).count();
  }

  private static String cell(String text) {
    return text.replace("|", "\\|").replace("\n", " ");
  }

  private static String escape(String text) {
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
  }
}
