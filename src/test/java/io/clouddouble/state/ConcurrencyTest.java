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
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * 32 threads released at once against the demo endpoint: half disable the same zone, half change
 * its security groups. Every call must get success or a documented error, exactly one call of each
 * kind may win, and the state must show exactly one transition of each kind.
 */
class ConcurrencyTest extends PrivateLinkTestBase {
  static final int THREADS = 32;
  static final int ITERATIONS = 20;
  static final Set<String> DISABLE_LOSERS = Set.of("IncorrectStatus.VpcEndpointZone");
  static final Set<String> CHANGE_LOSERS = Set.of("EndpointOperationDenied");

  @Test
  void concurrentWritesNeverLoseOrDoubleATransition() throws Exception {
    List<com.aliyun.teaopenapi.Client> clients = new ArrayList<>();
    for (int i = 0; i < THREADS; i++) {
      clients.add(Sdks.tea(fake));
    }
    Map<String, AtomicInteger> outcomes = new ConcurrentHashMap<>();
    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    try {
      for (int iteration = 0; iteration < ITERATIONS; iteration++) {
        pl.reset();
        // Only the clock the test advances moves transitions on, however slow the machine.
        given().body("{\"name\":\"*\",\"progression\":\"after\",\"duration\":\"1m\"}")
            .post(pl.admin() + "/transitions").then().statusCode(200);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<String>> calls = new ArrayList<>();
        for (int t = 0; t < THREADS; t++) {
          com.aliyun.teaopenapi.Client client = clients.get(t);
          int kind = t;
          calls.add(pool.submit(() -> {
            start.await();
            return call(client, kind);
          }));
        }
        start.countDown();
        int disableWins = 0;
        int changeWins = 0;
        String winner = null;
        for (int t = 0; t < THREADS; t++) {
          String outcome = calls.get(t).get(60, TimeUnit.SECONDS);
          outcomes.computeIfAbsent(outcome, k -> new AtomicInteger()).incrementAndGet();
          boolean disable = t % 2 == 0;
          if (outcome.startsWith("OK")) {
            if (disable) {
              disableWins++;
            } else {
              changeWins++;
              winner = outcome;
            }
          } else {
            assertTrue((disable ? DISABLE_LOSERS : CHANGE_LOSERS).contains(outcome), "undocumented outcome " + outcome);
          }
        }
        assertEquals(1, disableWins, "exactly one Disable wins");
        assertEquals(1, changeWins, "exactly one security-group change wins");
        assertConsistent(winner);
      }
    } finally {
      pool.shutdownNow();
    }
    int total = outcomes.values().stream().mapToInt(AtomicInteger::get).sum();
    assertEquals(THREADS * ITERATIONS, total);
    System.out.println("ConcurrencyTest: " + THREADS + " threads x " + ITERATIONS + " iterations = " + total + " calls: " + outcomes);
  }

  /** Even threads disable zone h; odd ones detach group 1, detach group 2 or attach group 3. */
  private static String call(com.aliyun.teaopenapi.Client client, int kind) throws Exception {
    Map<String, String> params;
    String action;
    if (kind % 2 == 0) {
      action = "DisableVpcEndpointZoneConnection";
      params = PrivateLinkClient.params("ServiceId", DEMO_SERVICE, "EndpointId", DEMO_ENDPOINT, "ZoneId", "cn-hangzhou-h");
    } else {
      String group = switch (kind % 3) {
        case 0 -> "sg-bp1demo0securitygroup1";
        case 1 -> "sg-bp1demo0securitygroup2";
        default -> "sg-bp1demo0securitygroup3";
      };
      action = group.endsWith("3") ? "AttachSecurityGroupToVpcEndpoint" : "DetachSecurityGroupFromVpcEndpoint";
      params = PrivateLinkClient.params("EndpointId", DEMO_ENDPOINT, "SecurityGroupId", group);
    }
    try {
      Sdks.callTea(client, action, PrivateLinkClient.VERSION, params, null);
      return ("OK " + action + " " + params.getOrDefault("SecurityGroupId", "")).trim();
    } catch (TeaException e) {
      return e.getCode();
    }
  }

  private void assertConsistent(String winner) {
    assertEquals("Disconnecting", pl.zoneStatus(DEMO_ENDPOINT, "cn-hangzhou-h"));
    assertEquals("Pending", pl.endpointAttribute(DEMO_ENDPOINT).get("EndpointStatus"));
    List<Map<String, Object>> pending = given().get(pl.admin() + "/transitions").jsonPath().getList("pending");
    assertEquals(3, pending.size(), "one zone, one group and one endpoint transition: " + pending);
    pl.advance("5m");
    assertEquals("Disconnected", pl.zoneStatus(DEMO_ENDPOINT, "cn-hangzhou-h"));
    assertEquals("Active", pl.endpointAttribute(DEMO_ENDPOINT).get("EndpointStatus"));
    int groups = pl.list("ListVpcEndpointSecurityGroups", "SecurityGroups", "EndpointId", DEMO_ENDPOINT).size();
    assertEquals(winner.contains("Attach") ? 3 : 1, groups, winner);
  }
}
