package io.clouddouble.bench;

import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.clouddouble.CloudDouble;
import io.clouddouble.Settings;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Throughput, latency and heap of clouddouble against a baseline measured in the same run: plain
 * WireMock (journal off, as clouddouble runs it) answering one static JSON stub. Figures are printed
 * as ratios to the baseline because these machines are shared and absolute numbers drift.
 *
 * <p>Loopback only; every loop is bounded by time and the benchmark stops by itself.
 * Usage: {@code scripts/bench [seconds-per-case] [threads]}.
 */
public final class ThroughputBenchmark {
  private static final String AUTH_V3 =
      "ACS3-HMAC-SHA256 Credential=testAccessKeyId,SignedHeaders=host;x-acs-action;x-acs-content-sha256;"
          + "x-acs-date;x-acs-signature-nonce;x-acs-version,Signature=" + "0".repeat(64);

  private record Case(String name, HttpRequest request, int expectedStatus) {}

  private record Result(String name, double perSecond, double p50Millis, double p99Millis, long heapMiB, long errors) {}

  public static void main(String[] args) throws Exception {
    int seconds = args.length > 0 ? Integer.parseInt(args[0]) : 5;
    int threads = args.length > 1 ? Integer.parseInt(args[1]) : 8;
    HttpClient client =
        HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();
    WireMockServer baseline =
        new WireMockServer(options().bindAddress("127.0.0.1").dynamicPort().disableRequestJournal().jettyAcceptors(1));
    baseline.start();
    baseline.stubFor(any(anyUrl()).willReturn(okJson("{\"RequestId\":\"0ED8D006-F706-4D23-88ED-E11ED28DCAC0\"}")));
    List<Result> results = new ArrayList<>();
    try (CloudDouble fake = CloudDouble.start(Settings.defaults().withPort(0))) {
      String base = fake.baseUrl() + "/";
      Case baselineCase = new Case("baseline: plain WireMock, static stub",
          get("http://127.0.0.1:" + baseline.port() + "/?Action=Any"), 200);
      List<Case> cases = List.of(
          baselineCase,
          new Case("gateway: unknown action (parse, signature check, routing)",
              alibaba(base, "DescribeNothing", "2020-04-15", "RegionId=cn-hangzhou"), 404),
          new Case("validation error: missing EndpointId",
              alibaba(base, "GetVpcEndpointAttribute", "2020-04-15", "RegionId=cn-hangzhou"), 400),
          new Case("stateful read: GetVpcEndpointAttribute (demo endpoint)",
              alibaba(base, "GetVpcEndpointAttribute", "2020-04-15", "RegionId=cn-hangzhou&EndpointId=ep-bp1demo0endpoint000001"), 200),
          new Case("stateful list: ListVpcEndpointZones (demo endpoint)",
              alibaba(base, "ListVpcEndpointZones", "2020-04-15", "RegionId=cn-hangzhou&EndpointId=ep-bp1demo0endpoint000001"), 200),
          new Case("write, DryRun: DisableVpcEndpointZoneConnection (every check, no change)",
              alibaba(base, "DisableVpcEndpointZoneConnection", "2020-04-15",
                  "RegionId=cn-hangzhou&ServiceId=epsrv-bp1demo0service0000001&EndpointId=ep-bp1demo0endpoint000001"
                      + "&ZoneId=cn-hangzhou-h&DryRun=true"), 400));
      // Warm every path first (JIT, connection pool), then measure; the baseline runs first and last
      // and the ratios use their mean, so drift during the run shows as a gap between the two.
      for (Case c : cases) {
        measure(client, c, seconds, threads);
      }
      for (Case c : cases) {
        results.add(run(client, c, seconds, threads));
      }
      Result again = run(client, baselineCase, seconds, threads);
      results.add(new Result(again.name() + " (again, last)", again.perSecond(), again.p50Millis(),
          again.p99Millis(), again.heapMiB(), again.errors()));
    } finally {
      baseline.stop();
    }
    print(results, seconds, threads);
  }

