package io.clouddouble.pact.provider;

import io.clouddouble.auth.AlibabaV3Signer;
import io.clouddouble.auth.AuthorizationHeader;
import io.clouddouble.auth.HuaweiSigner;
import io.clouddouble.testkit.Sdks;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.hc.core5.http.ClassicHttpRequest;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.HttpEntity;
import org.apache.hc.core5.http.io.entity.EntityUtils;

/**
 * Signs a request Pact replays, as the official SDK would have: the pacts leave signatures out
 * (they change on every call), but the fake, like the cloud, requires them. Alibaba requests get
 * ACS3-HMAC-SHA256, Huawei ones SDK-HMAC-SHA256 with the project id, both with the test kit's keys.
 */
final class RequestSigner {
  private static final DateTimeFormatter HUAWEI_DATE =
      DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);
  private final String host;

  RequestSigner(String host) {
    this.host = host;
  }

  void sign(ClassicHttpRequest request) {
    URI uri = uri(request);
    if (uri.getRawPath().startsWith("/v2/")) {
      signHuawei(request, uri);
    } else {
      signAlibaba(request, uri);
    }
  }

  private void signAlibaba(ClassicHttpRequest request, URI uri) {
    request.setHeader("host", host);
    request.setHeader("x-acs-date", Instant.now().truncatedTo(ChronoUnit.SECONDS).toString());
    request.setHeader("x-acs-signature-nonce", UUID.randomUUID().toString().replace("-", ""));
    request.setHeader(AlibabaV3Signer.CONTENT_SHA256, AlibabaV3Signer.payloadHash(body(request)));
    Map<String, String> headers = headers(request);
    List<String> signed = AlibabaV3Signer.headersToSign(headers);
    String signature =
        AlibabaV3Signer.sign(
                request.getMethod(),
                uri.getRawPath(),
                query(uri),
                headers,
                signed,
                headers.get(AlibabaV3Signer.CONTENT_SHA256),
                Sdks.ALIBABA_SECRET)
            .signature();
    request.setHeader(
        "Authorization",
        new AuthorizationHeader(AuthorizationHeader.Dialect.ALIBABA_V3, Sdks.ALIBABA_AK, signed, signature).format());
  }

  private void signHuawei(ClassicHttpRequest request, URI uri) {
    request.setHeader("Host", host);
    request.setHeader(HuaweiSigner.DATE_HEADER, HUAWEI_DATE.format(Instant.now()));
    request.setHeader("X-Project-Id", Sdks.HUAWEI_PROJECT);
    Map<String, String> headers = headers(request);
    List<String> signed = HuaweiSigner.headersToSign(headers);
    String signature =
        HuaweiSigner.sign(
                request.getMethod(), uri.getRawPath(), query(uri), headers, signed, body(request), Sdks.HUAWEI_SK)
            .signature();
    request.setHeader(
        "Authorization",
        new AuthorizationHeader(AuthorizationHeader.Dialect.HUAWEI, Sdks.HUAWEI_AK, signed, signature).format());
  }

  private static URI uri(ClassicHttpRequest request) {
    try {
      return request.getUri();
    } catch (URISyntaxException e) {
      throw new IllegalArgumentException(e);
    }
  }

  private static Map<String, String> headers(ClassicHttpRequest request) {
    Map<String, String> headers = new LinkedHashMap<>();
    for (Header header : request.getHeaders()) {
      headers.putIfAbsent(header.getName(), header.getValue());
    }
    return headers;
  }

  private static List<Map.Entry<String, String>> query(URI uri) {
    List<Map.Entry<String, String>> pairs = new ArrayList<>();
    if (uri.getRawQuery() != null) {
      for (String pair : uri.getRawQuery().split("&")) {
        int eq = pair.indexOf('=');
        String name = eq < 0 ? pair : pair.substring(0, eq);
        String value = eq < 0 ? "" : pair.substring(eq + 1);
        pairs.add(Map.entry(decode(name), decode(value)));
      }
    }
    return pairs;
  }

  private static String decode(String text) {
    return URLDecoder.decode(text, StandardCharsets.UTF_8);
  }

  private static byte[] body(ClassicHttpRequest request) {
    HttpEntity entity = request.getEntity();
    try {
      return entity == null ? new byte[0] : EntityUtils.toByteArray(entity);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
