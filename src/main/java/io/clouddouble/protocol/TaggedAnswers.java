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

  /** {@code answer}, keeping the tags of {@code tagged} (a {@link TaggedRequest}) unless it already does. */
  public static ResponseDefinition of(ResponseDefinition answer, Request tagged) {
    Parameters kept = answer.getTransformerParameters();
    return kept != null && kept.containsKey(TAGS) ? answer : with(answer, tagged, Map.of());
  }

  /**
   * {@code answer} with more transformer {@code parameters} (null values allowed) and the tags of
   * {@code tagged}, in one copy: each copy of an answer copies its headers and body again.
   */
  public static ResponseDefinition with(ResponseDefinition answer, Request tagged, Map<String, ?> parameters) {
    Map<String, String> tags = tagged instanceof TaggedRequest request ? request.tags() : Map.of();
    if (tags.isEmpty() && parameters.isEmpty()) {
      return answer;
    }
    ResponseDefinitionBuilder copy = ResponseDefinitionBuilder.like(answer);
    parameters.forEach(copy::withTransformerParameter);
    if (!tags.isEmpty()) {
      copy.withTransformerParameter(TAGS, tags);
    }
    return copy.build();
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
