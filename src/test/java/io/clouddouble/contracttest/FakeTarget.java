package io.clouddouble.contracttest;

import io.clouddouble.CloudDouble;
import io.clouddouble.testkit.FakeAdmin;
import io.clouddouble.Settings;
import io.clouddouble.auth.SignatureMode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

/**
 * A clouddouble started for the suite, in strict signature mode with its own keys, and the
 * environment-style variables that aim the real-mode configuration at it. Used in-process as the
 * {@code fake} target and, treated as opaque, to test the real-mode path.
 */
final class FakeTarget implements AutoCloseable {
  static final String ALIBABA_AK = "cdContractSuiteKey";
  static final String ALIBABA_SECRET = "clouddoubleContractSecret";
  static final String ALIBABA_ACCOUNT = "1234567890123456";
  static final String HUAWEI_AK = "CLOUDDOUBLECONTRACTAK";
  static final String HUAWEI_SK = "clouddoubleContractSk";
  static final String HUAWEI_PROJECT = "0123456789abcdef0123456789abcdef";

  private final CloudDouble fake;

  private FakeTarget(CloudDouble fake) {
    this.fake = fake;
  }

  /** Starts a fake serving {@code stubs} (null: the packaged stubs), keys written under {@code directory}. */
  static FakeTarget start(Path directory, Path stubs) {
    Path credentials = directory.resolve("credentials");
    try {
      Files.writeString(
          credentials,
          ALIBABA_AK + ":" + ALIBABA_SECRET + ":" + ALIBABA_ACCOUNT + "\n"
              + HUAWEI_AK + ":" + HUAWEI_SK + ":" + HUAWEI_PROJECT + "\n");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Settings settings =
        Settings.defaults().withPort(0).withSignatures(SignatureMode.STRICT).withCredentials(credentials).withStubs(stubs);
    return new FakeTarget(CloudDouble.start(settings));
  }

  /**
   * What a team would export to run the real-mode suite against this fake: its keys, and
   * {@code CLOUDDOUBLE_REAL_ENDPOINT} instead of the clouds' host names.
   */
  Map<String, String> variables() {
    Map<String, String> v = new HashMap<>();
    v.put("ALIBABA_CLOUD_ACCESS_KEY_ID", ALIBABA_AK);
    v.put("ALIBABA_CLOUD_ACCESS_KEY_SECRET", ALIBABA_SECRET);
    v.put("ALIBABA_CLOUD_REGION_ID", "cn-hangzhou");
    v.put("ALIBABA_CLOUD_ACCOUNT_ID", ALIBABA_ACCOUNT);
    v.put("HUAWEICLOUD_SDK_AK", HUAWEI_AK);
    v.put("HUAWEICLOUD_SDK_SK", HUAWEI_SK);
    v.put("HUAWEICLOUD_SDK_PROJECT_ID", HUAWEI_PROJECT);
    v.put("HUAWEICLOUD_SDK_REGION", "cn-north-4");
    v.put("CLOUDDOUBLE_REAL_ENDPOINT", fake.endpoint());
    v.putAll(FIXTURES);
    return v;
  }

  /** Existing resources the lifecycles build on; the fake accepts any well-formed id. */
  static final Map<String, String> FIXTURES =
      Map.of(
          "CLOUDDOUBLE_FIXTURE_ALIBABA_VPC_ID", "vpc-bp1clouddoublect0001",
          "CLOUDDOUBLE_FIXTURE_ALIBABA_PEER_VPC_ID", "vpc-bp1clouddoublect0002",
          "CLOUDDOUBLE_FIXTURE_ALIBABA_ZONE_ID", "cn-hangzhou-h",
          "CLOUDDOUBLE_FIXTURE_ALIBABA_VSWITCH_ID", "vsw-bp1clouddoublect0001",
          "CLOUDDOUBLE_FIXTURE_ALIBABA_SECURITY_GROUP_IDS", "sg-bp1clouddoublect0001,sg-bp1clouddoublect0002",
          "CLOUDDOUBLE_FIXTURE_PRIVATELINK_RESOURCE_ID", "nlb-clouddoublect0001",
          "CLOUDDOUBLE_FIXTURE_CLOUDAPI_INSTANCE_ID", "i-bp1clouddoublect0001",
          "CLOUDDOUBLE_FIXTURE_HUAWEI_VPC_IDS",
          "0a6d3b4f-5c1e-4c1e-9d3a-c10dd0ab1e01,0a6d3b4f-5c1e-4c1e-9d3a-c10dd0ab1e02");

  /**
   * Makes every async transition complete at once (the admin API's {@code immediately}), so a
   * real-mode run against this fake observes each transition at its first poll and never pauses.
   */
  void completeTransitionsImmediately() {
    new FakeAdmin(fake).allTransitions("immediately");
  }

  /** Moves the fake's clock on: what the fake target does between polls instead of sleeping. */
  void advanceClock(Duration by) {
    new FakeAdmin(fake).advance(by.toString());
  }

  CloudDouble fake() {
    return fake;
  }

  @Override
  public void close() {
    fake.stop();
  }
}
