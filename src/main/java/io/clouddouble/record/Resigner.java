package io.clouddouble.record;

import io.clouddouble.auth.AlibabaV1Signer;
import io.clouddouble.auth.AlibabaV3Signer;
import io.clouddouble.auth.AuthorizationHeader;
import io.clouddouble.auth.ComputedSignature;
import io.clouddouble.auth.HuaweiSigner;
import io.clouddouble.auth.PercentEncoding;
import io.clouddouble.protocol.AlibabaCall;
import io.clouddouble.protocol.CloudError;
import io.clouddouble.protocol.HuaweiCall;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.AbstractMap.SimpleImmutableEntry;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Turns a client's call into the same call signed with the real credentials, in the signature style
 * the client chose (V3 when it sent an {@code ACS3-HMAC-SHA256} Authorization header, V1 otherwise;
 * Huawei always SDK-HMAC-SHA256, also for token clients). The client's own signature cannot be
 * reused: it covers the proxy's host and the client's key.
 */
public final class Resigner {
  /** Credential-carrying V1 parameters: replaced (AccessKeyId) or dropped, then signed anew. */
  private static final Set<String> V1_CREDENTIAL_PARAMS =
      Set.of("AccessKeyId", "Signature", "SecurityToken", "BearerToken", "SignatureType");

  /** Headers the JDK client owns, hop-by-hop ones, and every credential a client may send. */
  private static final Set<String> NOT_FORWARDED =
      Set.of(
          "authorization", "host", "connection", "content-length", "transfer-encoding", "expect",
          "upgrade", "keep-alive", "te", "trailer", "date", "via", "warning", "from",
          "accept-encoding", "x-acs-security-token", "x-acs-accesskey-id", "x-acs-bearer-token",
          "x-auth-token", "x-security-token");

