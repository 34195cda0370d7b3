package io.clouddouble.state;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.huaweicloud.sdk.core.exception.ServiceResponseException;
import com.huaweicloud.sdk.dns.v2.DnsClient;
import com.huaweicloud.sdk.dns.v2.model.AssociateRouterRequest;
import com.huaweicloud.sdk.dns.v2.model.AssociateRouterRequestBody;
import com.huaweicloud.sdk.dns.v2.model.CreatePrivateZoneReq;
import com.huaweicloud.sdk.dns.v2.model.CreatePrivateZoneRequest;
import com.huaweicloud.sdk.dns.v2.model.DeletePrivateZoneRequest;
import com.huaweicloud.sdk.dns.v2.model.Router;
import io.clouddouble.testkit.Sdks;
import io.restassured.path.json.JsonPath;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * kill -9 at a random (seeded) moment while writers create, modify and delete Huawei DNS private
 * zones through the official SDK against the fake in its own process, 20 times. After every
 * restart each acknowledged change is there, nothing unacknowledged appears beyond the one call
 * each writer had in flight, and no change is half applied (every zone has its router).
 */
class CrashRecoveryTest {
  static final long SEED = 16;
  static final int KILLS = 20;
  static final int WRITERS = 3;
  static final Pattern LISTENING = Pattern.compile("listening on (http://[0-9.]+:[0-9]+)");
  @TempDir Path dir;

  /** What one writer (one project) has been told, and what it asked without hearing back. */
  static final class Account {
    final String project;
    final Map<String, Set<String>> routers = new HashMap<>(); // acknowledged zones -> acknowledged routers
    final Map<String, String> maybeRouter = new HashMap<>(); // zone -> router whose association was in flight
    String maybeDeleted; // zone whose deletion was in flight
    boolean maybeCreated;
    volatile long acknowledged;

    Account(int n) {
      this.project = String.format("c0a5e0000000000000000000000000%02d", n);
    }
  }

  @Test
  void everyAcknowledgedChangeSurvivesKillNine() throws Exception {
    Path state = dir.resolve("state.json");
    Random random = new Random(SEED);
    List<Account> accounts = new ArrayList<>();
    for (int w = 0; w < WRITERS; w++) {
      accounts.add(new Account(w));
    }
    long started = System.nanoTime();
    long records = 0;
    long flushes = 0;
    long mutations = 0;
    List<Long> restarts = new ArrayList<>();
    for (int kill = 0; kill <= KILLS; kill++) {
      long starting = System.nanoTime();
      Process fake = start(state);
      try {
        String url = listening(fake);
        restarts.add((System.nanoTime() - starting) / 1_000_000);
        for (Account account : accounts) {
          verify(url, account);
        }
        if (kill == KILLS) {
          break;
        }
        given().contentType("application/json").body("{\"name\":\"*\",\"progression\":\"immediately\"}")
            .post(url + "/__admin/clouddouble/transitions").then().statusCode(200);
        List<CompletableFuture<Void>> writers = new ArrayList<>();
        long seed = random.nextLong();
        for (Account account : accounts) {
          writers.add(CompletableFuture.runAsync(() -> write(url, account, new Random(seed + account.project.hashCode()))));
        }
        // A random moment, once every writer has had at least one change acknowledged in this run.
        Map<Account, Long> before = new HashMap<>();
        accounts.forEach(a -> before.put(a, a.acknowledged));
        Thread.sleep(100 + random.nextInt(400));
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (accounts.stream().anyMatch(a -> a.acknowledged == before.get(a)) && System.nanoTime() < deadline) {
          Thread.sleep(5);
        }
        JsonPath statistics = JsonPath.from(given().get(url + "/__admin/clouddouble/durability").asString());
        records += statistics.getLong("records");
        flushes += statistics.getLong("flushes");
        fake.destroyForcibly(); // SIGKILL: no shutdown hook, no last snapshot
        fake.waitFor(10, TimeUnit.SECONDS);
        for (CompletableFuture<Void> writer : writers) {
          writer.get(30, TimeUnit.SECONDS);
        }
      } finally {
        fake.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
      }
    }
    for (Account account : accounts) {
      mutations += account.acknowledged;
    }
    restarts.sort(null);
    System.out.printf("crash test: %d kill -9s, %d acknowledged mutations by %d writers, none lost; "
            + "%d journal records in %d fsyncs; start to listening median %d ms; %.1f s in all%n",
        KILLS, mutations, WRITERS, records, flushes, restarts.get(restarts.size() / 2), (System.nanoTime() - started) / 1e9);
    assertTrue(mutations >= KILLS * WRITERS, "every writer got work done in every run: " + mutations);
    assertTrue(Files.size(state) > 0);
  }

