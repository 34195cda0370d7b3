package io.clouddouble.protocol;

/** The provider a request speaks to; decides the envelope every answer is wrapped in. */
public enum Cloud {
  ALIBABA,
  HUAWEI;

  public String id() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
