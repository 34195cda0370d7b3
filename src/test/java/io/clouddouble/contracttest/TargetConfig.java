package io.clouddouble.contracttest;

import java.nio.file.Path;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Everything the suite needs to reach one target, read from environment-style variables (the SDKs'
 * own names where they have one). Built from a map, so a test can aim the real-mode suite at a
 * separately started fake without touching the JVM's environment.
 */
record TargetConfig(
    String name,
    Optional<AlibabaAccount> alibaba,
    Optional<HuaweiAccount> huawei,
    Map<Product, Endpoint> endpoints,
    boolean mutate,
    Fixtures fixtures,
    Path reportDirectory) {

  /** The one message a real run without credentials is skipped with. */
  static final String HOW_TO_ENABLE =
      "Real-cloud contract tests skipped: no credentials. To run them against your own account, set"
          + " ALIBABA_CLOUD_ACCESS_KEY_ID, ALIBABA_CLOUD_ACCESS_KEY_SECRET (and ALIBABA_CLOUD_REGION_ID)"
          + " and/or HUAWEICLOUD_SDK_AK, HUAWEICLOUD_SDK_SK, HUAWEICLOUD_SDK_PROJECT_ID (and"
          + " HUAWEICLOUD_SDK_REGION), then run scripts/verify-real. Nothing is changed in the account"
          + " unless CLOUDDOUBLE_REAL_MUTATE=1; see the README section on contract tests.";

  record AlibabaAccount(String accessKeyId, String secret, String region) {}

  record HuaweiAccount(String ak, String sk, String projectId, String region) {}

  /** The variables, with JVM system properties of the same names winning (handy with {@code mvn -D}). */
  static Map<String, String> processVariables() {
    Map<String, String> variables = new HashMap<>(System.getenv());
    System.getProperties().stringPropertyNames().stream()
        .filter(n -> n.startsWith("ALIBABA_CLOUD_") || n.startsWith("HUAWEICLOUD_SDK_") || n.startsWith("CLOUDDOUBLE_"))
        .forEach(n -> variables.put(n, System.getProperty(n)));
    return variables;
  }

  /** A real target: credentials, regions and endpoints from {@code variables}. */
  static TargetConfig real(Map<String, String> variables, Path reportDirectory) {
    Variables v = new Variables(variables);
    Optional<AlibabaAccount> alibaba =
        v.get("ALIBABA_CLOUD_ACCESS_KEY_ID")
            .flatMap(ak -> v.get("ALIBABA_CLOUD_ACCESS_KEY_SECRET")
                .map(secret -> new AlibabaAccount(
                    ak,
                    secret,
                    v.get("ALIBABA_CLOUD_REGION_ID").orElse("cn-hangzhou"))));
    Optional<HuaweiAccount> huawei =
        v.get("HUAWEICLOUD_SDK_AK")
            .flatMap(ak -> v.get("HUAWEICLOUD_SDK_SK")
                .flatMap(sk -> v.get("HUAWEICLOUD_SDK_PROJECT_ID")
                    .map(project -> new HuaweiAccount(
                        ak, sk, project, v.get("HUAWEICLOUD_SDK_REGION").orElse("cn-north-4")))));
    Map<Product, Endpoint> endpoints = new EnumMap<>(Product.class);
    Optional<String> everything = v.get("CLOUDDOUBLE_REAL_ENDPOINT");
    for (Product product : Product.values()) {
      String region =
          product.cloud().equals("alibaba")
              ? alibaba.map(AlibabaAccount::region).orElse("cn-hangzhou")
              : huawei.map(HuaweiAccount::region).orElse("cn-north-4");
      String endpoint =
          v.get(product.endpointVariable()).or(() -> everything).orElse("https://" + product.realHost(region));
      endpoints.put(product, Endpoint.parse(endpoint));
    }
    return new TargetConfig(
        "real",
        alibaba,
        huawei,
        endpoints,
        v.get("CLOUDDOUBLE_REAL_MUTATE").filter("1"::equals).isPresent(),
        Fixtures.from(v),
        reportDirectory);
  }

  /** The {@code fake} target: this configuration, named so, with the full lifecycles always on (the fake is disposable). */
  TargetConfig asFake() {
    return new TargetConfig("fake", alibaba, huawei, endpoints, true, fixtures, reportDirectory);
  }

  boolean hasAnyAccount() {
    return alibaba.isPresent() || huawei.isPresent();
  }

  boolean hasAccountFor(Product product) {
    return product.cloud().equals("alibaba") ? alibaba.isPresent() : huawei.isPresent();
  }

  Endpoint endpoint(Product product) {
    return endpoints.get(product);
  }

  /**
   * Existing resources the mutating lifecycles build on; the suite never creates or deletes these.
   * Each is read from {@code CLOUDDOUBLE_FIXTURE_*}; the account id (the accepter of a same-account
   * peering) from {@code ALIBABA_CLOUD_ACCOUNT_ID}.
   */
  record Fixtures(
      String alibabaAccountId,
      String alibabaVpcId,
      String alibabaPeerVpcId,
      String alibabaZoneId,
      String alibabaVSwitchId,
      List<String> alibabaSecurityGroupIds,
      String privateLinkResourceType,
      String privateLinkResourceId,
      String cloudApiInstanceId,
      List<String> huaweiVpcIds) {

    static Fixtures from(Variables v) {
      return new Fixtures(
          v.get("ALIBABA_CLOUD_ACCOUNT_ID").orElse(""),
          v.get("CLOUDDOUBLE_FIXTURE_ALIBABA_VPC_ID").orElse(""),
          v.get("CLOUDDOUBLE_FIXTURE_ALIBABA_PEER_VPC_ID").orElse(""),
          v.get("CLOUDDOUBLE_FIXTURE_ALIBABA_ZONE_ID").orElse(""),
          v.get("CLOUDDOUBLE_FIXTURE_ALIBABA_VSWITCH_ID").orElse(""),
          v.list("CLOUDDOUBLE_FIXTURE_ALIBABA_SECURITY_GROUP_IDS"),
          v.get("CLOUDDOUBLE_FIXTURE_PRIVATELINK_RESOURCE_TYPE").orElse("nlb"),
          v.get("CLOUDDOUBLE_FIXTURE_PRIVATELINK_RESOURCE_ID").orElse(""),
          v.get("CLOUDDOUBLE_FIXTURE_CLOUDAPI_INSTANCE_ID").orElse(""),
          v.list("CLOUDDOUBLE_FIXTURE_HUAWEI_VPC_IDS"));
    }

    /** The names of the fixtures a product's lifecycle needs but that are not set. */
    List<String> missingFor(Product product) {
      Map<String, Boolean> needed =
          switch (product) {
            case PRIVATELINK -> Map.of(
                "CLOUDDOUBLE_FIXTURE_ALIBABA_VPC_ID", alibabaVpcId.isEmpty(),
                "CLOUDDOUBLE_FIXTURE_ALIBABA_ZONE_ID", alibabaZoneId.isEmpty(),
                "CLOUDDOUBLE_FIXTURE_ALIBABA_VSWITCH_ID", alibabaVSwitchId.isEmpty(),
                "CLOUDDOUBLE_FIXTURE_ALIBABA_SECURITY_GROUP_IDS (two)", alibabaSecurityGroupIds.size() < 2,
                "CLOUDDOUBLE_FIXTURE_PRIVATELINK_RESOURCE_ID", privateLinkResourceId.isEmpty());
            case VPCPEER -> Map.of(
                "ALIBABA_CLOUD_ACCOUNT_ID", alibabaAccountId.isEmpty(),
                "CLOUDDOUBLE_FIXTURE_ALIBABA_VPC_ID", alibabaVpcId.isEmpty(),
                "CLOUDDOUBLE_FIXTURE_ALIBABA_PEER_VPC_ID", alibabaPeerVpcId.isEmpty());
            case CLOUDAPI -> Map.of(
                "CLOUDDOUBLE_FIXTURE_ALIBABA_VPC_ID", alibabaVpcId.isEmpty(),
                "CLOUDDOUBLE_FIXTURE_CLOUDAPI_INSTANCE_ID", cloudApiInstanceId.isEmpty());
            case DNS -> Map.of("CLOUDDOUBLE_FIXTURE_HUAWEI_VPC_IDS (two)", huaweiVpcIds.size() < 2);
          };
      return needed.entrySet().stream().filter(Map.Entry::getValue).map(Map.Entry::getKey).sorted().toList();
    }
  }

  /** Variables with blank values treated as unset. */
  record Variables(Map<String, String> values) {
    Optional<String> get(String name) {
      return Optional.ofNullable(values.get(name)).map(String::strip).filter(s -> !s.isEmpty());
    }

    List<String> list(String name) {
      return get(name).map(s -> List.of(s.split("\\s*,\\s*"))).orElse(List.of());
    }
  }
}
