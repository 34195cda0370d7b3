package io.clouddouble.protocol;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;

import com.github.tomakehurst.wiremock.extension.ResponseDefinitionTransformerV2;
import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import com.github.tomakehurst.wiremock.stubbing.StubMapping;
import java.util.Locale;

/**
 * Answers a request that passed the gateway but matched no stub: the operation is in the contracts
 * yet no mapping in {@code stubs/} covers this case. That is a gap in the fake, reported in the
 * provider's envelope as an internal error naming the operation.
 *
 * <p>It serves a catch-all mapping at the lowest priority rather than WireMock's not-matched
 * renderer, because WireMock answers an unmatched request with a bare 404 (or a file from
 * {@code __files}) before any renderer runs.
 */
public final class UnmatchedResponder implements ResponseDefinitionTransformerV2 {
  public static final String NAME = "clouddouble-unmatched";

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
    Cloud cloud = cloudId != null ? Cloud.valueOf(cloudId.toUpperCase(Locale.ROOT)) : Gateway.classify(request);
    String operation = GatewayHeaders.get(request, GatewayHeaders.OPERATION);
    CloudError gap =
        new CloudError(
            500,
            cloud == Cloud.ALIBABA ? "InternalError" : "DNS.0001",
            "clouddouble has no stub that answers "
                + (operation != null ? operation : request.getMethod() + " " + request.getUrl())
                + " in this state; see stubs/README.md.");
    return Envelopes.error(cloud, gap, request);
  }
}
