package io.clouddouble.contracttest;

/** How a case's requests are signed and sent, mirroring the SDK families. */
enum Signing {
  /** Tea SDK default: ACS3-HMAC-SHA256, POST, action and version in {@code x-acs-*} headers. */
  ALIBABA_V3,
  /** Old core SDK: HMAC-SHA1 with every parameter in the query, sent as GET (cloudapi 4.9.3 does). */
  ALIBABA_V1,
  /** The Huawei Java SDK: SDK-HMAC-SHA256 over host, X-Project-Id and X-Sdk-Date. */
  HUAWEI
}
