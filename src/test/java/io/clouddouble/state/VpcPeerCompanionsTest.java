package io.clouddouble.state;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.aliyun.tea.TeaException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Create, Accept, Get, List and Delete: their main paths and documented errors, from real state. */
class VpcPeerCompanionsTest extends VpcPeerTestBase {

  @Test
  void sameAccountIntraRegionGoesActivatedWithUnlimitedBandwidth() {
    String a = vpc();
    String b = vpc();
    String id = (String) peer.call("CreateVpcPeerConnection", "RegionId", "cn-hangzhou", "VpcId", a,
        "AcceptingAliUid", ACCEPTER, "AcceptingRegionId", "cn-hangzhou", "AcceptingVpcId", b,
        "Name", "same-account", "Description", "intra region", "ResourceGroupId", "rg-acfmtest0group",
        "Tag.1.Key", "env", "Tag.1.Value", "test").get("InstanceId");
    assertTrue(id.matches("pcc-[0-9a-z]{20}"), id);
    Map<String, Object> creating = attribute(peer, id);
    assertEquals("Creating", creating.get("Status"));
    assertEquals(-1, ((Number) creating.get("Bandwidth")).intValue());
    assertNull(creating.get("LinkType"));
    assertEquals(Map.of("VpcId", a, "Ipv4Cidrs", List.of(), "Ipv6Cidrs", List.of()), creating.get("Vpc"));
    assertEquals(b, ((Map<?, ?>) creating.get("AcceptingVpc")).get("VpcId"));
    assertEquals(List.of(Map.of("Key", "env", "Value", "test")), creating.get("Tags"));
    assertEquals("rg-acfmtest0group", creating.get("ResourceGroupId"));
    assertEquals("Normal", creating.get("BizStatus"));
    peer.advance("3s");
    Map<String, Object> active = attribute(peer, id);
    assertEquals("Activated", active.get("Status"));
    assertNull(active.get("GmtExpired"));
    // Same account: nothing to accept.
    assertEquals("IncorrectStatus.VpcPeer", peer.fails("AcceptVpcPeerConnection", "InstanceId", id).getCode());
    // The same pair of VPCs, either way round, cannot be peered twice.
    TeaException duplicate = peer.fails("CreateVpcPeerConnection", "RegionId", "cn-hangzhou", "VpcId", b,
        "AcceptingAliUid", ACCEPTER, "AcceptingRegionId", "cn-hangzhou", "AcceptingVpcId", a);
    assertEquals("ResourceAlreadyExist.VpcPeer", duplicate.getCode());
    assertEquals("The specified resource of " + id + " already exists.", duplicate.getData().get("Message"));
  }

  @Test
  void crossAccountInterRegionDefaultsTo1024AndGold() {
    String id = request("AcceptingRegionId", "cn-shanghai");
    Map<String, Object> creating = attribute(owner, id);
    assertEquals(1024, ((Number) creating.get("Bandwidth")).intValue());
    assertEquals("Gold", creating.get("LinkType"));
    assertEquals("cn-shanghai", creating.get("AcceptingRegionId"));
    String platinum = request("AcceptingRegionId", "cn-beijing", "LinkType", "Platinum", "Bandwidth", "200");
    assertEquals("Platinum", attribute(owner, platinum).get("LinkType"));
    assertEquals(200, ((Number) attribute(owner, platinum).get("Bandwidth")).intValue());
    TeaException badLink = owner.fails("CreateVpcPeerConnection", "RegionId", "cn-hangzhou", "VpcId", vpc(),
        "AcceptingAliUid", ACCEPTER, "AcceptingRegionId", "cn-beijing", "AcceptingVpcId", vpc(), "LinkType", "Silver");
    assertEquals("InvalidParameter", badLink.getCode());
    assertEquals("The specified parameter \"LinkType\" is not valid.", badLink.getData().get("Message"));
  }

  @Test
  void acceptGoesUpdatingThenActivated() {
    assertEquals("ResourceNotFound.InstanceId", peer.fails("AcceptVpcPeerConnection", "InstanceId", "pcc-bp1nosuchpeering00").getCode());
    String id = accepting();
    assertEquals("ResourceNotFound.InstanceId", owner.fails("AcceptVpcPeerConnection", "InstanceId", id).getCode());
    peer.call("AcceptVpcPeerConnection", "InstanceId", id);
    Map<String, Object> updating = attribute(owner, id);
    assertEquals("Updating", updating.get("Status"));
    assertNull(updating.get("GmtExpired"));
    TeaException twice = peer.fails("AcceptVpcPeerConnection", "InstanceId", id);
    assertEquals("The status of " + id + " [Updating] is incorrect.", twice.getData().get("Message"));
    peer.advance("3s");
    assertEquals("Activated", status(owner, id));
    assertEquals("Activated", status(peer, id));
  }

