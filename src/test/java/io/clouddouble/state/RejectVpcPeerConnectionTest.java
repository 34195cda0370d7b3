package io.clouddouble.state;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.aliyun.tea.TeaException;
import com.aliyuncs.CommonResponse;
import com.aliyuncs.exceptions.ClientException;
import io.clouddouble.testkit.Sdks;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** The seed operation: lifecycle, every documented error from real state, DryRun, ClientToken, concurrency. */
class RejectVpcPeerConnectionTest extends VpcPeerTestBase {

  @Test
  void lifecycleFromRequestToRejected() {
    String id = request();
    Map<String, Object> creating = attribute(owner, id);
    assertEquals("Creating", creating.get("Status"));
    assertNull(creating.get("GmtExpired"));
    // Rejecting before the request reached the accepter is refused.
    assertEquals("IncorrectStatus.VpcPeer", peer.fails("RejectVpcPeerConnection", "InstanceId", id).getCode());

    peer.advance("3s");
    Map<String, Object> accepting = attribute(peer, id);
    assertEquals("Accepting", accepting.get("Status"));
    assertNotNull(accepting.get("GmtExpired"));
    assertEquals(Long.parseLong(OWNER), ((Number) accepting.get("OwnerId")).longValue());
    assertEquals(Long.parseLong(ACCEPTER), ((Number) accepting.get("AcceptingOwnerUid")).longValue());

    Map<String, Object> answer = peer.call("RejectVpcPeerConnection", "InstanceId", id);
    assertEquals(Map.of("RequestId", answer.get("RequestId")), answer);
    assertEquals("Updating", status(peer, id));
    assertNull(attribute(peer, id).get("GmtExpired"));

    // A second call while the rejection runs is refused, naming the state.
    TeaException concurrent = peer.fails("RejectVpcPeerConnection", "InstanceId", id);
    assertEquals("IncorrectStatus.VpcPeer", concurrent.getCode());
    assertEquals(400, concurrent.getStatusCode());
    assertEquals("The status of " + id + " [Updating] is incorrect.", concurrent.getData().get("Message"));
    assertEquals("IncorrectStatus.VpcPeer", peer.fails("AcceptVpcPeerConnection", "InstanceId", id).getCode());

    peer.advance("3s");
    // Both accounts see the one connection Rejected.
    assertEquals("Rejected", status(peer, id));
    assertEquals("Rejected", status(owner, id));
    assertEquals("Rejected", peer.list("ListVpcPeerConnections", "VpcPeerConnects", "InstanceId", id).get(0).get("Status"));
    assertEquals("Rejected", owner.list("ListVpcPeerConnections", "VpcPeerConnects", "InstanceId", id).get(0).get("Status"));
    TeaException again = peer.fails("RejectVpcPeerConnection", "InstanceId", id);
    assertEquals("The status of " + id + " [Rejected] is incorrect.", again.getData().get("Message"));

    // The owner may delete a rejected request.
    owner.call("DeleteVpcPeerConnection", "InstanceId", id);
    assertEquals("Deleting", status(owner, id));
  }

  @Test
  void unknownAndInvisibleConnectionsAreNotFound() {
    TeaException unknown = peer.fails("RejectVpcPeerConnection", "InstanceId", "pcc-bp1nosuchpeering00");
    assertEquals("ResourceNotFound.InstanceId", unknown.getCode());
    assertEquals(400, unknown.getStatusCode());
    assertEquals("The specified resource of pcc-bp1nosuchpeering00 is not found.", unknown.getData().get("Message"));

    String id = accepting();
    // The requester sees it but only the accepter can reject; a third account does not see it at all.
    assertEquals("ResourceNotFound.InstanceId", owner.fails("RejectVpcPeerConnection", "InstanceId", id).getCode());
    RpcClient stranger = peer.as("strangerAccessKeyId");
    assertEquals("ResourceNotFound.InstanceId", stranger.fails("RejectVpcPeerConnection", "InstanceId", id).getCode());
    assertEquals("ResourceNotFound.InstanceId", stranger.fails("GetVpcPeerConnectionAttribute", "InstanceId", id).getCode());
    assertEquals("Accepting", status(peer, id));
  }

  @Test
  void everyStateButAcceptingIsIncorrect() {
    // Same account: Creating, then Activated; never Accepting.
    String own = (String) peer.call("CreateVpcPeerConnection", "RegionId", "cn-hangzhou", "VpcId", vpc(),
        "AcceptingAliUid", ACCEPTER, "AcceptingRegionId", "cn-hangzhou", "AcceptingVpcId", vpc()).get("InstanceId");
    assertEquals("The status of " + own + " [Creating] is incorrect.",
        peer.fails("RejectVpcPeerConnection", "InstanceId", own).getData().get("Message"));
    peer.advance("3s");
    assertEquals("The status of " + own + " [Activated] is incorrect.",
        peer.fails("RejectVpcPeerConnection", "InstanceId", own).getData().get("Message"));

    // Accepted: Updating, then Activated.
    String accepted = accepting();
    peer.call("AcceptVpcPeerConnection", "InstanceId", accepted);
    assertEquals("IncorrectStatus.VpcPeer", peer.fails("RejectVpcPeerConnection", "InstanceId", accepted).getCode());
    peer.advance("3s");
    assertEquals("Activated", status(peer, accepted));
    assertEquals("IncorrectStatus.VpcPeer", peer.fails("RejectVpcPeerConnection", "InstanceId", accepted).getCode());

    // Deleting, then Deleted.
    String withdrawn = accepting();
    owner.call("DeleteVpcPeerConnection", "InstanceId", withdrawn);
    assertEquals("The status of " + withdrawn + " [Deleting] is incorrect.",
        peer.fails("RejectVpcPeerConnection", "InstanceId", withdrawn).getData().get("Message"));
    peer.advance("4s");
    assertEquals("The status of " + withdrawn + " [Deleted] is incorrect.",
        peer.fails("RejectVpcPeerConnection", "InstanceId", withdrawn).getData().get("Message"));

    // Not accepted within 7 days: Expired, GmtExpired kept.
    String late = accepting();
    peer.advance("P7D");
    Map<String, Object> expired = attribute(peer, late);
    assertEquals("Expired", expired.get("Status"));
    assertNotNull(expired.get("GmtExpired"));
    assertEquals("The status of " + late + " [Expired] is incorrect.",
        peer.fails("RejectVpcPeerConnection", "InstanceId", late).getData().get("Message"));
  }

