package io.clouddouble.protocol;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.clouddouble.CloudDouble;
import io.clouddouble.Settings;
import io.clouddouble.testkit.Sdks;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Slow or abusive clients cost nobody else: connections that dribble their headers hold no request
 * thread and are cut off at the header deadline, and connections past the bound are refused in JSON
 * at once rather than left waiting unseen.
 */
class SlowClientTest {
  private static final int SLOW_CONNECTIONS = 256;
  private static final int WARM_UP = 50;
  private static final int SAMPLES = 200;
  private static final long P99_BOUND_MS = 100;

  /** The one latency bound issue 16 asks for: p99 of valid calls while 256 connections dribble headers. */
  @Test
  void validCallsKeepTheirLatencyWhileManyConnectionsDribbleHeaders() throws Exception {
    try (CloudDouble fake = CloudDouble.start(Settings.defaults().withPort(0))) {
      com.aliyun.teaopenapi.Client sdk = Sdks.tea(fake);
      for (int i = 0; i < WARM_UP; i++) {
        call(sdk);
      }
      long[] quiet = latencies(sdk);

      List<Socket> slow = new ArrayList<>();
      ScheduledExecutorService dribbler = Executors.newSingleThreadScheduledExecutor();
      try {
        for (int i = 0; i < SLOW_CONNECTIONS; i++) {
          Socket socket = new Socket(fake.settings().bind(), fake.port());
          socket.getOutputStream().write(ascii("GET /?Action=ListVpcEndpoints&Version=2020-04-15 HTTP/1.1\r\nHost: x\r\nX-Slow: "));
          slow.add(socket);
        }
        // One more header byte on every slow connection every 100 ms: never idle, never complete.
        dribbler.scheduleAtFixedRate(() -> slow.forEach(s -> write(s, "a")), 0, 100, TimeUnit.MILLISECONDS);
        long[] loaded = latencies(sdk);
        System.out.printf(
            "SlowClientTest: %d samples; quiet p50 %d ms, p99 %d ms; with %d connections dribbling headers p50 %d ms, p99 %d ms%n",
            SAMPLES, percentile(quiet, 50), percentile(quiet, 99), SLOW_CONNECTIONS, percentile(loaded, 50), percentile(loaded, 99));
        assertTrue(percentile(loaded, 99) < P99_BOUND_MS, "p99 " + percentile(loaded, 99) + " ms");
      } finally {
        dribbler.shutdownNow();
        for (Socket s : slow) {
          s.close();
        }
      }
    }
  }

  /** Headers still incomplete at the deadline: a 408 in the fallback JSON shape, then the close. */
  @Test
  void headersNotCompleteWithinTheHeaderTimeoutAre408() throws Exception {
    try (CloudDouble fake = CloudDouble.start(Settings.defaults().withPort(0));
        Socket socket = new Socket(fake.settings().bind(), fake.port())) {
      socket.setSoTimeout((int) (3 * ProviderHttpServerFactory.HEADER_TIMEOUT_MS));
      long started = System.nanoTime();
      socket.getOutputStream().write(ascii("GET /?Action=ListVpcEndpoints HTTP/1.1\r\nHost: x\r\nX-Slow: a"));
      WireAnswer answer = RawHttp.parse(socket.getInputStream().readAllBytes());
      long waitedMs = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
      answer.assertAlibabaError(408, "InvalidParameter");
      assertTrue(answer.json().get("Message").asText().contains("headers"), answer.body());
      assertTrue(waitedMs >= ProviderHttpServerFactory.HEADER_TIMEOUT_MS - 500, "answered after " + waitedMs + " ms");
    }
  }

  /** Past the connection bound a new connection gets Alibaba's flow-control error at once, in JSON. */
  @Test
  void connectionsPastTheBoundAreRefusedInJson() throws Exception {
    try (CloudDouble fake = CloudDouble.start(Settings.defaults().withPort(0))) {
      List<Socket> held = new ArrayList<>();
      try {
        for (int i = 0; i < ProviderHttpServerFactory.MAX_CONNECTIONS; i++) {
          held.add(new Socket(fake.settings().bind(), fake.port()));
        }
        // Jetty accepts asynchronously: probe until it has registered the held connections. A
        // probe it still serves is answered and closed, so it never counts towards the bound.
        WireAnswer refusal = null;
        for (int attempt = 0; attempt < 100 && refusal == null; attempt++) {
          WireAnswer answer = new RawHttp(fake).socket("GET / HTTP/1.1\r\nHost: x");
          if (answer.body().contains("Throttling.User")) {
            refusal = answer;
          }
        }
        assertTrue(refusal != null, "no refusal past " + ProviderHttpServerFactory.MAX_CONNECTIONS + " connections");
        refusal.assertAlibabaError(400, "Throttling.User");
      } finally {
        for (Socket s : held) {
          s.close();
        }
      }
      assertEquals(400, new RawHttp(fake).get("/").status(), "served again once the connections closed");
    }
  }

  private static long[] latencies(com.aliyun.teaopenapi.Client sdk) throws Exception {
    long[] millis = new long[SAMPLES];
    for (int i = 0; i < SAMPLES; i++) {
      long started = System.nanoTime();
      call(sdk);
      millis[i] = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
    }
    Arrays.sort(millis);
    return millis;
  }

  private static void call(com.aliyun.teaopenapi.Client sdk) throws Exception {
    Map<String, ?> response =
        Sdks.callTea(
            sdk, "ListVpcEndpointZones", "2020-04-15", Map.of("RegionId", "cn-hangzhou", "EndpointId", "ep-bp1demo0endpoint000001"), null);
    assertEquals(200, response.get("statusCode"));
  }

  private static long percentile(long[] sorted, int p) {
    return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1)];
  }

  private static byte[] ascii(String text) {
    return text.getBytes(StandardCharsets.US_ASCII);
  }

  private static void write(Socket socket, String text) {
    try {
      OutputStream out = socket.getOutputStream();
      out.write(ascii(text));
      out.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
