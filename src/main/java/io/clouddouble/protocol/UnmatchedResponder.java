package io.clouddouble.protocol;

import com.github.tomakehurst.wiremock.core.Admin;
import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import com.github.tomakehurst.wiremock.verification.notmatched.NotMatchedRenderer;

/**
 * Answers a request that passed the gateway but matched no stub: the operation is in the contracts
 * yet no mapping in {@code stubs/} covers this case. That is a gap in the fake, reported in the
 * provider's envelope as an internal error naming the operation, never as WireMock's diff page.
 */
public final class UnmatchedResponder extends NotMatchedRenderer {

  @Override
  protected ResponseDefinition render(Admin admin, ServeEvent event) {
    Request request = event.getRequest();
    String cloudId = GatewayHeaders.get(request, GatewayHeaders.CLOUD);
    Cloud cloud = cloudId != null ? Cloud.valueOf(cloudId.toUpperCase(java.util.Locale.ROOT)) : Gateway.classify(request);
    String operation = GatewayHeaders.get(request, GatewayHeaders.OPERATION);
    CloudError error =
        new CloudError(
            500,
            cloud == Cloud.ALIBABA ? "InternalError" : "DNS.0001",
            "clouddouble has no stub that answers "
                + (operation != null ? operation : request.getMethod() + " " + request.getUrl())
                + " in this state; see stubs/README.md.");
    return Envelopes.error(cloud, error, request);
  }
}