  @Test
  void acceptRefusesAFinanciallyLockedConnection() {
    peer.merge("""
        {"accounts": [{"cloud": "alibaba", "accessKeyId": "%s", "regions": {"cn-hangzhou": {"VpcPeerConnection": [
          {"InstanceId": "pcc-bp1locked0peering01", "Status": "Accepting", "BizStatus": "FinancialLocked",
           "OwnerId": %s, "AcceptingOwnerUid": %s, "RegionId": "cn-hangzhou", "AcceptingRegionId": "cn-hangzhou",
           "$sharedWith": [{"accessKeyId": "testAccessKeyId", "region": "cn-hangzhou"}]}]}}}]}
        """.formatted(OWNER_KEY, OWNER, ACCEPTER));
    TeaException locked = peer.fails("AcceptVpcPeerConnection", "InstanceId", "pcc-bp1locked0peering01");
    assertEquals("IncorrectBusinessStatus.VpcPeer", locked.getCode());
    assertEquals("Accepting", status(peer, "pcc-bp1locked0peering01"));
  }

  @Test
  void listShowsTheConnectionToBothAccountsWithPagingAndFilters() {
    List<String> ids = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      ids.add(request("Name", "peering-" + i, "Tag.1.Key", "team", "Tag.1.Value", i % 2 == 0 ? "even" : "odd"));
    }
    // The accepter sees its demo connections too; the owner only these five.
    Map<String, Object> all = owner.call("ListVpcPeerConnections");
    assertEquals(5, ((Number) all.get("TotalCount")).intValue());
    assertEquals(20, ((Number) all.get("MaxResults")).intValue());
    assertNull(all.get("NextToken"));
    assertEquals(ids, ids(owner, "ListVpcPeerConnections"));
    assertTrue(ids(peer, "ListVpcPeerConnections").containsAll(ids));

    Map<String, Object> first = owner.call("ListVpcPeerConnections", "MaxResults", "2");
    assertEquals(2, ((List<?>) first.get("VpcPeerConnects")).size());
    assertEquals(5, ((Number) first.get("TotalCount")).intValue());
    List<String> paged = new ArrayList<>();
    String token = null;
    do {
      Map<String, Object> page = token == null ? owner.call("ListVpcPeerConnections", "MaxResults", "2")
          : owner.call("ListVpcPeerConnections", "MaxResults", "2", "NextToken", token);
      ((List<?>) page.get("VpcPeerConnects")).forEach(c -> paged.add((String) ((Map<?, ?>) c).get("InstanceId")));
      token = (String) page.get("NextToken");
    } while (token != null);
    assertEquals(ids, paged);
    assertEquals(100, ((Number) owner.call("ListVpcPeerConnections", "MaxResults", "500").get("MaxResults")).intValue());

