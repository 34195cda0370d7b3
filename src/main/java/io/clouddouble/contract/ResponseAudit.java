package io.clouddouble.contract;

import com.github.tomakehurst.wiremock.extension.Parameters;
import com.github.tomakehurst.wiremock.extension.ServeEventListener;
import com.github.tomakehurst.wiremock.http.HttpHeader;
import com.github.tomakehurst.wiremock.http.LoggedResponse;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import io.clouddouble.protocol.GatewayHeaders;
import io.clouddouble.protocol.TaggedAnswers;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Validates every response the fake serves against its operation's contract (enabled by {@code
 * Settings.withResponseAudit(true)}), keeps the violations for tests to assert on, and appends each
 * outcome to {@code exercised.tsv} ({@code operation, status, code|success}) for {@code scripts/coverage}.
 * Not audited: requests the gateway could not route to an operation, and routed requests that no
 * stub answered (WireMock's not-found, a gap in {@code stubs/} rather than an answer).
 */
public final class ResponseAudit implements ServeEventListener {
  /** Where outcomes go by default, relative to the working directory (the project root under Maven). */
  public static final Path EXERCISED = Path.of("target", "clouddouble-coverage", "exercised.tsv");

  private final ContractRegistry contracts;
  private final ResponseValidator validator;
  private final Path exercised;
  private final List<String> violations = new ArrayList<>();

  public ResponseAudit(ContractRegistry contracts, Path exercised) {
    this.contracts = contracts;
    this.validator = new ResponseValidator(contracts);
    this.exercised = exercised;
  }

  @Override
  public String getName() {
    return "clouddouble-response-audit";
  }

  @Override
  public void afterComplete(ServeEvent event, Parameters parameters) {
    String operation = GatewayHeaders.get(TaggedAnswers.request(event), GatewayHeaders.OPERATION);
    if (operation == null || !event.getWasMatched()) {
      return;
    }
    Contract contract = contracts.byId(operation).orElseThrow();
    LoggedResponse response = event.getResponse();
    Map<String, String> headers = new LinkedHashMap<>();
    if (response.getHeaders() != null) {
      for (HttpHeader header : response.getHeaders().all()) {
        headers.put(header.key(), header.firstValue());
      }
    }
    String body = response.getBodyAsString();
    List<String> found = validator.validate(contract, response.getStatus(), headers, body);
    ResponseValidator.Outcome outcome = validator.outcome(contract, response.getStatus(), body);
    record(found, operation + "\t" + outcome.status() + "\t" + outcome.code() + "\n");
  }

  private synchronized void record(List<String> found, String line) {
    violations.addAll(found);
    try {
      Files.createDirectories(exercised.getParent());
      Files.writeString(
          exercised, line, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Every violation seen so far, oldest first. */
  public synchronized List<String> violations() {
    return List.copyOf(violations);
  }
}