  @Test
  void dryRunChecksStateAndChangesNothing() {
    String id = accepting();
    TeaException dryRun = peer.fails("RejectVpcPeerConnection", "InstanceId", id, "DryRun", "true");
    assertEquals("DryRunOperation", dryRun.getCode());
    assertEquals(400, dryRun.getStatusCode());
    assertEquals("Request validation has been passed with DryRun flag set.", dryRun.getData().get("Message"));
    assertEquals("Accepting", status(peer, id));
    // A DryRun of an impossible call gets that call's error.
    assertEquals("ResourceNotFound.InstanceId", owner.fails("RejectVpcPeerConnection", "InstanceId", id, "DryRun", "true").getCode());
    peer.call("RejectVpcPeerConnection", "InstanceId", id, "DryRun", "false");
    assertEquals("IncorrectStatus.VpcPeer", peer.fails("RejectVpcPeerConnection", "InstanceId", id, "DryRun", "true").getCode());
  }

  @Test
  void aClientTokenRetryReturnsTheFirstResult() {
    String id = accepting();
    String[] reject = {"InstanceId", id, "ClientToken", "reject-token-1"};
    String first = (String) peer.call("RejectVpcPeerConnection", reject).get("RequestId");
    // The retry succeeds although the connection is no longer Accepting, and changes nothing.
    String retry = (String) peer.call("RejectVpcPeerConnection", reject).get("RequestId");
    assertFalse(first.equals(retry));
    assertEquals("Updating", status(peer, id));
    String other = accepting();
    TeaException mismatch = peer.fails("RejectVpcPeerConnection", "InstanceId", other, "ClientToken", "reject-token-1");
    assertEquals("IdempotentParameterMismatch", mismatch.getCode());
    assertEquals("Accepting", status(peer, other));
  }

  @Test
  void theOldCoreSdkRejectsTheDemoConnection() throws ClientException {
    assertEquals("Accepting", status(peer, DEMO_REJECT));
    CommonResponse response = Sdks.core().getCommonResponse(core("RejectVpcPeerConnection", "InstanceId", DEMO_REJECT));
    assertEquals(200, response.getHttpStatus());
    assertEquals("Updating", status(peer, DEMO_REJECT));
    ClientException again = assertThrows(ClientException.class,
        () -> Sdks.core().getCommonResponse(core("RejectVpcPeerConnection", "InstanceId", DEMO_REJECT)));
    assertEquals("IncorrectStatus.VpcPeer", again.getErrCode());
    assertEquals("The status of " + DEMO_REJECT + " [Updating] is incorrect.", again.getErrMsg());
    ClientException unknown = assertThrows(ClientException.class,
        () -> Sdks.core().getCommonResponse(core("RejectVpcPeerConnection", "InstanceId", "pcc-bp1nosuchpeering00")));
    assertEquals("ResourceNotFound.InstanceId", unknown.getErrCode());
    peer.advance("3s");
    assertEquals("Rejected", status(peer, DEMO_REJECT));
  }

  @Test
  void concurrentRejectsAndAcceptsHaveExactlyOneWinner() throws Exception {
    String id = accepting();
    int threads = 16;
    CountDownLatch start = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Future<String>> outcomes = new ArrayList<>();
      for (int i = 0; i < threads; i++) {
        String action = i % 2 == 0 ? "RejectVpcPeerConnection" : "AcceptVpcPeerConnection";
        RpcClient client = RpcClient.vpcPeer(fake);
        Callable<String> call = () -> {
          start.await();
          try {
            client.call(action, "InstanceId", id);
            return "won:" + action;
          } catch (AssertionError e) {
            return e.getCause() instanceof TeaException t ? t.getCode() : e.getMessage();
          }
        };
        outcomes.add(pool.submit(call));
      }
      start.countDown();
      List<String> results = new ArrayList<>();
      for (Future<String> outcome : outcomes) {
        results.add(outcome.get());
      }
      List<String> winners = results.stream().filter(r -> r.startsWith("won:")).toList();
      assertEquals(1, winners.size(), results.toString());
      assertEquals(threads - 1, results.stream().filter("IncorrectStatus.VpcPeer"::equals).count(), results.toString());
      assertEquals("Updating", status(peer, id));
      peer.advance("3s");
      String expected = winners.get(0).endsWith("RejectVpcPeerConnection") ? "Rejected" : "Activated";
      assertEquals(expected, status(peer, id));
      assertEquals(expected, status(owner, id));
    } finally {
      pool.shutdownNow();
    }
  }
}
