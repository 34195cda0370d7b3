package io.clouddouble.testkit;

import com.aliyun.teaopenapi.models.Config;
import com.aliyun.teaopenapi.models.OpenApiRequest;
import com.aliyun.teaopenapi.models.Params;
import com.aliyun.teautil.models.RuntimeOptions;
import com.aliyuncs.AcsRequest;
import com.aliyuncs.CommonRequest;
import com.aliyuncs.DefaultAcsClient;
import com.aliyuncs.IAcsClient;
import com.aliyuncs.http.MethodType;
import com.aliyuncs.http.ProtocolType;
import com.aliyuncs.profile.DefaultProfile;
import com.huaweicloud.sdk.core.auth.BasicCredentials;
import com.huaweicloud.sdk.core.http.HttpConfig;
import com.huaweicloud.sdk.dns.v2.DnsClient;
import io.clouddouble.CloudDouble;
import java.util.List;
import java.util.Map;

/**
 * The official SDKs, pointed at a fake exactly as the README tells users to. Every test that talks
 * to clouddouble goes through one of these, so what passes here is what a real client sees.
 */
public final class Sdks {
  /** The test credentials the captures in the reference material were made with. */
  public static final String ALIBABA_AK = "testAccessKeyId";

  public static final String ALIBABA_SECRET = "testAccessKeySecret";
  public static final String HUAWEI_AK = "FAKE_AK_0123456789";
  public static final String HUAWEI_SK = "FAKE_SECRET_KEY_0123456789";
  public static final String HUAWEI_PROJECT = "e55c6f3dc4e34c9f86353b664ae0e70c";

  private Sdks() {}

  /** The Tea generic client (tea-openapi), signing with V3 ACS3-HMAC-SHA256 as it does by default. */
  public static com.aliyun.teaopenapi.Client tea(CloudDouble fake) {
    return tea(fake, ALIBABA_AK, ALIBABA_SECRET, null);
  }

  /** The Tea client with {@code signatureAlgorithm="v2"}: the legacy V1 HMAC-SHA1 wire format. */
  public static com.aliyun.teaopenapi.Client teaV1(CloudDouble fake) {
    return tea(fake, ALIBABA_AK, ALIBABA_SECRET, "v2");
  }

  public static com.aliyun.teaopenapi.Client tea(
      CloudDouble fake, String accessKeyId, String secret, String signatureAlgorithm) {
    return tea(fake.endpoint(), accessKeyId, secret, signatureAlgorithm);
  }

  /** The Tea client for any {@code host:port}, e.g. a Pact mock server standing in for the fake. */
  public static com.aliyun.teaopenapi.Client tea(String endpoint) {
    return tea(endpoint, ALIBABA_AK, ALIBABA_SECRET, null);
  }

  private static com.aliyun.teaopenapi.Client tea(
      String endpoint, String accessKeyId, String secret, String signatureAlgorithm) {
    Config config =
        new Config()
            .setAccessKeyId(accessKeyId)
            .setAccessKeySecret(secret)
            .setRegionId("cn-hangzhou")
            .setEndpoint(endpoint)
            .setProtocol("HTTP");
    if (signatureAlgorithm != null) {
      config.setSignatureAlgorithm(signatureAlgorithm);
    }
    try {
      return new com.aliyun.teaopenapi.Client(config);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * Calls an RPC action the way the generated Tea clients do ({@code callApi} with their exact
   * {@code Params}). Returns the SDK's response map ({@code body}, {@code headers}, {@code statusCode}).
   */
  public static Map<String, ?> callTea(
      com.aliyun.teaopenapi.Client client,
      String action,
      String version,
      Map<String, String> query,
      Map<String, ?> form)
      throws Exception {
    Params params =
        new Params()
            .setAction(action)
            .setVersion(version)
            .setProtocol("HTTPS")
            .setPathname("/")
            .setMethod("POST")
            .setAuthType("AK")
            .setStyle("RPC")
            .setReqBodyType("formData")
            .setBodyType("json");
    OpenApiRequest request = new OpenApiRequest().setQuery(query);
    if (form != null && !form.isEmpty()) {
      request.setBody(form);
    }
    return client.callApi(params, request, new RuntimeOptions());
  }

  /** The old core SDK (aliyun-java-sdk-core): V1 HMAC-SHA1, everything in the query. */
  public static IAcsClient core() {
    return core(ALIBABA_AK, ALIBABA_SECRET);
  }

  public static IAcsClient core(String accessKeyId, String secret) {
    return new DefaultAcsClient(DefaultProfile.getProfile("cn-hangzhou", accessKeyId, secret));
  }

  /** A typed core request (aliyun-java-sdk-*) pointed at the fake: typed requests default to HTTPS. */
  public static <R extends AcsRequest<?>> R at(CloudDouble fake, R request) {
    request.setSysEndpoint(fake.endpoint());
    request.setSysProtocol(ProtocolType.HTTP);
    return request;
  }

  /** A core {@code CommonRequest} for an RPC action, pointed at the fake (add parameters with putQueryParameter). */
  public static CommonRequest commonRequest(CloudDouble fake, String action, String version) {
    CommonRequest request = new CommonRequest();
    request.setSysMethod(MethodType.POST);
    request.setSysDomain(fake.endpoint());
    request.setSysProtocol(ProtocolType.HTTP);
    request.setSysVersion(version);
    request.setSysAction(action);
    return request;
  }

  /** The Huawei DNS client with AK/SK signing and the project id in {@code X-Project-Id}. */
  public static DnsClient huawei(CloudDouble fake) {
    return huawei(fake, HUAWEI_AK, HUAWEI_SK, HUAWEI_PROJECT);
  }

  public static DnsClient huawei(CloudDouble fake, String ak, String sk, String projectId) {
    return huawei(fake.baseUrl(), ak, sk, projectId);
  }

  /** The Huawei DNS client for any {@code http://host:port}, e.g. a Pact mock server. */
  public static DnsClient huawei(String baseUrl) {
    return huawei(baseUrl, HUAWEI_AK, HUAWEI_SK, HUAWEI_PROJECT);
  }

  private static DnsClient huawei(String baseUrl, String ak, String sk, String projectId) {
    BasicCredentials credentials = new BasicCredentials().withAk(ak).withSk(sk);
    if (projectId != null) {
      credentials.withProjectId(projectId);
    }
    return DnsClient.newBuilder()
        .withCredential(credentials)
        .withHttpConfig(HttpConfig.getDefaultHttpConfig())
        .withEndpoints(List.of(baseUrl))
        .build();
  }
}
