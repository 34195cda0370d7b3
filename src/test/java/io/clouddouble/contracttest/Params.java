package io.clouddouble.contracttest;

import java.util.LinkedHashMap;
import java.util.Map;

/** Request parameters in the order given: {@code Params.of("RegionId", r, "EndpointId", id)}. */
final class Params {
  private Params() {}

  static Map<String, String> of(String... namesAndValues) {
    if (namesAndValues.length % 2 != 0) {
      throw new IllegalArgumentException("names and values come in pairs");
    }
    Map<String, String> params = new LinkedHashMap<>();
    for (int i = 0; i < namesAndValues.length; i += 2) {
      params.put(namesAndValues[i], namesAndValues[i + 1]);
    }
    return params;
  }

  static Map<String, String> with(Map<String, String> params, String name, String value) {
    Map<String, String> copy = new LinkedHashMap<>(params);
    copy.put(name, value);
    return copy;
  }
}
