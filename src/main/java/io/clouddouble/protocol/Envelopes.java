package io.clouddouble.protocol;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.http.HttpHeader;
import com.github.tomakehurst.wiremock.http.HttpHeaders;
import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * Every answer the fake gives, in the provider's envelope: Alibaba bodies carry {@code RequestId}
 * and errors {@code {RequestId,HostId,Code,Message,Recommend}}; Huawei answers carry an
 * {@code X-Request-Id} header, DNS errors {@code {code,message}} and API-gateway errors
 * (and the fake's own {@code CloudDouble.*} codes) {@code {error_code,error_msg,request_id}}.
 */
public final class Envelopes {
  public static final String ALIBABA_CONTENT_TYPE = "application/json;charset=utf-8";
  public static final String HUAWEI_CONTENT_TYPE = "application/json";
  /** Huawei codes of the fake's own ({@code CloudDouble.NotEmulated}) travel in the API gateway's envelope. */
  private static final String CLOUDDOUBLE_CODE_PREFIX = "CloudDouble.";
  private static final ObjectMapper JSON = new ObjectMapper();

  private Envelopes() {}

  public static ResponseDefinition error(Cloud cloud, CloudError error, Request request) {
    String requestId = requestId(cloud, request);
    return cloud == Cloud.ALIBABA
        ? alibabaError(
            error, requestId, request.getHost(), GatewayHeaders.get(request, GatewayHeaders.PRODUCT))
        : huaweiError(error, requestId);
  }

  public static ResponseDefinition alibabaError(
      CloudError error, String requestId, String host, String product) {
    ObjectNode body = JSON.createObjectNode();
    body.put("RequestId", requestId);
    body.put("HostId", host == null ? "" : host);
    body.put("Code", error.code());
    body.put("Message", error.getMessage());
    body.put(
        "Recommend",
        "https://api.alibabacloud.com/troubleshoot?intl_lang=EN_US&q="
            + URLEncoder.encode(error.code(), StandardCharsets.UTF_8)
            + (product == null ? "" : "&product=" + URLEncoder.encode(product, StandardCharsets.UTF_8))
            + "&requestId="
            + requestId);
    return alibaba(error.status(), body);
  }

  /** A success (or any) Alibaba body: {@code RequestId} is set first, as the real service does. */
  public static ResponseDefinition alibabaSuccess(ObjectNode fields, String requestId) {
    ObjectNode body = JSON.createObjectNode();
    body.put("RequestId", requestId);
    fields.fields().forEachRemaining(f -> {
      if (!f.getKey().equals("RequestId")) {
        body.set(f.getKey(), f.getValue());
      }
    });
    return alibaba(200, body);
  }

  public static ResponseDefinition huaweiError(CloudError error, String requestId) {
    ObjectNode body = JSON.createObjectNode();
    if (error.code().startsWith("APIGW.") || error.code().startsWith(CLOUDDOUBLE_CODE_PREFIX)) {
      body.put("error_code", error.code());
      body.put("error_msg", error.getMessage());
      body.put("request_id", requestId);
    } else {
      body.put("code", error.code());
      body.put("message", error.getMessage());
    }
    return huawei(error.status(), body, requestId);
  }

  public static ResponseDefinition huawei(int status, ObjectNode body, String requestId) {
    return new ResponseDefinitionBuilder()
        .withStatus(status)
        .withHeaders(
            new HttpHeaders(
                new HttpHeader("Content-Type", HUAWEI_CONTENT_TYPE),
                new HttpHeader("X-Request-Id", requestId)))
        .withBody(body.toString())
        .build();
  }

  private static ResponseDefinition alibaba(int status, ObjectNode body) {
    return new ResponseDefinitionBuilder()
        .withStatus(status)
        .withHeader("Content-Type", ALIBABA_CONTENT_TYPE)
        .withBody(body.toString())
        .build();
  }

  /** The id the gateway minted for this request, or a fresh one for requests it never saw. */
  public static String requestId(Cloud cloud, Request request) {
    String id = request == null ? null : GatewayHeaders.get(request, GatewayHeaders.REQUEST_ID);
    return id != null ? id : RequestIds.mint(cloud);
  }
}
