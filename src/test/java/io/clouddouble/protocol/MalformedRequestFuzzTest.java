package io.clouddouble.protocol;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.clouddouble.CloudDouble;
import io.clouddouble.Settings;
import io.clouddouble.testkit.FakeAdmin;
import io.clouddouble.testkit.Sdks;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Ten thousand malformed requests, generated from a seed across the categories of issue 16, sent over
 * raw sockets to a fake with the demo world and the default (lenient) signatures; the Alibaba ones
 * carry a well-formed V1 signature so they get past authentication to what is under test. Every
 * answer must be a 4xx in JSON with a request id and no Java internals, the account state must be
 * unchanged, and an official-SDK call made meanwhile must keep getting the right answer.
 *
 * <p>The seed is printed; {@code -Dclouddouble.fuzz.seed=N} replays a run.
 */
class MalformedRequestFuzzTest {
  private static final long SEED = Long.getLong("clouddouble.fuzz.seed", 16L);
  private static final int REQUESTS = 10_000;
  private static final int WORKERS = 4;
  /** Every this many malformed requests a worker makes one valid SDK call instead. */
  private static final int VALID_CALL_EVERY = 100;
  /**
   * The run takes 15 to 60 s on two cores depending on what else runs there (measured: 32 to 58 s at
   * a load average of 25 to 30); the bound is generous so a busy CI runner does not fail it, and
   * the figure is printed.
   */
  private static final long BUDGET_MS = 180_000;
  private static final Pattern JAVA_INTERNALS =
      Pattern.compile("\\b(?:java|javax|jakarta|sun|org\\.eclipse|com\\.github|io\\.clouddouble)\\.[a-z]|Exception\\b|\\tat ");
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String DEMO_ENDPOINT = "ep-bp1demo0endpoint000001";

  /** One generated request: its category and the exact bytes sent. */
  private record Case(String category, byte[] bytes) {}

  @Test
  void everyMalformedRequestGetsADocumented4xxAndChangesNothing() throws Exception {
    System.out.println("MalformedRequestFuzzTest seed=" + SEED + " (replay with -Dclouddouble.fuzz.seed=" + SEED + ")");
    try (CloudDouble fake = CloudDouble.start(Settings.defaults().withPort(0))) {
      RawHttp http = new RawHttp(fake);
      // Time must not move state while the fuzz runs: only requests may.
      new FakeAdmin(fake).allTransitions("manual");
      JsonNode before = accountState(http);
      com.aliyun.teaopenapi.Client sdk = Sdks.tea(fake);
      Object zones = demoZones(sdk);

      Generator generator = new Generator(new Random(SEED), "127.0.0.1:" + fake.port());
      List<Case> cases = new ArrayList<>();
      for (int i = 0; i < REQUESTS; i++) {
        cases.add(generator.next());
      }

      Map<String, AtomicInteger> perCategory = new ConcurrentHashMap<>();
      List<String> failures = Collections.synchronizedList(new ArrayList<>());
      AtomicInteger cursor = new AtomicInteger();
      AtomicInteger validCalls = new AtomicInteger();
      ExecutorService workers = Executors.newFixedThreadPool(WORKERS);
      long started = System.nanoTime();
      List<Future<?>> running = new ArrayList<>();
      for (int w = 0; w < WORKERS; w++) {
        running.add(
            workers.submit(
                () -> {
                  for (int i = cursor.getAndIncrement(); i < cases.size(); i = cursor.getAndIncrement()) {
                    if (i % VALID_CALL_EVERY == 0) {
                      validCall(sdk, zones, failures);
                      validCalls.incrementAndGet();
                    }
                    Case c = cases.get(i);
                    perCategory.computeIfAbsent(c.category(), k -> new AtomicInteger()).incrementAndGet();
                    String problem = judge(http, c);
                    if (problem != null && failures.size() < 20) {
                      failures.add("#" + i + " " + c.category() + ": " + problem + "\n  sent: " + printable(c.bytes()));
                    }
                  }
                }));
      }
      for (Future<?> f : running) {
        f.get();
      }
      workers.shutdown();
      long elapsedMs = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
      System.out.printf(
          "MalformedRequestFuzzTest: %d requests in %d categories in %d ms (%.0f/s), %d valid SDK calls interleaved%n",
          cases.size(), perCategory.size(), elapsedMs, cases.size() * 1000.0 / elapsedMs, validCalls.get());
      System.out.println("  per category: " + new TreeMap<>(perCategory));

      assertTrue(failures.isEmpty(), "seed " + SEED + ":\n" + String.join("\n", failures));
      assertTrue(perCategory.size() >= 20, "categories: " + perCategory.keySet());
      assertEquals(REQUESTS / VALID_CALL_EVERY, validCalls.get());
      assertTrue(elapsedMs < BUDGET_MS, "took " + elapsedMs + " ms");
      assertEquals(before, accountState(http), "state after the fuzz (seed " + SEED + ")");
    }
  }

