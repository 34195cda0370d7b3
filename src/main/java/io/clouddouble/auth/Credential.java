package io.clouddouble.auth;

/**
 * One line of a credentials file, {@code ACCESS_KEY_ID:SECRET:ACCOUNT_ID}: an Alibaba AccessKey
 * pair with its account id, or a Huawei AK/SK with its project id.
 */
public record Credential(String accessKeyId, String secret, String accountId) {}
