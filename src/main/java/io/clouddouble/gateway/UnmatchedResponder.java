package io.clouddouble.gateway;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.tomakehurst.wiremock.extension.ResponseDefinitionTransformerV2;
import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import com.github.tomakehurst.wiremock.stubbing.StubMapping;
import io.clouddouble.contract.Contract;
import io.clouddouble.contract.ContractRegistry;
import io.clouddouble.protocol.Cloud;
import io.clouddouble.protocol.CloudError;
import io.clouddouble.protocol.Envelopes;
import io.clouddouble.protocol.GatewayHeaders;
import java.util.Locale;
import java.util.Optional;

/**
 * Answers a request that passed the gateway but matched no stub. A routed request names a
 * documented operation (it has a contract and was validated by it) that has no behaviour in
 * {@code stubs/}: the honest answer is the fake's own not-emulated error in the provider's
 * envelope ({@code NotEmulated}, {@code CloudDouble.NotEmulated}; 501), never a claim that the
 * operation does not exist. Anything else is a gap, reported as the provider's internal error.
 *
 * <p>It serves a catch-all mapping at the lowest priority rather than WireMock's not-matched
 * renderer, because WireMock answers an unmatched request with a bare 404 (or a file from
 * {@code __files}) before any renderer runs.
 */
public final class UnmatchedResponder implements ResponseDefinitionTransformerV2 {
  public static final String NAME = "clouddouble-unmatched";
  private final ContractRegistry contracts;

  public UnmatchedResponder(ContractRegistry contracts) {
    this.contracts = contracts;
  }

  /** The catch-all mapping every clouddouble server carries. */
  public static StubMapping catchAll() {
    return any(anyUrl())
        .atPriority(Integer.MAX_VALUE)
        .willReturn(aResponse().withTransformers(NAME))
        .build();
  }

  @Override
  public String getName() {
    return NAME;
  }

  @Override
  public boolean applyGlobally() {
    return false;
  }

  @Override
  public ResponseDefinition transform(ServeEvent event) {
    Request request = event.getRequest();
    String cloudId = GatewayHeaders.get(request, GatewayHeaders.CLOUD);
    Cloud cloud = cloudId != null ? Cloud.valueOf(cloudId.toUpperCase(Locale.ROOT)) : Cloud.of(request);
    CloudError answer =
        Optional.ofNullable(GatewayHeaders.get(request, GatewayHeaders.OPERATION))
            .flatMap(contracts::byId)
            .map(this::notEmulated)
            .orElseGet(() -> gap(cloud, request));
    return Envelopes.error(cloud, answer, request);
  }

  /** The catalogue's NotEmulated entry for the operation's cloud, naming product, operation and version. */
  private CloudError notEmulated(Contract contract) {
    String code = contract.cloud().equals("alibaba") ? "NotEmulated" : "CloudDouble.NotEmulated";
    JsonNode entry =
        contracts
            .errorCatalogue()
            .find(contract, code)
            .orElseThrow(() -> new IllegalStateException(contract.cloud() + "/common-errors.json lacks " + code));
    String message =
        entry.path("message").asText()
            .replace("{Product}", contract.product())
            .replace("{Operation}", contract.operation())
            .replace("{Version}", contract.version());
    return new CloudError(entry.path("status").asInt(), code, message);
  }

  private static CloudError gap(Cloud cloud, Request request) {
    return new CloudError(
        500,
        cloud == Cloud.ALIBABA ? "InternalError" : "DNS.0001",
        "clouddouble has no stub that answers " + request.getMethod() + " " + request.getUrl() + "; see stubs/README.md.");
  }
}
