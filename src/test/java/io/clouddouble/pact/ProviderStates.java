package io.clouddouble.pact;

import static io.clouddouble.pact.Ids.ACCESS_INSTANCE;
import static io.clouddouble.pact.Ids.ACCESS_PORT;
import static io.clouddouble.pact.Ids.ACCESS_VPC;
import static io.clouddouble.pact.Ids.DNS_ZONE;
import static io.clouddouble.pact.Ids.ENDPOINT;
import static io.clouddouble.pact.Ids.GROUP_DETACHED;
import static io.clouddouble.pact.Ids.GROUP_KEPT;
import static io.clouddouble.pact.Ids.PEER;
import static io.clouddouble.pact.Ids.PEER_MISSING;
import static io.clouddouble.pact.Ids.ROUTER_KEPT;
import static io.clouddouble.pact.Ids.ROUTER_LEAVING;
import static io.clouddouble.pact.Ids.SERVICE;
import static io.clouddouble.pact.Ids.ZONE;

/**
 * The provider states the pacts use, in a consumer's words. Consumers name them in
 * {@code given(...)}; the provider verification sets each up with one world loaded through the
 * fake's admin API. Constants, so both sides spell them identically.
 */
public final class ProviderStates {
  public static final String ENDPOINT_ZONE_CONNECTED =
      "endpoint " + ENDPOINT + " of service " + SERVICE + " is connected in zone " + ZONE;
  public static final String ENDPOINT_ZONE_DISCONNECTING =
      "the connection of endpoint " + ENDPOINT + " in zone " + ZONE + " is being disabled";
  public static final String ENDPOINT_ZONE_DISCONNECTED =
      "the connection of endpoint " + ENDPOINT + " in zone " + ZONE + " is disabled";
  public static final String ENDPOINT_TWO_GROUPS =
      "endpoint " + ENDPOINT + " is connected in zone " + ZONE + " with two security groups";
  public static final String ENDPOINT_GROUP_DETACHING =
      "security group " + GROUP_DETACHED + " is being detached from endpoint " + ENDPOINT;
  public static final String ENDPOINT_ONE_GROUP =
      "endpoint " + ENDPOINT + " has the single security group " + GROUP_KEPT;

  public static final String PEER_AWAITS_ACCEPTANCE =
      "peer connection " + PEER + " awaits acceptance by the caller";
  public static final String PEER_REJECTED = "peer connection " + PEER + " was rejected by the caller";
  public static final String PEER_ABSENT = "peer connection " + PEER_MISSING + " does not exist";

  public static final String VPC_ACCESS_AUTHORIZED =
      "VPC access to " + ACCESS_VPC + " instance " + ACCESS_INSTANCE + " port " + ACCESS_PORT + " is authorized";
  public static final String VPC_ACCESS_NONE = "no VPC access to " + ACCESS_VPC + " is authorized";

  public static final String ZONE_TWO_ROUTERS =
      "private zone " + DNS_ZONE + " is associated with routers " + ROUTER_KEPT + " and " + ROUTER_LEAVING;
  public static final String ZONE_ROUTER_LEAVING =
      "router " + ROUTER_LEAVING + " is being disassociated from private zone " + DNS_ZONE;
  public static final String ZONE_ONE_ROUTER =
      "private zone " + DNS_ZONE + " is associated with router " + ROUTER_KEPT + " only";

  private ProviderStates() {}
}
