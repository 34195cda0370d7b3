package io.clouddouble.state.world;

import com.fasterxml.jackson.databind.JsonNode;
import io.clouddouble.auth.Accounts;
import io.clouddouble.auth.Credential;
import io.clouddouble.auth.CredentialStore;

/**
 * Names an account in a world file or an admin query the way the gateway does: an explicit
 * {@code account} (Alibaba account id, Huawei project id), or an {@code accessKeyId} mapped through
 * the credentials file when it lists the key, else through the documented {@link Accounts} mapping.
 */
public final class AccountResolver {
  private final CredentialStore credentials;

  public AccountResolver(CredentialStore credentials) {
    this.credentials = credentials;
  }

  public String account(String cloud, String account, String accessKeyId) {
    if (account != null && !account.isEmpty()) {
      return account;
    }
    if (accessKeyId == null || accessKeyId.isEmpty()) {
      throw new IllegalArgumentException("name an account with \"account\" or \"accessKeyId\"");
    }
    return credentials
        .find(accessKeyId)
        .map(Credential::accountId)
        .orElseGet(
            () -> "huawei".equals(cloud) ? Accounts.huaweiProjectId(accessKeyId) : Accounts.alibabaAccountId(accessKeyId));
  }

  /** Reads {@code account} or {@code accessKeyId} from a JSON object. */
  public String account(String cloud, JsonNode holder) {
    return account(cloud, text(holder, "account"), text(holder, "accessKeyId"));
  }

  private static String text(JsonNode node, String field) {
    return node.hasNonNull(field) ? node.get(field).asText() : null;
  }
}