    assertEquals(List.of(ids.get(3)), ids(owner, "ListVpcPeerConnections", "Name", "peering-3"));
    assertEquals(List.of(ids.get(1)), ids(peer, "ListVpcPeerConnections", "InstanceId", ids.get(1)));
    assertEquals(List.of(ids.get(1), ids.get(3)), ids(owner, "ListVpcPeerConnections", "Tags.1.Key", "team", "Tags.1.Value", "odd"));
    // VpcId: up to two, comma-joined, matching either end.
    Map<String, Object> a = attribute(owner, ids.get(0));
    Map<String, Object> b = attribute(owner, ids.get(4));
    String requesterVpc = (String) ((Map<?, ?>) a.get("Vpc")).get("VpcId");
    String accepterVpc = (String) ((Map<?, ?>) b.get("AcceptingVpc")).get("VpcId");
    assertEquals(List.of(ids.get(0), ids.get(4)), ids(owner, "ListVpcPeerConnections", "VpcId", requesterVpc + "," + accepterVpc));
    assertEquals(List.of(), ids(owner, "ListVpcPeerConnections", "VpcId", "vpc-bp1nosuchvpc000000"));
  }

  @Test
  void deleteGoesDeletingThenDeletedThenGone() {
    assertEquals("ResourceNotFound.InstanceId", owner.fails("DeleteVpcPeerConnection", "InstanceId", "pcc-bp1nosuchpeering00").getCode());
    String id = accepting();
    peer.call("AcceptVpcPeerConnection", "InstanceId", id);
    assertEquals("The status of " + id + " [Updating] is incorrect.",
        owner.fails("DeleteVpcPeerConnection", "InstanceId", id).getData().get("Message"));
    peer.advance("3s");
    // Either side may delete an active connection.
    peer.call("DeleteVpcPeerConnection", "InstanceId", id, "Force", "true");
    assertEquals("Deleting", status(owner, id));
    assertEquals("IncorrectStatus.VpcPeer", owner.fails("DeleteVpcPeerConnection", "InstanceId", id).getCode());
    peer.advance("4s");
    assertEquals("Deleted", status(owner, id));
    assertEquals("Deleted", owner.list("ListVpcPeerConnections", "VpcPeerConnects", "InstanceId", id).get(0).get("Status"));
    peer.advance("1m");
    assertEquals("ResourceNotFound.InstanceId", owner.fails("GetVpcPeerConnectionAttribute", "InstanceId", id).getCode());
    assertEquals(List.of(), owner.list("ListVpcPeerConnections", "VpcPeerConnects", "InstanceId", id));
  }

  @Test
  void createHonoursDryRunAndClientToken() {
    String[] create = {"RegionId", "cn-hangzhou", "VpcId", vpc(), "AcceptingAliUid", ACCEPTER,
        "AcceptingRegionId", "cn-hangzhou", "AcceptingVpcId", vpc(), "ClientToken", "create-token-1"};
    String[] dryRun = create.clone();
    dryRun[dryRun.length - 2] = "DryRun";
    dryRun[dryRun.length - 1] = "true";
    assertEquals("DryRunOperation", owner.fails("CreateVpcPeerConnection", dryRun).getCode());
    assertEquals(List.of(), ids(owner, "ListVpcPeerConnections"));
    Map<String, Object> first = owner.call("CreateVpcPeerConnection", create);
    Map<String, Object> retry = owner.call("CreateVpcPeerConnection", create);
    assertEquals(first.get("InstanceId"), retry.get("InstanceId"));
    assertNotEquals(first.get("RequestId"), retry.get("RequestId"));
    assertEquals(1, ids(owner, "ListVpcPeerConnections").size());
    create[3] = vpc();
    assertEquals("IdempotentParameterMismatch", owner.fails("CreateVpcPeerConnection", create).getCode());
    // DryRun and ClientToken on Accept and Delete too.
    String id = accepting();
    assertEquals("DryRunOperation", peer.fails("AcceptVpcPeerConnection", "InstanceId", id, "DryRun", "true").getCode());
    peer.call("AcceptVpcPeerConnection", "InstanceId", id, "ClientToken", "accept-token-1");
    peer.call("AcceptVpcPeerConnection", "InstanceId", id, "ClientToken", "accept-token-1");
    peer.advance("3s");
    assertEquals("DryRunOperation", owner.fails("DeleteVpcPeerConnection", "InstanceId", id, "DryRun", "true").getCode());
    assertEquals("Activated", status(owner, id));
    owner.call("DeleteVpcPeerConnection", "InstanceId", id, "ClientToken", "delete-token-1");
    owner.call("DeleteVpcPeerConnection", "InstanceId", id, "ClientToken", "delete-token-1");
    assertEquals("Deleting", status(owner, id));
  }

  @Test
  void theDemoWorldIsReadyForTheReadmeKey() {
    Map<String, Object> toReject = attribute(peer, DEMO_REJECT);
    assertEquals("Accepting", toReject.get("Status"));
    assertEquals(Long.parseLong(ACCEPTER), ((Number) toReject.get("AcceptingOwnerUid")).longValue());
    assertNotEquals(toReject.get("OwnerId"), toReject.get("AcceptingOwnerUid"));
    assertEquals("Accepting", status(peer, DEMO_ACCEPT));
    assertEquals("Activated", status(peer, DEMO_ACTIVE));
    assertEquals(List.of(DEMO_REJECT, DEMO_ACCEPT, DEMO_ACTIVE), ids(peer, "ListVpcPeerConnections"));
    peer.call("RejectVpcPeerConnection", "InstanceId", DEMO_REJECT);
    peer.call("AcceptVpcPeerConnection", "InstanceId", DEMO_ACCEPT);
    peer.call("DeleteVpcPeerConnection", "InstanceId", DEMO_ACTIVE);
    peer.advance("5s");
    assertEquals("Rejected", status(peer, DEMO_REJECT));
    assertEquals("Activated", status(peer, DEMO_ACCEPT));
    assertEquals("Deleted", status(peer, DEMO_ACTIVE));
    // The demo requester's key sees the same connections from the other side.
    RpcClient demoOwner = peer.as("demoPeerOwnerAccessKeyId");
    assertEquals("Rejected", status(demoOwner, DEMO_REJECT));
  }

  static List<String> ids(RpcClient client, String action, String... pairs) {
    return client.list(action, "VpcPeerConnects", pairs).stream().map(c -> (String) c.get("InstanceId")).toList();
  }
}
