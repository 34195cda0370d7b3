package com.example.consumer;

import com.aliyun.teaopenapi.models.Config;
import com.aliyun.teaopenapi.models.OpenApiRequest;
import com.aliyun.teaopenapi.models.Params;
import com.aliyun.teautil.models.RuntimeOptions;
import com.huaweicloud.sdk.core.auth.BasicCredentials;
import com.huaweicloud.sdk.core.http.HttpConfig;
import com.huaweicloud.sdk.dns.v2.DnsClient;
import java.util.List;
import java.util.Map;

/** The consumer's own clients, configured as clouddouble's README shows, pointed at the fake. */
final class Clients {
  private Clients() {}

  /** Calls a PrivateLink action with the Tea SDK at {@code endpoint} (host:port); returns the response body. */
  @SuppressWarnings("unchecked")
  static Map<String, Object> privateLink(String endpoint, String action, Map<String, String> query) throws Exception {
    Config config =
        new Config()
            .setAccessKeyId("testAccessKeyId")
            .setAccessKeySecret("testAccessKeySecret")
            .setRegionId("cn-hangzhou")
            .setEndpoint(endpoint)
            .setProtocol("HTTP");
    Params params =
        new Params()
            .setAction(action)
            .setVersion("2020-04-15")
            .setProtocol("HTTPS")
            .setPathname("/")
            .setMethod("POST")
            .setAuthType("AK")
            .setStyle("RPC")
            .setReqBodyType("formData")
            .setBodyType("json");
    return (Map<String, Object>)
        new com.aliyun.teaopenapi.Client(config)
            .callApi(params, new OpenApiRequest().setQuery(query), new RuntimeOptions())
            .get("body");
  }

  /** The Huawei DNS client at {@code baseUrl} (http://host:port) for the demo world's project. */
  static DnsClient dns(String baseUrl) {
    return DnsClient.newBuilder()
        .withCredential(
            new BasicCredentials()
                .withAk("FAKE_AK_0123456789")
                .withSk("FAKE_SECRET_KEY_0123456789")
                .withProjectId("e55c6f3dc4e34c9f86353b664ae0e70c"))
        .withHttpConfig(HttpConfig.getDefaultHttpConfig())
        .withEndpoints(List.of(baseUrl))
        .build();
  }
}
