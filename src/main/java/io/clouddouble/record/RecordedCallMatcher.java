package io.clouddouble.record;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.extension.Parameters;
import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.matching.MatchResult;
import com.github.tomakehurst.wiremock.matching.RequestMatcherExtension;
import io.clouddouble.protocol.Cloud;
import io.clouddouble.protocol.CloudError;
import io.clouddouble.protocol.HuaweiCall;
import java.io.IOException;
import java.util.Map;
import java.util.TreeMap;

/**
 * Matches a played-back call to a recorded one: exactly the recorded {@link MatchedParams} (WireMock's
 * own query matching would also accept extra parameters, so a recorded list call without filters
 * would answer a filtered one), and for Huawei the same JSON body.
 *
 * <p>Mapping parameters: {@code params} (name to value) and, for Huawei calls with a body, {@code body}.
 */
public final class RecordedCallMatcher extends RequestMatcherExtension {
  public static final String NAME = "clouddouble-recorded-call";
  private static final ObjectMapper JSON = new ObjectMapper();

  @Override
  public String getName() {
    return NAME;
  }

  @Override
  public MatchResult match(Request request, Parameters parameters) {
    Map<String, String> expected = new TreeMap<>();
    Object recorded = parameters.get("params");
    if (recorded instanceof Map<?, ?> map) {
      map.forEach((k, v) -> expected.put(String.valueOf(k), String.valueOf(v)));
    }
    try {
      if (!MatchedParams.of(request).equals(expected)) {
        return MatchResult.noMatch();
      }
      if (Cloud.of(request) != Cloud.HUAWEI) {
        return MatchResult.exactMatch(); // an Alibaba form body is part of the params
      }
      JsonNode body = HuaweiCall.parse(request).body();
      Object recordedBody = parameters.get("body");
      return MatchResult.of(
          recordedBody == null ? body.isNull() : sameJson(body, JSON.valueToTree(recordedBody)));
    } catch (CloudError unparseable) {
      return MatchResult.noMatch();
    }
  }

  /** Compared as text after one round trip, so 300 read as an int and as a long are equal. */
  private static boolean sameJson(JsonNode actual, JsonNode expected) {
    try {
      return JSON.readTree(JSON.writeValueAsString(actual)).equals(JSON.readTree(JSON.writeValueAsString(expected)));
    } catch (IOException e) {
      return false;
    }
  }
}