  /** Null when the answer is what every malformed request must get; otherwise what is wrong. */
  private static String judge(RawHttp http, Case c) {
    WireAnswer answer;
    try {
      answer = http.exchange(c.bytes());
    } catch (RuntimeException e) {
      return "no answer (" + e.getMessage() + ")";
    }
    if (answer.status() < 400 || answer.status() >= 500) {
      return "status " + answer.status() + " " + answer.body();
    }
    String contentType = answer.header("Content-Type");
    if (contentType == null || !contentType.startsWith("application/json")) {
      return "Content-Type " + contentType + " " + answer.body();
    }
    JsonNode body;
    try {
      body = JSON.readTree(answer.body());
    } catch (Exception e) {
      return "body is not JSON: " + answer.body();
    }
    if (body == null || !body.isObject()) {
      return "body is not a JSON object: " + answer.body();
    }
    String requestId =
        answer.header("X-Request-Id") != null
            ? answer.header("X-Request-Id")
            : body.path("RequestId").asText(body.path("request_id").asText(""));
    if (requestId.isBlank()) {
      return "no request id: " + answer.body();
    }
    if (JAVA_INTERNALS.matcher(answer.body()).find()) {
      return "Java internals in the answer: " + answer.body();
    }
    return null;
  }

  /** One official-SDK call amid the fuzz: it must get the same answer as before the fuzz began. */
  private static void validCall(com.aliyun.teaopenapi.Client sdk, Object zones, List<String> failures) {
    try {
      Object now = demoZones(sdk);
      if (!zones.equals(now)) {
        failures.add("valid SDK call answered " + now + " instead of " + zones);
      }
    } catch (Exception | AssertionError e) {
      failures.add("valid SDK call failed: " + e);
    }
  }

  /** Every account's resources, tokens and transitions, without the clock (it reads the wall). */
  private static JsonNode accountState(RawHttp http) {
    WireAnswer state = http.get("/__admin/clouddouble/state");
    assertEquals(200, state.status(), state.body());
    ObjectNode json = (ObjectNode) state.json();
    json.remove("clock");
    assertFalse(json.isEmpty());
    return json;
  }

  private static Object demoZones(com.aliyun.teaopenapi.Client sdk) throws Exception {
    Map<String, ?> response =
        Sdks.callTea(
            sdk,
            "ListVpcEndpointZones",
            "2020-04-15",
            Map.of("RegionId", "cn-hangzhou", "EndpointId", DEMO_ENDPOINT),
            null);
    Object zones = ((Map<?, ?>) response.get("body")).get("Zones");
    assertTrue(zones instanceof List<?> list && !list.isEmpty(), String.valueOf(response.get("body")));
    return zones;
  }

