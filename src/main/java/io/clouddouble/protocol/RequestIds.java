package io.clouddouble.protocol;

import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/** Request ids in each provider's format; one is minted per request by the gateway. */
public final class RequestIds {
  private RequestIds() {}

  /** Alibaba: an upper-case UUID, e.g. {@code 0ED8D006-F706-4D23-88ED-E11ED28DCAC0}. */
  public static String alibaba() {
    return uuid().toString().toUpperCase(Locale.ROOT);
  }

  /** Huawei: 32 lower-case hex digits, e.g. {@code d59058a3efc5f8ca152d53154f90444b}. */
  public static String huawei() {
    return uuid().toString().replace("-", "");
  }

  /**
   * A random (version 4) UUID from a per-thread generator: request ids need to be unique, not
   * unguessable, and {@link UUID#randomUUID()}'s one shared SecureRandom is a lock every request
   * thread would queue on.
   */
  private static UUID uuid() {
    ThreadLocalRandom random = ThreadLocalRandom.current();
    long high = (random.nextLong() & ~0xF000L) | 0x4000L; // version 4
    long low = (random.nextLong() & ~(0xC000L << 48)) | (0x8000L << 48); // IETF variant
    return new UUID(high, low);
  }

  public static String mint(Cloud cloud) {
    return cloud == Cloud.ALIBABA ? alibaba() : huawei();
  }
}
