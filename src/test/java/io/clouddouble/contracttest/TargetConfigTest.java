package io.clouddouble.contracttest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** How the environment-style variables aim the real mode. */
class TargetConfigTest {
  private static final Path REPORT = Path.of("target", "unused");
  private static final Map<String, String> ALIBABA =
      Map.of("ALIBABA_CLOUD_ACCESS_KEY_ID", "ak", "ALIBABA_CLOUD_ACCESS_KEY_SECRET", "secret",
          "ALIBABA_CLOUD_REGION_ID", "cn-shanghai");

  @Test
  void realEndpointsFollowTheRegions() {
    TargetConfig config = TargetConfig.real(ALIBABA, REPORT);
    assertEquals("https://privatelink.cn-shanghai.aliyuncs.com", config.endpoint(Product.PRIVATELINK).baseUrl());
    assertEquals("https://vpcpeer.aliyuncs.com", config.endpoint(Product.VPCPEER).baseUrl());
    assertEquals("https://apigateway.cn-shanghai.aliyuncs.com", config.endpoint(Product.CLOUDAPI).baseUrl());
    assertEquals("https://dns.cn-north-4.myhuaweicloud.com", config.endpoint(Product.DNS).baseUrl());
    assertTrue(config.hasAccountFor(Product.VPCPEER));
    assertFalse(config.hasAccountFor(Product.DNS));
    assertFalse(config.mutate());
  }

  @Test
  void oneAddressForEveryProductAndAnOverrideForOne() {
    TargetConfig config = TargetConfig.real(Map.of(
        "CLOUDDOUBLE_REAL_ENDPOINT", "127.0.0.1:18080",
        "CLOUDDOUBLE_ENDPOINT_DNS", "https://dns.example.test",
        "CLOUDDOUBLE_REAL_MUTATE", "1"), REPORT);
    assertEquals("http://127.0.0.1:18080", config.endpoint(Product.CLOUDAPI).baseUrl());
    assertEquals("127.0.0.1:18080", config.endpoint(Product.PRIVATELINK).authority());
    assertEquals("https://dns.example.test", config.endpoint(Product.DNS).baseUrl());
    assertTrue(config.mutate());
    assertFalse(config.hasAnyAccount());
  }

  @Test
  void onlyTheExactOptInEnablesMutation() {
    assertFalse(TargetConfig.real(Map.of("CLOUDDOUBLE_REAL_MUTATE", "true"), REPORT).mutate());
    assertFalse(TargetConfig.real(Map.of("CLOUDDOUBLE_REAL_MUTATE", " "), REPORT).mutate());
  }

  @Test
  void aLifecycleNamesTheFixturesItStillNeeds() {
    TargetConfig.Fixtures fixtures = TargetConfig.real(Map.of("CLOUDDOUBLE_FIXTURE_HUAWEI_VPC_IDS", "a"), REPORT).fixtures();
    assertEquals(List.of("CLOUDDOUBLE_FIXTURE_HUAWEI_VPC_IDS (two)"), fixtures.missingFor(Product.DNS));
  }
}
