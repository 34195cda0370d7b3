package io.clouddouble.state.stub;

import com.github.tomakehurst.wiremock.extension.Parameters;
import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.matching.MatchResult;
import com.github.tomakehurst.wiremock.matching.RequestMatcherExtension;
import io.clouddouble.protocol.GatewayHeaders;

/**
 * The {@code clouddouble-has-behaviour} request matcher: a routed request whose operation has a
 * behaviour file. One lookup in the index by the operation header, so WireMock never tries the
 * operations one by one; which outcome applies is the responder's business.
 */
public final class BehaviourMatcher extends RequestMatcherExtension {
  public static final String NAME = "clouddouble-has-behaviour";
  private final Behaviours behaviours;

  public BehaviourMatcher(Behaviours behaviours) {
    this.behaviours = behaviours;
  }

  @Override
  public String getName() {
    return NAME;
  }

  @Override
  public MatchResult match(Request request, Parameters parameters) {
    return MatchResult.of(
        CallView.routed(request)
            && behaviours.find(GatewayHeaders.get(request, GatewayHeaders.OPERATION)).isPresent());
  }
}