  /** The SDK's {@code X-Sdk-Date} form, for token clients that sent none. */
  private static final DateTimeFormatter SDK_DATE =
      DateTimeFormatter.ofPattern("uuuuMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

  private final RealCredentials credentials;
  private final Clock clock;

  public Resigner(RealCredentials credentials, Clock clock) {
    this.credentials = credentials;
    this.clock = clock;
  }

  public OutgoingRequest alibaba(AlibabaCall call, URI base) {
    String authorization = call.header("Authorization");
    boolean v3 = AuthorizationHeader.algorithmOf(authorization).startsWith("ACS3-");
    String clientKeyId =
        v3 ? AuthorizationHeader.accessKeyIdOf(AuthorizationHeader.Dialect.ALIBABA_V3, authorization) : call.param("AccessKeyId");
    RealCredentials.AccessKey key = credentials.alibabaFor(clientKeyId);
    if (key == null) {
      throw noCredentials(RealCredentials.ALIBABA_AK + " and " + RealCredentials.ALIBABA_SECRET);
    }
    List<String> secrets = clientSecrets(call.headers());
    V1_CREDENTIAL_PARAMS.forEach(name -> secrets.add(call.param(name)));
    secrets.add(call.param("SignatureNonce"));
    Map<String, String> headers = forwardable(call.headers());
    return v3 ? v3(call, base, key, headers, secrets) : v1(call, base, key, headers, secrets);
  }

  /** V3 signs the headers and the body hash; the query and body travel as the client sent them. */
  private static OutgoingRequest v3(
      AlibabaCall call, URI base, RealCredentials.AccessKey key, Map<String, String> headers, List<String> secrets) {
    byte[] body = call.bodyBytes();
    String payloadHash = AlibabaV3Signer.payloadHash(body);
    headers.put(AlibabaV3Signer.CONTENT_SHA256, payloadHash);
    Map<String, String> signed = withHost(headers, base);
    List<String> names = AlibabaV3Signer.headersToSign(signed);
    ComputedSignature signature =
        AlibabaV3Signer.sign(call.method(), "/", call.query(), signed, names, payloadHash, key.secret());
    headers.put(
        "Authorization",
        new AuthorizationHeader(AuthorizationHeader.Dialect.ALIBABA_V3, key.id(), names, signature.signature()).format());
    secrets.add(signature.signature());
    return new OutgoingRequest(
        call.method(), uri(base, "/", AlibabaCall.rawQuery(call.request().getUrl())), headers, body, secrets);
  }

  /** V1 carries the key and signature as parameters, so the query (and a form body) is rebuilt. */
  private static OutgoingRequest v1(
      AlibabaCall call, URI base, RealCredentials.AccessKey key, Map<String, String> headers, List<String> secrets) {
    List<Map.Entry<String, String>> query = withRealKey(call.query(), key);
    List<Map.Entry<String, String>> form = withRealKey(call.form(), key);
    ComputedSignature signature = AlibabaV1Signer.sign(call.method(), query, form, key.secret());
    query.add(new SimpleImmutableEntry<>("Signature", signature.signature()));
    secrets.add(signature.signature());
    byte[] body = form.isEmpty() ? call.bodyBytes() : encode(form).getBytes(StandardCharsets.UTF_8);
    return new OutgoingRequest(call.method(), uri(base, "/", encode(query)), headers, body, secrets);
  }

  public OutgoingRequest huawei(HuaweiCall call, URI base) {
    if (!credentials.hasHuawei()) {
      throw noCredentials(RealCredentials.HUAWEI_AK + " and " + RealCredentials.HUAWEI_SK);
    }
    List<String> secrets = clientSecrets(call.headers());
    Map<String, String> headers = forwardable(call.headers());
    String path = call.path();
    String clientProject = call.header("X-Project-Id");
    if (credentials.huaweiProjectId() != null) {
      headers.put("X-Project-Id", credentials.huaweiProjectId());
      if (clientProject != null && !clientProject.isEmpty()) {
        // Some Huawei APIs carry the project in the path too; the client's is not the real one.
        path = path.replace("/" + clientProject + "/", "/" + credentials.huaweiProjectId() + "/");
      }
    }
    headers.putIfAbsent(HuaweiSigner.DATE_HEADER, SDK_DATE.format(clock.instant()));
    Map<String, String> signed = withHost(headers, base);
    List<String> names = HuaweiSigner.headersToSign(signed);
    ComputedSignature signature =
        HuaweiSigner.sign(call.method(), path, call.query(), signed, names, call.bodyBytes(), credentials.huaweiSk());
    headers.put(
        "Authorization",
        new AuthorizationHeader(AuthorizationHeader.Dialect.HUAWEI, credentials.huaweiAk(), names, signature.signature())
            .format());
    secrets.add(signature.signature());
    return new OutgoingRequest(
        call.method(), uri(base, path, AlibabaCall.rawQuery(call.request().getUrl())), headers, call.bodyBytes(), secrets);
  }

  private static CloudError noCredentials(String variables) {
    return new CloudError(401, "clouddouble.NoCredentials", "The recorder has no real credentials: set " + variables + ".");
  }

  /** The client's keys, signature, nonce and tokens, wherever its protocol put them. */
  private static List<String> clientSecrets(Map<String, String> headers) {
    List<String> secrets = new ArrayList<>();
    String authorization = headers.get("Authorization");
    secrets.add(authorization);
    for (AuthorizationHeader.Dialect dialect : AuthorizationHeader.Dialect.values()) {
      secrets.add(AuthorizationHeader.accessKeyIdOf(dialect, authorization));
      AuthorizationHeader.parse(dialect, authorization).ifPresent(h -> secrets.add(h.signature()));
    }
    for (String name :
        List.of("x-acs-signature-nonce", "x-acs-security-token", "x-acs-accesskey-id", "x-acs-bearer-token",
            "X-Auth-Token", "X-Security-Token")) {
      secrets.add(headers.get(name));
    }
    secrets.removeIf(s -> s == null || s.isBlank());
    return secrets;
  }

  private static Map<String, String> forwardable(Map<String, String> headers) {
    Map<String, String> kept = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    headers.forEach(
        (name, value) -> {
          String lower = name.toLowerCase(Locale.ROOT);
          if (!NOT_FORWARDED.contains(lower) && !lower.startsWith("x-clouddouble-") && !lower.startsWith("proxy-")) {
            kept.put(name, value);
          }
        });
    return kept;
  }

  private static Map<String, String> withHost(Map<String, String> headers, URI base) {
    Map<String, String> signed = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    signed.putAll(headers);
    signed.put("Host", RealEndpoints.hostHeader(base));
    return signed;
  }

  private static List<Map.Entry<String, String>> withRealKey(
      List<Map.Entry<String, String>> pairs, RealCredentials.AccessKey key) {
    List<Map.Entry<String, String>> result = new ArrayList<>();
    for (Map.Entry<String, String> pair : pairs) {
      if (pair.getKey().equals("AccessKeyId")) {
        result.add(new SimpleImmutableEntry<>("AccessKeyId", key.id()));
      } else if (!V1_CREDENTIAL_PARAMS.contains(pair.getKey())) {
        result.add(pair);
      }
    }
    return result;
  }

  private static String encode(List<Map.Entry<String, String>> pairs) {
    return pairs.stream()
        .map(p -> PercentEncoding.encode(p.getKey()) + "=" + PercentEncoding.encode(p.getValue()))
        .collect(Collectors.joining("&"));
  }

  private static URI uri(URI base, String path, String rawQuery) {
    String root = base.toString().replaceAll("/+$", "");
    return URI.create(root + path + (rawQuery.isEmpty() ? "" : "?" + rawQuery));
  }
}
