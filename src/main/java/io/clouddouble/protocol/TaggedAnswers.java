package io.clouddouble.protocol;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.extension.Parameters;
import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import java.util.Map;

/**
 * Answers given before WireMock's stubs (a request filter's stop) keep the gateway's tags of their
 * request: WireMock records such an answer against the request as it arrived, without the tags,
 * and the request log, the console and the response audit need to know what the gateway made of
 * it. Answers from the stubs need nothing: their serve event holds the tagged request itself.
 */
public final class TaggedAnswers {
  /** Transformer parameter holding the tags; never sent to the client. */
  private static final String TAGS = "clouddouble.tags";

  private TaggedAnswers() {}

  /** {@code answer}, keeping the tags of {@code tagged} (a {@link TaggedRequest}). */
  public static ResponseDefinition of(ResponseDefinition answer, Request tagged) {
    Map<String, String> tags = tagged instanceof TaggedRequest request ? request.tags() : Map.of();
    return tags.isEmpty() ? answer : ResponseDefinitionBuilder.like(answer).withTransformerParameter(TAGS, tags).build();
  }

  /** The request of {@code event} as the gateway tagged it (the request as it arrived when it was never tagged). */
  @SuppressWarnings("unchecked")
  public static Request request(ServeEvent event) {
    ResponseDefinition answer = event.getResponseDefinition();
    Parameters parameters = answer == null ? null : answer.getTransformerParameters();
    Object tags = parameters == null ? null : parameters.get(TAGS);
    return tags instanceof Map<?, ?> map
        ? TaggedRequest.of(event.getRequest(), (Map<String, String>) map)
        : event.getRequest();
  }
}