  /** Creates zones, associates routers and deletes zones until the fake dies under it. */
  private static void write(String url, Account account, Random random) {
    DnsClient dns = Sdks.huawei(url, "CrashWriterKey" + account.project.substring(30), "crash-writer-secret", account.project);
    for (int n = 0; ; n++) {
      List<String> live = account.routers.keySet().stream().sorted().toList();
      // Creates outnumber deletes; a project holds at most 50 private zones (DNS.0404 past that).
      int choice = live.isEmpty() ? 0 : live.size() >= 40 ? 3 : random.nextInt(4);
      try {
        if (choice <= 1) {
          account.maybeCreated = true;
          String router = java.util.UUID.randomUUID().toString();
          String zone = dns.createPrivateZone(new CreatePrivateZoneRequest().withBody(new CreatePrivateZoneReq()
              .withName("w" + n + "-" + Long.toHexString(random.nextLong()) + ".example.com.").withZoneType("private")
              .withRouter(new Router().withRouterId(router)))).getId();
          account.routers.put(zone, new HashSet<>(Set.of(router)));
          account.maybeCreated = false;
        } else if (choice == 2) {
          String zone = live.get(random.nextInt(live.size()));
          String router = java.util.UUID.randomUUID().toString();
          account.maybeRouter.put(zone, router);
          dns.associateRouter(new AssociateRouterRequest().withZoneId(zone)
              .withBody(new AssociateRouterRequestBody().withRouter(new Router().withRouterId(router))));
          account.routers.get(zone).add(router);
          account.maybeRouter.remove(zone);
        } else {
          String zone = live.get(random.nextInt(live.size()));
          account.maybeDeleted = zone;
          dns.deletePrivateZone(new DeletePrivateZoneRequest().withZoneId(zone));
          account.routers.remove(zone);
          account.maybeDeleted = null;
        }
        account.acknowledged++;
      } catch (ServiceResponseException answered) {
        throw new AssertionError("the fake refused a valid call: " + answered, answered);
      } catch (RuntimeException connectionLost) {
        return; // killed: the call in flight may or may not have been applied
      }
    }
  }

  /** Compares the restarted fake's state of one project with what its writer was told, then adopts it. */
  private static void verify(String url, Account account) {
    JsonPath state = JsonPath.from(given().queryParam("cloud", "huawei").queryParam("account", account.project)
        .get(url + "/__admin/clouddouble/state").then().statusCode(200).extract().asString());
    Map<String, Map<String, List<Map<String, Object>>>> regions = state.getMap("accounts[0].regions");
    Map<String, Set<String>> found = new HashMap<>();
    List<Map<String, Object>> routerList = new ArrayList<>();
    for (Map<String, List<Map<String, Object>>> types : regions == null ? List.<Map<String, List<Map<String, Object>>>>of() : regions.values()) {
      types.getOrDefault("PrivateZone", List.of()).forEach(zone -> found.put((String) zone.get("id"), new HashSet<>()));
      routerList.addAll(types.getOrDefault("ZoneRouter", List.of()));
    }
    for (Map<String, Object> router : routerList) {
      Set<String> of = found.get((String) router.get("zone_id"));
      if (of != null) {
        of.add((String) router.get("router_id"));
      }
    }
    for (Map.Entry<String, Set<String>> zone : account.routers.entrySet()) {
      String id = zone.getKey();
      if (id.equals(account.maybeDeleted) && !found.containsKey(id)) {
        continue;
      }
      assertTrue(found.containsKey(id), "acknowledged zone " + id + " is lost");
      Set<String> expected = new HashSet<>(zone.getValue());
      Set<String> actual = found.get(id);
      assertTrue(actual.containsAll(expected), "zone " + id + " lost an acknowledged router: " + expected + " vs " + actual);
      if (account.maybeRouter.containsKey(id)) {
        expected.add(account.maybeRouter.get(id));
      }
      assertTrue(expected.containsAll(actual), "zone " + id + " has a router nobody asked for: " + actual);
    }
    Set<String> unknown = new HashSet<>(found.keySet());
    unknown.removeAll(account.routers.keySet());
    assertTrue(unknown.size() <= (account.maybeCreated ? 1 : 0), "zones nobody created: " + unknown);
    found.forEach((zone, routers) -> assertEquals(false, routers.isEmpty(), "zone " + zone + " without its router: half applied"));
    // What the restart shows is now what the writer knows.
    account.routers.clear();
    account.routers.putAll(found);
    account.maybeRouter.clear();
    account.maybeDeleted = null;
    account.maybeCreated = false;
  }

  private static Process start(Path state) throws Exception {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    return new ProcessBuilder(java, "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-cp", System.getProperty("java.class.path"),
        "io.clouddouble.Main", "--port", "0", "--no-demo", "--state-file", state.toString())
        .redirectErrorStream(true)
        .start();
  }

  /** The fake's base URL from its start line; its output is drained so it never blocks. */
  private static String listening(Process fake) throws Exception {
    CompletableFuture<String> url = new CompletableFuture<>();
    StringBuilder output = new StringBuilder();
    Thread drain = new Thread(() -> {
      try (BufferedReader lines = new BufferedReader(new InputStreamReader(fake.getInputStream(), StandardCharsets.UTF_8))) {
        for (String line; (line = lines.readLine()) != null; ) {
          synchronized (output) {
            output.append(line).append('\n');
          }
          Matcher m = LISTENING.matcher(line);
          if (m.find()) {
            url.complete(m.group(1));
          }
        }
      } catch (java.io.IOException ignored) {
        // the process was killed
      }
      synchronized (output) {
        url.completeExceptionally(new AssertionError("the fake did not start:\n" + output));
      }
    });
    drain.setDaemon(true);
    drain.start();
    return url.get(60, TimeUnit.SECONDS);
  }
}
