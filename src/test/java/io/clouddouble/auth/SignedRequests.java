package io.clouddouble.auth;

import com.github.tomakehurst.wiremock.http.ImmutableRequest;
import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.http.RequestMethod;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Requests signed with the project's own signers, the way a client of clouddouble would sign them,
 * with every piece adjustable so tests can break one at a time. Values set to null are left out.
 */
final class SignedRequests {
  static final String HOST = "127.0.0.1:8080";

  private SignedRequests() {}

  /** The V1 system and business parameters the core SDK sends, signed at {@link AuthFixtures#NOW}. */
  static Map<String, String> v1Params(String accessKeyId) {
    Map<String, String> params = new LinkedHashMap<>();
    params.put("Action", "DescribeVpcAccesses");
    params.put("Version", "2016-07-14");
    params.put("Format", "JSON");
    params.put("AccessKeyId", accessKeyId);
    params.put("SignatureMethod", "HMAC-SHA1");
    params.put("SignatureVersion", "1.0");
    params.put("SignatureNonce", "0123456789abcdef0123456789abcdef");
    params.put("Timestamp", "2026-11-22T07:30:00Z");
    params.put("RegionId", "cn-hangzhou");
    params.put("VpcId", "vpc-1 a*b~");
    return params;
  }

  /** A GET with {@code params} in the query plus a {@code Signature} made with {@code secret}. */
  static Request v1(Map<String, String> params, String secret) {
    List<Map.Entry<String, String>> pairs = pairs(params);
    String signature = AlibabaV1Signer.sign("GET", pairs, List.of(), secret).signature();
    Map<String, String> signed = new LinkedHashMap<>(params);
    signed.putIfAbsent("Signature", signature);
    return v1Unsigned(signed);
  }

  /** A GET with exactly {@code params} in the query. */
  static Request v1Unsigned(Map<String, String> params) {
    String query =
        pairs(params).stream()
            .map(p -> PercentEncoding.encode(p.getKey()) + "=" + PercentEncoding.encode(p.getValue()))
            .collect(Collectors.joining("&"));
    return ImmutableRequest.create()
        .withAbsoluteUrl("http://" + HOST + "/?" + query)
        .withMethod(RequestMethod.GET)
        .withHeader("Host", HOST)
        .build();
  }

  /** The headers the Tea SDK sends for a form POST, signed at {@link AuthFixtures#NOW}. */
  static Map<String, String> v3Headers(String body) {
    Map<String, String> headers = new LinkedHashMap<>();
    headers.put("host", HOST);
    headers.put("x-acs-action", "RejectVpcPeerConnection");
    headers.put("x-acs-version", "2022-01-01");
    headers.put("x-acs-date", "2026-11-22T07:30:00Z");
    headers.put("x-acs-signature-nonce", "fedcba9876543210fedcba9876543210");
    headers.put("x-acs-content-sha256", AlibabaV3Signer.payloadHash(body.getBytes(StandardCharsets.UTF_8)));
    headers.put("Content-Type", "application/x-www-form-urlencoded");
    return headers;
  }

  /** A POST of {@code body} whose Authorization is computed with {@code secret} over {@code headers}. */
  static Request v3(String accessKeyId, String secret, Map<String, String> headers, String body) {
    List<String> signed = AlibabaV3Signer.headersToSign(present(headers));
    String signature =
        AlibabaV3Signer.sign("POST", "/", List.of(), present(headers), signed, headers.get("x-acs-content-sha256"), secret)
            .signature();
    String authorization =
        new AuthorizationHeader(AuthorizationHeader.Dialect.ALIBABA_V3, accessKeyId, signed, signature).format();
    return v3WithAuthorization(authorization, headers, body);
  }

  static Request v3WithAuthorization(String authorization, Map<String, String> headers, String body) {
    ImmutableRequest.Builder builder =
        ImmutableRequest.create()
            .withAbsoluteUrl("http://" + HOST + "/")
            .withMethod(RequestMethod.POST)
            .withBody(body.getBytes(StandardCharsets.UTF_8));
    present(headers).forEach(builder::withHeader);
    if (authorization != null) {
      builder.withHeader("Authorization", authorization);
    }
    return builder.build();
  }

  /** The headers the Huawei SDK sends, signed at {@link AuthFixtures#NOW}. */
  static Map<String, String> huaweiHeaders() {
    Map<String, String> headers = new LinkedHashMap<>();
    headers.put("Host", HOST);
    headers.put("User-Agent", "huaweicloud-usdk-java/3.0");
    headers.put("X-Project-Id", AuthFixtures.HUAWEI_PROJECT);
    headers.put("X-Sdk-Date", "20261122T073000Z");
    headers.put("Content-Type", "application/json");
    return headers;
  }

  static final String HUAWEI_PATH = "/v2/zones/2c9eb155587194ec01587224c9f90149/disassociaterouter";
  static final String HUAWEI_BODY = "{\"router\":{\"router_id\":\"f0791650-db8c-4a20-8a44-a06c6e24b15b\"}}";

  static Request huawei(String ak, String sk, Map<String, String> headers) {
    List<String> signed = HuaweiSigner.headersToSign(present(headers));
    String signature =
        HuaweiSigner.sign("POST", HUAWEI_PATH, List.of(), present(headers), signed, HUAWEI_BODY.getBytes(StandardCharsets.UTF_8), sk)
            .signature();
    return huaweiWithAuthorization(
        new AuthorizationHeader(AuthorizationHeader.Dialect.HUAWEI, ak, signed, signature).format(), headers);
  }

  static Request huaweiWithAuthorization(String authorization, Map<String, String> headers) {
    ImmutableRequest.Builder builder =
        ImmutableRequest.create()
            .withAbsoluteUrl("http://" + HOST + HUAWEI_PATH)
            .withMethod(RequestMethod.POST)
            .withBody(HUAWEI_BODY.getBytes(StandardCharsets.UTF_8));
    present(headers).forEach(builder::withHeader);
    if (authorization != null) {
      builder.withHeader("Authorization", authorization);
    }
    return builder.build();
  }

  static Map<String, String> present(Map<String, String> values) {
    Map<String, String> present = new LinkedHashMap<>();
    values.forEach((k, v) -> {
      if (v != null) {
        present.put(k, v);
      }
    });
    return present;
  }

  private static List<Map.Entry<String, String>> pairs(Map<String, String> params) {
    List<Map.Entry<String, String>> pairs = new ArrayList<>();
    present(params).forEach((k, v) -> pairs.add(Map.entry(k, v)));
    return pairs;
  }
}
