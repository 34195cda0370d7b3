package io.clouddouble.state;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

/**
 * A NextToken walk of ListVpcEndpointServices (3 a page) while other threads create and delete
 * services returns every service that existed throughout exactly once: no gap, no duplicate.
 */
class PrivateLinkConcurrentListTest extends PrivateLinkTestBase {

  private static String create(PrivateLinkClient client) {
    return (String) client.call("CreateVpcEndpointService", "Resource.1.ResourceType", "slb",
        "Resource.1.ResourceId", "lb-bp1test0walk", "Resource.1.ZoneId", "cn-hangzhou-h").get("ServiceId");
  }

  private static void delete(PrivateLinkClient client, String service) {
    client.call("DeleteVpcEndpointService", "ServiceId", service);
  }

  @SuppressWarnings("unchecked")
  private static List<String> walk(PrivateLinkClient client, java.util.function.Consumer<List<String>> betweenPages) {
    List<String> seen = new ArrayList<>();
    String token = null;
    do {
      Map<String, Object> page = token == null
          ? client.call("ListVpcEndpointServices", "MaxResults", "3")
          : client.call("ListVpcEndpointServices", "MaxResults", "3", "NextToken", token);
      ((List<Map<String, Object>>) page.get("Services")).forEach(s -> seen.add((String) s.get("ServiceId")));
      token = (String) page.get("NextToken");
      betweenPages.accept(seen);
    } while (token != null);
    return seen;
  }

  private static void assertExactlyOnce(List<String> stable, List<String> seen) {
    assertEquals(seen.size(), new HashSet<>(seen).size(), "no service twice: " + seen);
    Set<String> missing = new HashSet<>(stable);
    missing.removeAll(seen);
    assertEquals(Set.of(), missing, "every service that existed throughout");
  }

  @Test
  void churnBetweenEveryPageFromAnotherThread() throws Exception {
    List<String> stable = new ArrayList<>();
    List<String> churn = new ArrayList<>();
    for (int i = 0; i < 12; i++) {
      stable.add(create(pl));
      churn.add(create(pl));
    }
    pl.advance("5s");
    ExecutorService other = Executors.newSingleThreadExecutor();
    try {
      PrivateLinkClient otherClient = new PrivateLinkClient(fake);
      List<String> seen = walk(pl, returned -> {
        try {
          other.submit(() -> {
            // delete a churn service the walk already returned (an offset would now skip one) and create one
            churn.stream().filter(returned::contains).findFirst().ifPresent(gone -> {
              churn.remove(gone);
              delete(otherClient, gone);
            });
            create(otherClient);
            otherClient.advance("5s"); // the deleted one is gone, the new one Active
            return null;
          }).get();
        } catch (Exception e) {
          throw new AssertionError(e);
        }
      });
      assertExactlyOnce(stable, seen);
    } finally {
      other.shutdownNow();
    }
  }

  @Test
  void freeRunningCreatorsAndDeleters() throws Exception {
    List<String> stable = new ArrayList<>();
    List<String> churn = java.util.Collections.synchronizedList(new ArrayList<>());
    for (int i = 0; i < 15; i++) {
      stable.add(create(pl));
      churn.add(create(pl));
    }
    pl.advance("5s");
    AtomicBoolean done = new AtomicBoolean();
    ExecutorService others = Executors.newFixedThreadPool(2);
    try {
      Future<Integer> creator = others.submit(() -> {
        PrivateLinkClient c = new PrivateLinkClient(fake);
        int n = 0;
        while (!done.get()) {
          create(c);
          c.advance("3s");
          n++;
        }
        return n;
      });
      Future<Integer> deleter = others.submit(() -> {
        PrivateLinkClient c = new PrivateLinkClient(fake);
        int n = 0;
        while (!done.get() && !churn.isEmpty()) {
          delete(c, churn.remove(0));
          c.advance("3s");
          n++;
        }
        return n;
      });
      List<String> seen = new ArrayList<>();
      for (int round = 0; round < 3; round++) {
        seen = walk(pl, returned -> { });
        assertExactlyOnce(stable, seen);
      }
      done.set(true);
      assertTrue(creator.get() + deleter.get() >= 0);
    } finally {
      done.set(true);
      others.shutdownNow();
    }
  }
}
