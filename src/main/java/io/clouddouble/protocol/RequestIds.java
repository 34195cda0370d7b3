package io.clouddouble.protocol;

import java.util.Locale;
import java.util.UUID;

/** Request ids in each provider's format; one is minted per request by the gateway. */
public final class RequestIds {
  private RequestIds() {}

  /** Alibaba: an upper-case UUID, e.g. {@code 0ED8D006-F706-4D23-88ED-E11ED28DCAC0}. */
  public static String alibaba() {
    return UUID.randomUUID().toString().toUpperCase(Locale.ROOT);
  }

  /** Huawei: 32 lower-case hex digits, e.g. {@code d59058a3efc5f8ca152d53154f90444b}. */
  public static String huawei() {
    return UUID.randomUUID().toString().replace("-", "");
  }

  public static String mint(Cloud cloud) {
    return cloud == Cloud.ALIBABA ? alibaba() : huawei();
  }
}
