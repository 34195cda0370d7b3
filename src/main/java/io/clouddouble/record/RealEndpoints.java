package io.clouddouble.record;

import java.net.URI;

/**
 * Where a recorded call is forwarded: the product's public endpoint, or one fixed target for every
 * product (another clouddouble, a corporate proxy).
 *
 * @param target the fixed base URL, or null to use the public endpoints
 * @param alibabaRegion the region for Alibaba calls that name none in {@code RegionId}
 * @param huaweiRegion the region of the Huawei DNS endpoint (its requests never name one)
 */
public record RealEndpoints(URI target, String alibabaRegion, String huaweiRegion) {

  public static RealEndpoints publicEndpoints(String alibabaRegion, String huaweiRegion) {
    return new RealEndpoints(null, alibabaRegion, huaweiRegion);
  }

  public static RealEndpoints fixed(URI target) {
    return new RealEndpoints(target, null, null);
  }

  /**
   * @param product the contract's product: {@code Privatelink}, {@code VpcPeer}, {@code CloudAPI}, {@code DNS}
   * @param region the request's {@code RegionId}, or null
   */
  public URI baseFor(String product, String region) {
    if (target != null) {
      return target;
    }
    String alibaba = region != null && !region.isBlank() ? region : alibabaRegion;
    String host =
        switch (product) {
          case "Privatelink" -> "privatelink." + alibaba + ".aliyuncs.com";
          case "VpcPeer" -> "vpcpeer.aliyuncs.com";
          case "CloudAPI" -> "apigateway." + alibaba + ".aliyuncs.com";
          case "DNS" -> "dns." + huaweiRegion + ".myhuaweicloud.com";
          default -> throw new IllegalArgumentException("no public endpoint known for product " + product);
        };
    return URI.create("https://" + host);
  }

  /**
   * The {@code Host} header the JDK client sends for a base URL (the port only when it is not the
   * scheme's default); V3 and Huawei sign it, so the signature must use exactly this.
   */
  public static String hostHeader(URI base) {
    int port = base.getPort();
    boolean defaultPort = port == -1 || port == ("https".equalsIgnoreCase(base.getScheme()) ? 443 : 80);
    return defaultPort ? base.getHost() : base.getHost() + ":" + port;
  }
}
