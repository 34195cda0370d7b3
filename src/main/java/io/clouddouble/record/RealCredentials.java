package io.clouddouble.record;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The credentials the recorder signs forwarded requests with: the team's own, read from the
 * environment variables the official SDKs read. The client's credentials are never forwarded.
 *
 * <p>A flow that spans two Alibaba accounts (a VPC peering connection is rejected by the accepter)
 * names the second account's client by its AccessKeyId: calls from that client are signed with
 * that account's key ({@link #withAlibabaAccount}); every other client gets the default key.
 *
 * @param alibaba the default Alibaba key, or null
 * @param alibabaAccounts further Alibaba keys by the AccessKeyId their client sends
 * @param huaweiProjectId sent as {@code X-Project-Id}; null keeps the client's header, if any
 */
public record RealCredentials(
    AccessKey alibaba,
    Map<String, AccessKey> alibabaAccounts,
    String huaweiAk,
    String huaweiSk,
    String huaweiProjectId) {

  public static final String ALIBABA_AK = "ALIBABA_CLOUD_ACCESS_KEY_ID";
  public static final String ALIBABA_SECRET = "ALIBABA_CLOUD_ACCESS_KEY_SECRET";
  public static final String HUAWEI_AK = "HUAWEICLOUD_SDK_AK";
  public static final String HUAWEI_SK = "HUAWEICLOUD_SDK_SK";
  public static final String HUAWEI_PROJECT_ID = "HUAWEICLOUD_SDK_PROJECT_ID";

  /** An Alibaba AccessKey pair. */
  public record AccessKey(String id, String secret) {
    @Override
    public String toString() {
      return "AccessKey[" + id + "]";
    }
  }

  /** Reads the five variables from an environment map; absent or blank ones are null. */
  public static RealCredentials from(Map<String, String> environment) {
    String id = value(environment, ALIBABA_AK);
    String secret = value(environment, ALIBABA_SECRET);
    return new RealCredentials(
        id != null && secret != null ? new AccessKey(id, secret) : null,
        Map.of(),
        value(environment, HUAWEI_AK),
        value(environment, HUAWEI_SK),
        value(environment, HUAWEI_PROJECT_ID));
  }

  /**
   * Adds an Alibaba account for the client that sends {@code clientKeyId}, its key read from
   * {@code <prefix>_ACCESS_KEY_ID} and {@code <prefix>_ACCESS_KEY_SECRET}.
   */
  public RealCredentials withAlibabaAccount(String clientKeyId, Map<String, String> environment, String prefix) {
    String id = value(environment, prefix + "_ACCESS_KEY_ID");
    String secret = value(environment, prefix + "_ACCESS_KEY_SECRET");
    if (id == null || secret == null) {
      throw new IllegalArgumentException("set " + prefix + "_ACCESS_KEY_ID and " + prefix + "_ACCESS_KEY_SECRET");
    }
    Map<String, AccessKey> accounts = new HashMap<>(alibabaAccounts);
    accounts.put(clientKeyId, new AccessKey(id, secret));
    return new RealCredentials(alibaba, Map.copyOf(accounts), huaweiAk, huaweiSk, huaweiProjectId);
  }

  /** The key a client's Alibaba calls are signed with, or null when there is none. */
  public AccessKey alibabaFor(String clientKeyId) {
    return clientKeyId != null && alibabaAccounts.containsKey(clientKeyId) ? alibabaAccounts.get(clientKeyId) : alibaba;
  }

  public boolean hasAlibaba() {
    return alibaba != null;
  }

  public boolean hasHuawei() {
    return huaweiAk != null && huaweiSk != null;
  }

  /** Every key and secret, for the sanitiser to redact wherever they appear. */
  public List<String> secrets() {
    List<String> values = new ArrayList<>();
    if (alibaba != null) {
      values.addAll(List.of(alibaba.id(), alibaba.secret()));
    }
    alibabaAccounts.values().forEach(key -> values.addAll(List.of(key.id(), key.secret())));
    if (hasHuawei()) {
      values.addAll(List.of(huaweiAk, huaweiSk));
    }
    return values;
  }

  private static String value(Map<String, String> environment, String name) {
    String value = environment.get(name);
    return value == null || value.isBlank() ? null : value.strip();
  }

  @Override
  public String toString() {
    return "RealCredentials[alibaba=" + hasAlibaba() + ", accounts=" + alibabaAccounts.keySet() + ", huawei=" + hasHuawei() + "]";
  }
}