  private static String printable(byte[] bytes) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < Math.min(bytes.length, 400); i++) {
      int b = bytes[i] & 0xff;
      out.append(b >= 0x20 && b < 0x7f ? String.valueOf((char) b) : String.format("\\x%02x", b));
    }
    return bytes.length > 400 ? out + "... (" + bytes.length + " bytes)" : out.toString();
  }

  /**
   * Malformed requests by category. Each is wrong in the way its category names and, where that
   * alone might be accepted (a supported charset, a duplicate whose first value is fine), also
   * carries one plain fault, so every request must be rejected.
   */
  private static final class Generator {
    private static final String FORM = "application/x-www-form-urlencoded";
    private static final String[] INJECTIONS = {
      "${jndi:ldap://127.0.0.1/x}", "{{request.headers.Host}}", "{{#each (range 1 99999999)}}x{{/each}}",
      "${7*7}", "#{7*7}", "{{state.accounts}}", "$(id)", "<%= 7*7 %>", "{{{{raw}}}}", "${{}}", "{{now}}",
      "'; DROP TABLE zones; --", "{{jsonPath request.body '$..*'}}", "%{7*7}"
    };
    private static final String[] TRAVERSALS = {
      "/v2/zones/..%2f..%2f__admin/mappings", "/v2/zones/%2e%2e/%2e%2e/__admin/mappings", "/%2e%2e/__admin/mappings",
      "/v2/zones/../../__admin/mappings", "/v2/..%5c..%5c__admin/mappings", "/./__admin/mappings",
      "/v2/zones/%2E%2E%2F__admin%2Fshutdown", "/__admin/..%2fv2/zones", "//__admin/mappings",
      "/__admin;x/mappings", "/v2;jsessionid=x/zones", "/v2/zones/.%2e/.%2e/__admin/requests", "/..;/__admin/mappings"
    };
    private static final String[] BAD_VERSIONS = {"2099-01-01", "2020-4-15", "latest", "../2020-04-15", "2020-04-15 ", "%00"};

    private final Random random;
    private final String host;
    private final List<Function<Random, byte[]>> categories = new ArrayList<>();
    private final List<String> names = new ArrayList<>();
    private int nonce;

    Generator(Random random, String host) {
      this.random = random;
      this.host = host;
      add("truncated body", r -> r.nextBoolean()
          ? request("POST", "/?" + signed("CreateVpcEndpoint", "2020-04-15"), "Content-Type: " + FORM + "\r\nContent-Length: " + (40 + r.nextInt(1000)) + "\r\n", "RegionId=cn-hangzhou&VpcId=vp")
          : request("POST", "/v2/zones", huaweiHeaders() + "Content-Type: application/json\r\nContent-Length: " + (30 + r.nextInt(1000)) + "\r\n", "{\"name\":\"exa"));
      add("oversized body", r -> request("POST", r.nextBoolean() ? "/" : "/v2/zones",
          "Content-Type: " + (r.nextBoolean() ? FORM : "application/json") + "\r\nContent-Length: "
              + pick(r, String.valueOf(RequestPreflight.MAX_BODY_BYTES + 1 + r.nextInt(1 << 20)), "1000000000000", "99999999999999999999") + "\r\n",
          "Action=x"));
      add("oversized URL, header or parameter count", r -> switch (r.nextInt(4)) {
        case 0 -> request("GET", "/?" + signed("ListVpcEndpoints", "2020-04-15") + "&Name=" + "a".repeat(40_000), "", null);
        case 1 -> request("GET", "/v2/zones", huaweiHeaders() + "X-Padding: " + "b".repeat(40_000) + "\r\n", null);
        case 2 -> request("GET", "/?" + signed("ListVpcEndpoints", "2020-04-15") + "&P=1".repeat(RequestPreflight.MAX_PARAMETERS + 1), "", null);
        default -> request("GET", "/", "X-H: v\r\n".repeat(5_000), null);
      });
      add("bad chunked encoding", r -> request("POST", r.nextBoolean() ? "/" : "/v2/zones",
          "Content-Type: " + FORM + "\r\nTransfer-Encoding: chunked\r\n",
          pick(r, "ZZ\r\nAction=x\r\n0\r\n\r\n", "5\r\nab\r\n0\r\n\r\n", "FFFFFFFFFFFFFFFFFFFF\r\nx\r\n0\r\n\r\n", "3;ext=\u0001\r\nabc\r\n0\r\n\r\n",
              "8\r\nAction=x", "-1\r\nx\r\n0\r\n\r\n", "3\r\nabcdef\r\n0\r\n\r\n", "0\r\nTrailer: \u0001\r\n\r\n", "\r\n\r\n")));
      add("wrong content type", r -> r.nextBoolean()
          ? request("POST", "/?" + signed("ListVpcEndpoints", "2020-04-15"), "Content-Type: " + pick(r, "text/plain", "application/xml", "multipart/form-data", "multipart/form-data; boundary=x", "application/json", "*/*", ";;;", "application/x-www-form-urlencoded/extra") + "\r\n", "{\"a\":1}")
          : request("POST", "/v2/zones", huaweiHeaders() + "Content-Type: " + pick(r, "multipart/form-data", "text/plain", FORM, "application/xml", "multipart/mixed; boundary=") + "\r\n", "name=example.com."));
      add("bad charset", r -> r.nextBoolean()
          ? request("POST", "/", "Content-Type: " + FORM + "; charset=" + pick(r, "bogus", "\"\"", "utf-16", "../../x", "UTF-8; charset=koi8-r", "x".repeat(300)) + "\r\n", signed("CreateVpcEndpoint", pick(r, BAD_VERSIONS)))
          : request("POST", "/v2/zones", huaweiHeaders() + "Content-Type: application/json; charset=" + pick(r, "bogus", "ebcdic-xx", "utf-32", "\u00ff") + "\r\n", "{\"name\":1}"));
      add("duplicated and conflicting parameters", r -> switch (r.nextInt(4)) {
        case 0 -> request("GET", "/?Version=" + pick(r, BAD_VERSIONS) + "&" + signed("ListVpcEndpoints", "2020-04-15"), "", null);
        case 1 -> request("GET", "/?Action=NoSuchThing&" + signed("ListVpcEndpoints", "2020-04-15"), "", null);
        case 2 -> request("POST", "/?" + signed("CreateVpcEndpoint", "2020-04-15") + "&DryRun=maybe", "Content-Type: " + FORM + "\r\n", "DryRun=false&RegionId=cn-hangzhou");
        default -> request("GET", "/v2/zones?limit=abc&limit=10", huaweiHeaders(), null);
      });
      add("wrong types", r -> r.nextBoolean()
          ? request("GET", "/?" + signed("CreateVpcEndpoint", "2020-04-15") + "&VpcId=vpc-1&" + pick(r, "DryRun=maybe", "DryRun=1", "ZonePrivateIpAddressCount=abc", "ZonePrivateIpAddressCount=1.5", "ZonePrivateIpAddressCount=0x10", "ProtectedEnabled=%E2%9C%93"), "", null)
          : request("POST", "/v2/zones", huaweiHeaders() + "Content-Type: application/json\r\n", pick(r, "{\"name\":123}", "{\"name\":\"example.com.\",\"ttl\":\"x\"}", "{\"name\":[\"a\"]}", "{\"name\":{}}", "{\"name\":null,\"zone_type\":7}")));
      add("out-of-range numbers", r -> r.nextBoolean()
          ? request("GET", "/?" + signed("CreateVpcEndpoint", "2020-04-15") + "&VpcId=vpc-1&ZonePrivateIpAddressCount=" + pick(r, "99999999999999999999999", "-99999999999999999999", "1e999", "9".repeat(400)) + "&Tag." + pick(r, "99999999999", "0", "-1", "9".repeat(40)) + ".Key=k", "", null)
          : request("GET", "/v2/zones?" + pick(r, "limit=99999999999", "limit=-1", "offset=99999999999999999999999", "limit=1e999", "limit=" + "9".repeat(400)), huaweiHeaders(), null));
      add("control bytes", r -> switch (r.nextInt(4)) {
        case 0 -> request("GET", "/?Action=List\u0001&Version=2020-04-15", "", null);
        case 1 -> request("GET", "/v2/zones", huaweiHeaders() + "X-Trace: a\u0000b\r\n", null);
        case 2 -> request("GET", "/?" + signed("ListVpcEndpoints", pick(r, BAD_VERSIONS)) + "&Name=%00%01%1b%7f", "", null);
        default -> request("POST", "/v2/zones", huaweiHeaders() + "Content-Type: application/json\r\n", "{\"name\":\"a\u0001\u0002b\"}");
      });
      add("non-UTF-8 bytes", r -> switch (r.nextInt(4)) {
        case 0 -> bytes("GET /?Action=List\u00ff\u00fe&Version=2020-04-15 HTTP/1.1\r\nHost: " + host + "\r\nConnection: close\r\n\r\n");
        case 1 -> request("GET", "/?" + signed("ListVpcEndpoints", "2020-04-15") + "&Name=" + pick(r, "%C3%28", "%FF", "%E2%82", "%ED%A0%80"), "", null);
        case 2 -> request("POST", "/", "Content-Type: " + FORM + "\r\n", signed("ListVpcEndpoints", "2020-04-15") + "&Name=\u00ff\u00c3");
        default -> request("POST", "/v2/zones", huaweiHeaders() + "Content-Type: application/json\r\n", "{\"name\":\"\u00ff\u00fe\"}");
      });
      add("encoded traversal", r -> request(pick(r, "GET", "POST", "DELETE"), pick(r, TRAVERSALS), huaweiHeaders(), null));
      add("template and expression injection", r -> switch (r.nextInt(4)) {
        case 0 -> request("GET", "/?" + signed(enc(pick(r, INJECTIONS)), "2020-04-15"), "", null);
        case 1 -> request("GET", "/?" + signed("GetVpcEndpointAttribute", "2020-04-15") + "&EndpointId=" + enc(pick(r, INJECTIONS)), "", null);
        case 2 -> request("GET", "/v2/zones/" + enc(pick(r, INJECTIONS)).replace("%2F", "") + "/recordsets", huaweiHeaders(), null);
        default -> request("POST", "/?" + signed("CreateVpcEndpoint", "2020-04-15") + "&DryRun=maybe&ClientToken=" + enc(pick(r, INJECTIONS)) + "&EndpointName=" + enc(pick(r, INJECTIONS)), "", null);
      });
      add("bad signatures", r -> switch (r.nextInt(6)) {
        case 0 -> request("GET", "/?Action=ListVpcEndpoints&Version=2020-04-15&AccessKeyId=ak&SignatureMethod=HMAC-SHA1&SignatureVersion=1.0&SignatureNonce=n&Timestamp=2026-01-01T00:00:00Z&Signature=" + pick(r, "!!!", "abc", "", enc(Base64.getEncoder().encodeToString(new byte[19]))), "", null);
        case 1 -> request("GET", "/?" + signed("ListVpcEndpoints", "2020-04-15").replace("HMAC-SHA1", pick(r, "HMAC-MD5", "NONE", "")), "", null);
        case 2 -> request("GET", "/?" + signed("ListVpcEndpoints", "2020-04-15").replace("Timestamp=", "Timestamp=" + pick(r, "yesterday", "9999", "%00")), "", null);
        case 3 -> request("GET", "/?Action=ListVpcEndpoints&Version=2020-04-15", "Authorization: " + pick(r, "ACS3-HMAC-SHA256 garbage", "ACS3-RSA-SHA256 Credential=a", "Bearer x", "ACS3-HMAC-SHA256 Credential=ak,SignedHeaders=host,Signature=00") + "\r\n", null);
        case 4 -> request("GET", "/v2/zones", "Authorization: " + pick(r, "SDK-HMAC-SHA256 garbage", "SDK-HMAC-SHA256 Access=a, SignedHeaders=host, Signature=zz", "Basic eA==") + "\r\n", null);
        default -> request("GET", "/v2/zones", pick(r, "", "X-Auth-Token: \r\n", "X-Sdk-Date: 20260101T000000Z\r\n"), null);
      });
      add("unknown actions and versions", r -> r.nextInt(3) == 0
          ? request("GET", pick(r, "/v2/nothing", "/v3/zones", "/v2/zones/x/y/z/w", "/v2.1/zones", "/V2/zones", "/v2/zones/recordsets/extra"), huaweiHeaders(), null)
          : request(pick(r, "GET", "POST"), "/?" + signed(r.nextBoolean() ? "No" + r.nextInt(1000) : "ListVpcEndpoints", r.nextBoolean() ? pick(r, BAD_VERSIONS) : "2016-04-28"), "", null));
      add("bad request lines", r -> bytes(pick(r,
          "GET /\r\n\r\n", "GET / HTTP/1.2\r\nHost: h\r\n\r\n", "GET / HTTP/2.0\r\nHost: h\r\n\r\n", "GET / FOO/1.1\r\nHost: h\r\n\r\n",
          "\u0001\u0002\u0003\r\n\r\n", "GET\r\n\r\n", " / HTTP/1.1\r\nHost: h\r\n\r\n", "GET http://evil.example/__admin/mappings HTTP/1.1\r\nHost: h\r\n\r\n",
          "GET " + "/a".repeat(20_000) + " HTTP/1.1\r\nHost: h\r\n\r\n", "\r\n\r\nGET / HTTP/1.1\r\n\r\n", "GET / HTTP/1.1\r\n\r\n", "GET / HTTP/1.1\r\nHost: a\r\nHost: b\r\n\r\n",
          "GET / HTTP/1.1\r\nHost: h\r\nNoColonHere\r\n\r\n", "GET / HTTP/1.1\r\nHost: h\r\nX-Fold: a\r\n  b\r\n\r\n", "GET / HTTP/1.1\r\nHost: h\r\n: empty\r\n\r\n")));
      add("bad methods", r -> request(pick(r, "CONNECT", "TRACE", "FOO", "PROPFIND", "PUT", "DELETE", "PATCH", "OPTIONS", "M".repeat(100)),
          pick(r, "/?" + signed("ListVpcEndpoints", "2020-04-15"), "/v2/zones", "127.0.0.1:22", "*"), r.nextBoolean() ? huaweiHeaders() : "", null));
      add("conflicting framing", r -> request("POST", r.nextBoolean() ? "/" : "/v2/zones",
          pick(r, "Content-Length: 3\r\nContent-Length: 4\r\n", "Content-Length: 3\r\nTransfer-Encoding: chunked\r\n", "Content-Length: -1\r\n", "Content-Length: abc\r\n",
              "Transfer-Encoding: gzip\r\n", "Transfer-Encoding: chunked, identity\r\n", "Content-Length: 1 2\r\n"), "abcd"));
      add("fake gzip", r -> request("POST", r.nextBoolean() ? "/" : "/v2/zones",
          "Content-Type: " + FORM + "\r\nContent-Encoding: " + pick(r, "gzip", "deflate, gzip", "br") + "\r\n" + huaweiHeaders(),
          pick(r, "Action=x", "\u001f\u008b\u0008\u0000broken", "\u001f\u008b")));
      add("JSON shapes", r -> request(pick(r, "POST", "PUT"), pick(r, "/v2/zones", "/v2/zones/2c9eb155587194ec01587224c9f90149"), huaweiHeaders() + "Content-Type: application/json\r\n",
          pick(r, "[1,2]", "42", "\"x\"", "null", "{", "{\"a\":}", "[".repeat(5_000), "{\"name\":" + "9".repeat(5_000) + "}", "{\"name\":\"example.com.\"}garbage", "{\"name\":1e999}")));
      add("missing pieces", r -> switch (r.nextInt(3)) {
        case 0 -> request("GET", "/?" + signed("DeleteVpcEndpoint", "2020-04-15"), "", null);
        case 1 -> request("GET", "/?" + signed("", "2020-04-15"), "", null);
        default -> request("DELETE", "/v2/zones/", huaweiHeaders(), null);
      });
    }

    Case next() {
      int i = random.nextInt(categories.size());
      return new Case(names.get(i), categories.get(i).apply(random));
    }

    private void add(String name, Function<Random, byte[]> category) {
      names.add(name);
      categories.add(category);
    }

    /** Alibaba RPC parameters with a well-formed V1 signature (lenient mode checks its shape only). */
    private String signed(String action, String version) {
      byte[] signature = new byte[20];
      random.nextBytes(signature);
      return "Action=" + action + "&Version=" + version + "&RegionId=cn-hangzhou&Format=JSON&AccessKeyId=" + Sdks.ALIBABA_AK
          + "&SignatureMethod=HMAC-SHA1&SignatureVersion=1.0&SignatureNonce=fuzz" + (nonce++)
          + "&Timestamp=" + Instant.now().truncatedTo(ChronoUnit.SECONDS) + "&Signature=" + enc(Base64.getEncoder().encodeToString(signature));
    }

    private static String huaweiHeaders() {
      return "X-Auth-Token: fuzz-token\r\n";
    }

    /** A request with Host and Connection: close; a body gets a Content-Length unless framing is given. */
    private byte[] request(String method, String target, String headers, String body) {
      StringBuilder head = new StringBuilder(method).append(' ').append(target).append(" HTTP/1.1\r\nHost: ").append(host).append("\r\n");
      head.append(headers);
      byte[] content = body == null ? new byte[0] : bytes(body);
      String lower = headers.toLowerCase();
      if (body != null && !lower.contains("content-length") && !lower.contains("transfer-encoding")) {
        head.append("Content-Length: ").append(content.length).append("\r\n");
      }
      head.append("Connection: close\r\n\r\n");
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      out.writeBytes(bytes(head.toString()));
      out.writeBytes(content);
      return out.toByteArray();
    }

    /** Text to bytes one char per byte, so generators can write raw non-UTF-8 bytes. */
    private static byte[] bytes(String text) {
      return text.getBytes(StandardCharsets.ISO_8859_1);
    }

    private static String enc(String text) {
      return java.net.URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    @SafeVarargs
    private static <T> T pick(Random r, T... choices) {
      return choices[r.nextInt(choices.length)];
    }
  }
}