  private static HttpRequest get(String url) {
    return HttpRequest.newBuilder(URI.create(url)).GET().build();
  }

  /** A V3-shaped request as the Tea SDK sends it; lenient mode accepts any well-formed signature. */
  private static HttpRequest alibaba(String base, String action, String version, String query) {
    return HttpRequest.newBuilder(URI.create(base + "?" + query))
        .header("x-acs-action", action)
        .header("x-acs-version", version)
        .header("x-acs-date", "2026-01-01T00:00:00Z")
        .header("x-acs-signature-nonce", "0123456789abcdef0123456789abcdef")
        .header("x-acs-content-sha256", "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
        .header("Authorization", AUTH_V3)
        .POST(HttpRequest.BodyPublishers.noBody())
        .build();
  }

  private static Result run(HttpClient client, Case benchCase, int seconds, int threads) throws InterruptedException {
    System.gc();
    long heapBefore = heapUsed();
    Result result = measure(client, benchCase, seconds, threads);
    System.gc();
    long heapAfter = heapUsed();
    return new Result(result.name, result.perSecond, result.p50Millis, result.p99Millis,
        (heapAfter - heapBefore) / (1024 * 1024), result.errors);
  }

  private static Result measure(HttpClient client, Case benchCase, int seconds, int threads) throws InterruptedException {
    long deadline = System.nanoTime() + Duration.ofSeconds(seconds).toNanos();
    AtomicLong count = new AtomicLong();
    AtomicLong errors = new AtomicLong();
    List<long[]> latencies = new ArrayList<>();
    CountDownLatch done = new CountDownLatch(threads);
    for (int t = 0; t < threads; t++) {
      long[] mine = new long[2_000_000];
      latencies.add(mine);
      Thread worker = new Thread(() -> {
        int n = 0;
        try {
          while (System.nanoTime() < deadline && n < mine.length) {
            long start = System.nanoTime();
            HttpResponse<String> response = client.send(benchCase.request, HttpResponse.BodyHandlers.ofString());
            mine[n++] = System.nanoTime() - start;
            if (response.statusCode() != benchCase.expectedStatus) {
              errors.incrementAndGet();
            }
          }
        } catch (Exception e) {
          errors.incrementAndGet();
        } finally {
          count.addAndGet(n);
          mine[mine.length - 1] = n; // how many of this worker's slots are used
          done.countDown();
        }
      });
      worker.start();
    }
    done.await();
    long[] all = latencies.stream()
        .flatMapToLong(l -> Arrays.stream(l, 0, (int) l[l.length - 1]))
        .sorted().toArray();
    double p50 = all.length == 0 ? 0 : all[all.length / 2] / 1e6;
    double p99 = all.length == 0 ? 0 : all[(int) (all.length * 0.99)] / 1e6;
    return new Result(benchCase.name, count.get() / (double) seconds, p50, p99, 0, errors.get());
  }

  private static long heapUsed() {
    return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
  }

  private static void print(List<Result> results, int seconds, int threads) {
    double base = (results.get(0).perSecond + results.get(results.size() - 1).perSecond) / 2;
    System.out.printf("%n%d threads, %d s per case after a warm-up, one JVM (client and server share the cores)%n%n", threads, seconds);
    System.out.println("x base: throughput over the mean of the two baseline runs; heap: growth over the measured run, after GC");
    System.out.printf("%-75s %10s %8s %8s %8s %9s %7s%n", "case", "req/s", "x base", "p50 ms", "p99 ms", "heap MiB", "errors");
    for (Result r : results) {
      System.out.printf("%-75s %10.0f %8.2f %8.2f %8.2f %9d %7d%n", r.name, r.perSecond,
          r.perSecond / base, r.p50Millis, r.p99Millis, r.heapMiB, r.errors);
    }
  }
}
