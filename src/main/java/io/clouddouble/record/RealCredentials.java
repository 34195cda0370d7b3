package io.clouddouble.record;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The credentials the recorder signs forwarded requests with: the team's own, read from the
 * environment variables the official SDKs read. The client's credentials are never forwarded.
 *
 * @param huaweiProjectId sent as {@code X-Project-Id}; null keeps the client's header, if any
 */
public record RealCredentials(
    String alibabaAccessKeyId,
    String alibabaSecret,
    String huaweiAk,
    String huaweiSk,
    String huaweiProjectId) {

  public static final String ALIBABA_AK = "ALIBABA_CLOUD_ACCESS_KEY_ID";
  public static final String ALIBABA_SECRET = "ALIBABA_CLOUD_ACCESS_KEY_SECRET";
  public static final String HUAWEI_AK = "HUAWEICLOUD_SDK_AK";
  public static final String HUAWEI_SK = "HUAWEICLOUD_SDK_SK";
  public static final String HUAWEI_PROJECT_ID = "HUAWEICLOUD_SDK_PROJECT_ID";

  /** Reads the five variables from an environment map; absent or blank ones are null. */
  public static RealCredentials from(Map<String, String> environment) {
    return new RealCredentials(
        value(environment, ALIBABA_AK),
        value(environment, ALIBABA_SECRET),
        value(environment, HUAWEI_AK),
        value(environment, HUAWEI_SK),
        value(environment, HUAWEI_PROJECT_ID));
  }

  public boolean hasAlibaba() {
    return alibabaAccessKeyId != null && alibabaSecret != null;
  }

  public boolean hasHuawei() {
    return huaweiAk != null && huaweiSk != null;
  }

  /** Every key and secret, for the sanitiser to redact wherever they appear. */
  public List<String> secrets() {
    List<String> values = new ArrayList<>();
    Stream.of(alibabaAccessKeyId, alibabaSecret, huaweiAk, huaweiSk).filter(v -> v != null).forEach(values::add);
    return values;
  }

  private static String value(Map<String, String> environment, String name) {
    String value = environment.get(name);
    return value == null || value.isBlank() ? null : value.strip();
  }

  @Override
  public String toString() {
    return "RealCredentials[alibaba=" + hasAlibaba() + ", huawei=" + hasHuawei() + "]";
  }
}
