package io.clouddouble.auth;

/**
 * Who a request acts for: the access key it was signed with (empty when none was sent) and the
 * account it maps to (an Alibaba account id or a Huawei project id), which namespaces all state.
 */
public record Principal(String accessKeyId, String accountId) {}
