package io.clouddouble.state.journal;

import com.github.tomakehurst.wiremock.extension.Parameters;
import com.github.tomakehurst.wiremock.extension.ServeEventListener;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;

/**
 * The one point where a cloud request's changes commit: after its answer is rendered (the effects
 * are applied) and before WireMock sends it, the journal makes them durable.
 */
public final class CommitBeforeAnswer implements ServeEventListener {
  private final Durability durability;

  public CommitBeforeAnswer(Durability durability) {
    this.durability = durability;
  }

  @Override
  public String getName() {
    return "clouddouble-commit";
  }

  @Override
  public void beforeResponseSent(ServeEvent serveEvent, Parameters parameters) {
    durability.beforeAnswer();
  }
}
