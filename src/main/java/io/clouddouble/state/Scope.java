package io.clouddouble.state;

/** Where a request acts, and so which resources it sees: cloud, account and region. */
public record Scope(String cloud, String account, String region) {}
