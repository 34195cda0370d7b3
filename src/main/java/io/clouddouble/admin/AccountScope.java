package io.clouddouble.admin;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.tomakehurst.wiremock.http.Request;
import io.clouddouble.state.Resource;
import io.clouddouble.state.world.AccountResolver;

/**
 * The account an admin call is limited to: {@code ?cloud=alibaba&account=<id>} or
 * {@code ?cloud=huawei&accessKeyId=<AK>} (resolved as the gateway resolves a caller). Absent, a
 * call acts on the whole fake.
 */
record AccountScope(String cloud, String account) {

  /** The scope a request names, or null when it names none. */
  static AccountScope of(Request request, AccountResolver accounts) {
    String cloud = AdminJson.query(request, "cloud");
    String account = AdminJson.query(request, "account");
    String accessKeyId = AdminJson.query(request, "accessKeyId");
    if (account == null && accessKeyId == null) {
      return null;
    }
    if (!"alibaba".equals(cloud) && !"huawei".equals(cloud)) {
      throw new AdminJson.BadInput("an account scope needs cloud=alibaba or cloud=huawei");
    }
    return new AccountScope(cloud, accounts.account(cloud, account, accessKeyId));
  }

  /** Whether the account owns the resource or it is shared with the account. */
  boolean sees(Resource resource) {
    return resource != null
        && resource.owner().cloud().equals(cloud)
        && (resource.owner().account().equals(account)
            || resource.sharedWith().stream().anyMatch(s -> s.account().equals(account)));
  }

  /** A world posted with a scope may only hold that account's resources. */
  void requireOnly(JsonNode document, AccountResolver accounts) {
    for (JsonNode holder : document.path("accounts")) {
      String holderCloud = holder.path("cloud").asText(null);
      if (!cloud.equals(holderCloud) || !account.equals(accounts.account(holderCloud, holder))) {
        throw new AdminJson.BadInput(
            "this world is posted for " + cloud + " account " + account + " but names another account; "
                + "post each account's world with its own scope");
      }
    }
  }
}
