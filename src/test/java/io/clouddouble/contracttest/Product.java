package io.clouddouble.contracttest;

import java.util.Locale;

/** The four products in scope, with the host each one's real endpoint has. */
enum Product {
  PRIVATELINK("alibaba", "Privatelink", "privatelink.%s.aliyuncs.com"),
  VPCPEER("alibaba", "VpcPeer", "vpcpeer.aliyuncs.com"),
  CLOUDAPI("alibaba", "CloudAPI", "apigateway.%s.aliyuncs.com"),
  DNS("huawei", "DNS", "dns.%s.myhuaweicloud.com");

  private final String cloud;
  private final String contractName;
  private final String realHost;

  Product(String cloud, String contractName, String realHost) {
    this.cloud = cloud;
    this.contractName = contractName;
    this.realHost = realHost;
  }

  String cloud() {
    return cloud;
  }

  /** The product as contracts name it: the prefix of a contract id. */
  String contractName() {
    return contractName;
  }

  /** The variable that overrides this product's endpoint, e.g. {@code CLOUDDOUBLE_ENDPOINT_VPCPEER}. */
  String endpointVariable() {
    return "CLOUDDOUBLE_ENDPOINT_" + name().toUpperCase(Locale.ROOT);
  }

  String realHost(String region) {
    return String.format(realHost, region);
  }
}
