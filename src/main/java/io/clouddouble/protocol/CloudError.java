package io.clouddouble.protocol;

/**
 * A documented provider error: thrown anywhere in the request pipeline and rendered in the
 * provider's envelope by {@link Envelopes}. Never carries a stack trace to the client.
 */
public class CloudError extends RuntimeException {
  private final int status;
  private final String code;

  public CloudError(int status, String code, String message) {
    super(message, null, false, false);
    this.status = status;
    this.code = code;
  }

  public int status() {
    return status;
  }

  public String code() {
    return code;
  }
}
