package io.clouddouble.contracttest;

import static io.restassured.config.EncoderConfig.encoderConfig;

import io.clouddouble.auth.AlibabaV1Signer;
import io.clouddouble.auth.AlibabaV3Signer;
import io.clouddouble.auth.AuthorizationHeader;
import io.clouddouble.auth.HuaweiSigner;
import io.clouddouble.auth.PercentEncoding;
import io.clouddouble.contract.Contract;
import io.restassured.RestAssured;
import io.restassured.config.RestAssuredConfig;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Sends requests with rest-assured, signed by the project's own signers exactly as the SDKs sign
 * them: Alibaba V3 (Tea) or V1 (core), Huawei SDK-HMAC-SHA256. Where each Alibaba parameter goes
 * (query or form body) comes from the operation's contract binding.
 */
final class SignedClient {
  private static final String FORM = "application/x-www-form-urlencoded";
  private static final DateTimeFormatter ALIBABA_TIME =
      DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss'Z'").withZone(ZoneOffset.UTC);
  private static final DateTimeFormatter HUAWEI_TIME =
      DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);
  // Without this rest-assured appends "; charset=ISO-8859-1" to the signed Content-Type.
  private static final RestAssuredConfig CONFIG =
      RestAssured.config().encoderConfig(encoderConfig().appendDefaultContentCharsetToContentTypeIfUndefined(false));

  private final TargetConfig target;
  private final Clock clock;
  private final SecureRandom random = new SecureRandom();

  SignedClient(TargetConfig target, Clock clock) {
    this.target = target;
    this.clock = clock;
  }

  Exchange alibaba(Product product, Contract contract, Map<String, String> params, Signing signing) {
    TargetConfig.AlibabaAccount account = target.alibaba().orElseThrow();
    Endpoint endpoint = target.endpoint(product);
    List<Map.Entry<String, String>> query = new ArrayList<>();
    List<Map.Entry<String, String>> form = new ArrayList<>();
    params.forEach((name, value) -> (inForm(contract, name) && signing == Signing.ALIBABA_V3 ? form : query)
        .add(Map.entry(name, value)));
    Map<String, String> headers = new LinkedHashMap<>();
    String method;
    if (signing == Signing.ALIBABA_V3) {
      method = "POST";
      byte[] body = encode(form).getBytes(StandardCharsets.UTF_8);
      headers.put("host", endpoint.authority());
      headers.put("x-acs-action", contract.operation());
      headers.put("x-acs-version", contract.version());
      headers.put("x-acs-date", ALIBABA_TIME.format(clock.instant()));
      headers.put("x-acs-signature-nonce", nonce());
      headers.put(AlibabaV3Signer.CONTENT_SHA256, AlibabaV3Signer.payloadHash(body));
      headers.put("content-type", FORM);
      List<String> signed = AlibabaV3Signer.headersToSign(headers);
      String signature =
          AlibabaV3Signer.sign(method, "/", query, headers, signed, headers.get(AlibabaV3Signer.CONTENT_SHA256), account.secret())
              .signature();
      headers.put(
          "Authorization",
          new AuthorizationHeader(AuthorizationHeader.Dialect.ALIBABA_V3, account.accessKeyId(), signed, signature).format());
      headers.remove("host"); // signed as the authority; the HTTP client sends it
      return send(contract, endpoint, method, "/", query, headers, body);
    }
    method = "GET";
    List<Map.Entry<String, String>> system = new ArrayList<>();
    system.add(Map.entry("Action", contract.operation()));
    system.add(Map.entry("Version", contract.version()));
    system.add(Map.entry("Format", "JSON"));
    system.add(Map.entry("AccessKeyId", account.accessKeyId()));
    system.add(Map.entry("SignatureMethod", AlibabaV1Signer.SIGNATURE_METHOD));
    system.add(Map.entry("SignatureVersion", AlibabaV1Signer.SIGNATURE_VERSION));
    system.add(Map.entry("SignatureNonce", nonce()));
    system.add(Map.entry("Timestamp", ALIBABA_TIME.format(clock.instant())));
    if (!params.containsKey("RegionId")) {
      system.add(Map.entry("RegionId", account.region())); // the core SDK adds the profile's region
    }
    query.addAll(0, system);
    query.add(Map.entry("Signature", AlibabaV1Signer.sign(method, query, List.of(), account.secret()).signature()));
    headers.put("x-acs-action", contract.operation());
    headers.put("x-acs-version", contract.version());
    return send(contract, endpoint, method, "/", query, headers, new byte[0]);
  }

  /** A DNS call: {@code path} already holds its ids, {@code body} is JSON or null. */
  Exchange huawei(Contract contract, String method, String path, Map<String, String> queryParams, String body) {
    TargetConfig.HuaweiAccount account = target.huawei().orElseThrow();
    Endpoint endpoint = target.endpoint(Product.DNS);
    List<Map.Entry<String, String>> query = new ArrayList<>(queryParams.entrySet());
    byte[] bytes = body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8);
    Map<String, String> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    headers.put("Host", endpoint.authority());
    headers.put("X-Project-Id", account.projectId());
    headers.put(HuaweiSigner.DATE_HEADER, HUAWEI_TIME.format(clock.instant()));
    List<String> signed = HuaweiSigner.headersToSign(headers);
    String signature = HuaweiSigner.sign(method, path, query, headers, signed, bytes, account.sk()).signature();
    headers.put(
        "Authorization",
        new AuthorizationHeader(AuthorizationHeader.Dialect.HUAWEI, account.ak(), signed, signature).format());
    headers.put("Content-Type", "application/json");
    headers.remove("Host");
    return send(contract, endpoint, method, path, query, headers, bytes);
  }

  private Exchange send(
      Contract contract,
      Endpoint endpoint,
      String method,
      String path,
      List<Map.Entry<String, String>> query,
      Map<String, String> headers,
      byte[] body) {
    String target = path + (query.isEmpty() ? "" : "?" + encode(query));
    RequestSpecification request =
        RestAssured.given().config(CONFIG).urlEncodingEnabled(false).baseUri(endpoint.baseUrl()).headers(headers);
    if (body.length > 0) {
      // As text: rest-assured's form encoder takes no bytes; the body is already percent-encoded ASCII or UTF-8 JSON.
      request.body(new String(body, StandardCharsets.UTF_8));
    }
    Response response = request.request(method, target);
    Map<String, String> responseHeaders = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    response.getHeaders().forEach(h -> responseHeaders.putIfAbsent(h.getName(), h.getValue()));
    return new Exchange(
        contract.id(),
        method,
        endpoint.baseUrl() + redacted(target),
        new String(body, StandardCharsets.UTF_8),
        response.getStatusCode(),
        responseHeaders,
        response.asString());
  }

  private static boolean inForm(Contract contract, String name) {
    String base = name.contains(".") ? name.substring(0, name.indexOf('.')) : name;
    return contract.binding().path("parameters").path(base).path("in").asText().equals("formData");
  }

  private static String encode(List<Map.Entry<String, String>> pairs) {
    return pairs.stream()
        .map(p -> PercentEncoding.encode(p.getKey()) + "=" + PercentEncoding.encode(p.getValue()))
        .collect(Collectors.joining("&"));
  }

  /** The evidence never carries a key id or a signature. */
  private static String redacted(String target) {
    return target.replaceAll("(AccessKeyId|Signature)=[^&]*", "$1=***");
  }

  private String nonce() {
    byte[] bytes = new byte[16];
    random.nextBytes(bytes);
    return HexFormat.of().formatHex(bytes);
  }
}
