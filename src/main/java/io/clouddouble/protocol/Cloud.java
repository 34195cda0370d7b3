package io.clouddouble.protocol;

import com.github.tomakehurst.wiremock.http.Request;

/** The provider a request speaks to; decides the envelope every answer is wrapped in. */
public enum Cloud {
  ALIBABA,
  HUAWEI;

  public String id() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }

  /** Which provider's envelope a request gets: Huawei by path or headers, Alibaba otherwise. */
  public static Cloud of(Request request) {
    return HuaweiCall.recognises(request) ? HUAWEI : ALIBABA;
  }
}
