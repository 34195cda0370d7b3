package io.clouddouble.pact;

/**
 * The resource ids the pacts speak about. The provider states' worlds declare exactly these, so a
 * consumer's request names a resource that exists (or, for the not-found cases, one that does not).
 */
public final class Ids {
  public static final String REGION = "cn-hangzhou";

  public static final String ENDPOINT = "ep-bp1pactendpoint0001";
  public static final String SERVICE = "epsrv-bp1pactservice001";
  public static final String ZONE = "cn-hangzhou-b";
  public static final String GROUP_KEPT = "sg-bp1pactgroupkept001";
  public static final String GROUP_DETACHED = "sg-bp1pactgroupgone001";

  public static final String PEER = "pcc-bp1pactpeer000001";
  public static final String PEER_MISSING = "pcc-bp1pactmissing0001";

  public static final String ACCESS_VPC = "vpc-bp1pactvpc0000001";
  public static final String ACCESS_INSTANCE = "i-bp1pactinstance0001";
  public static final String ACCESS_PORT = "8080";

  public static final String DNS_ZONE = "2c9eb155f0a14b2c8d4e5f60718293a4";
  public static final String ROUTER_KEPT = "5c6a3f2e-1d4b-4a8e-9f0c-2b7d8e1a3c51";
  public static final String ROUTER_LEAVING = "7e1b2c3d-4f5a-4b6c-8d7e-9f0a1b2c3d52";
  public static final String ROUTER_STRANGER = "9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c53";
  public static final String DNS_REGION = "cn-north-4";

  private Ids() {}
}
