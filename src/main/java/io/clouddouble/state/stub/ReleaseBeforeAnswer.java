package io.clouddouble.state.stub;

import com.github.tomakehurst.wiremock.extension.Parameters;
import com.github.tomakehurst.wiremock.extension.ServeEventListener;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import io.clouddouble.state.StateLock;

/**
 * Lets go of the state lock once a request's answer is rendered, before WireMock writes it to the
 * client: sending the bytes needs no state, so a write does not keep others waiting while its
 * answer travels. (With a state file, the journal's commit does the same once the changes are
 * durable; this is for the fake without one.) The {@link RequestEndFilter} still releases it when
 * a request ends any other way.
 */
public final class ReleaseBeforeAnswer implements ServeEventListener {
  @Override
  public String getName() {
    return "clouddouble-release-before-answer";
  }

  @Override
  public void beforeResponseSent(ServeEvent serveEvent, Parameters parameters) {
    StateLock.releaseHeldByThisThread();
  }
}
