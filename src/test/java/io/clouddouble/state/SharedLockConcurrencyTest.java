package io.clouddouble.state;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.aliyun.tea.TeaException;
import io.clouddouble.testkit.Sdks;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * 64 threads through the official Tea SDK at once, reads (which share the state lock) mixed with
 * real writes (which hold it alone) on shared resources: a quarter disable one zone (one may win),
 * a quarter create a VPC access under one shared name (one may win), a quarter create one each
 * under their own names (all win), a quarter read the zone, the endpoint and a DryRun of the
 * disable. No write may be lost or doubled, and no read may see anything but a whole state. The
 * transitions are manual, so the machine's speed cannot move a resource on mid-round.
 */
class SharedLockConcurrencyTest extends PrivateLinkTestBase {
  static final int THREADS = 64;
  static final int ROUNDS = 3;
  static final String CLOUDAPI = "2016-07-14";
  static final String ZONE = "cn-hangzhou-h";

  @Test
  void readsShareTheLockWhileWritesStayAtomic() throws Exception {
    List<com.aliyun.teaopenapi.Client> clients = new ArrayList<>();
    for (int i = 0; i < THREADS; i++) {
      clients.add(Sdks.tea(fake));
    }
    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    try {
      for (int round = 0; round < ROUNDS; round++) {
        pl.reset();
        given().body("{\"name\":\"*\",\"progression\":\"manual\"}").post(pl.admin() + "/transitions").then().statusCode(200);
        int accessesBefore = vpcAccesses();
        CountDownLatch start = new CountDownLatch(1);
        List<Future<String>> calls = new ArrayList<>();
        for (int t = 0; t < THREADS; t++) {
          com.aliyun.teaopenapi.Client client = clients.get(t);
          int thread = t;
          int r = round;
          calls.add(pool.submit(() -> {
            start.await();
            return call(client, thread, r);
          }));
        }
        start.countDown();
        int[] wins = new int[4];
        for (int t = 0; t < THREADS; t++) {
          String outcome = calls.get(t).get(120, TimeUnit.SECONDS);
          assertTrue(allowed(t % 4).contains(outcome), "thread " + t + " (kind " + t % 4 + "): " + outcome);
          if (outcome.equals("OK")) {
            wins[t % 4]++;
          }
        }
        assertEquals(1, wins[0], "exactly one Disable of the zone wins");
        assertEquals(1, wins[1], "exactly one VPC access gets the shared name");
        assertEquals(THREADS / 4, wins[2], "every VPC access under its own name is created");
        assertEquals(accessesBefore + 1 + THREADS / 4, vpcAccesses(), "no creation lost or doubled");
        List<Map<String, Object>> pending = given().get(pl.admin() + "/transitions").jsonPath().getList("pending");
        assertEquals(1, pending.size(), "one zone transition, started once: " + pending);
        assertEquals("Disconnecting", pl.zoneStatus(DEMO_ENDPOINT, ZONE));
        given().body("{\"name\":\"*\",\"progression\":\"immediately\"}").post(pl.admin() + "/transitions").then().statusCode(200);
        assertEquals("Disconnected", pl.zoneStatus(DEMO_ENDPOINT, ZONE));
      }
    } finally {
      pool.shutdownNow();
    }
  }

  /** What each kind of thread may be answered: its success, or the documented error of a loser. */
  private static Set<String> allowed(int kind) {
    return switch (kind) {
      case 0 -> Set.of("OK", "IncorrectStatus.VpcEndpointZone");
      case 1 -> Set.of("OK", "InvalidParameter");
      case 2 -> Set.of("OK");
      // A reader sees the zone before or after the one Disable, never half of it nor going back.
      default -> Set.of("Connected DryRunOperation", "Connected IncorrectStatus.VpcEndpointZone",
          "Disconnecting IncorrectStatus.VpcEndpointZone");
    };
  }

  private static String call(com.aliyun.teaopenapi.Client client, int thread, int round) throws Exception {
    Map<String, String> disable =
        PrivateLinkClient.params("ServiceId", DEMO_SERVICE, "EndpointId", DEMO_ENDPOINT, "ZoneId", ZONE);
    try {
      switch (thread % 4) {
        case 0 -> Sdks.callTea(client, "DisableVpcEndpointZoneConnection", PrivateLinkClient.VERSION, disable, null);
        case 1 -> Sdks.callTea(client, "SetVpcAccess", CLOUDAPI, access("shared-" + round, "i-shared" + round), null);
        case 2 -> Sdks.callTea(client, "SetVpcAccess", CLOUDAPI,
            access("own-" + round + "-" + thread, "i-own" + round + "x" + thread), null);
        default -> {
          return readZone(client) + " " + dryRun(client, disable);
        }
      }
      return "OK";
    } catch (TeaException e) {
      return e.getCode();
    }
  }

  /** The zone's status as read by the DryRun's caller, then the DryRun's error code (it always fails). */
  @SuppressWarnings("unchecked")
  private static String readZone(com.aliyun.teaopenapi.Client client) throws Exception {
    Map<String, ?> body = (Map<String, ?>) Sdks.callTea(client, "ListVpcEndpointZones", PrivateLinkClient.VERSION,
        PrivateLinkClient.params("EndpointId", DEMO_ENDPOINT), null).get("body");
    return ((List<Map<String, Object>>) body.get("Zones")).stream()
        .filter(z -> ZONE.equals(z.get("ZoneId"))).map(z -> (String) z.get("ZoneStatus")).findFirst().orElseThrow();
  }

  private static String dryRun(com.aliyun.teaopenapi.Client client, Map<String, String> disable) throws Exception {
    Map<String, String> params = new java.util.LinkedHashMap<>(disable);
    params.put("DryRun", "true");
    try {
      Sdks.callTea(client, "DisableVpcEndpointZoneConnection", PrivateLinkClient.VERSION, params, null);
      return "no error";
    } catch (TeaException e) {
      return e.getCode();
    }
  }

  private static Map<String, String> access(String name, String instance) {
    return Map.of("RegionId", "cn-hangzhou", "Name", name, "VpcId", "vpc-bp1shared0vpc", "InstanceId", instance, "Port", "80");
  }

  @SuppressWarnings("unchecked")
  private int vpcAccesses() {
    List<Map<String, Object>> accounts =
        given().get(pl.admin() + "/state?cloud=alibaba&type=VpcAccess").jsonPath().getList("accounts");
    return accounts.stream()
        .map(a -> (Map<String, Map<String, List<?>>>) a.get("regions"))
        .mapToInt(regions -> regions.values().stream().mapToInt(r -> r.getOrDefault("VpcAccess", List.of()).size()).sum())
        .sum();
  }
}
