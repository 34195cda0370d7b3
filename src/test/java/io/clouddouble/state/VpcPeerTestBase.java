package io.clouddouble.state;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.aliyuncs.CommonRequest;
import com.aliyuncs.http.MethodType;
import com.aliyuncs.http.ProtocolType;
import io.clouddouble.auth.Accounts;
import io.clouddouble.testkit.Sdks;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;

/** VpcPeer through the Tea SDK: an owner account and the README key's account as the accepter. */
abstract class VpcPeerTestBase extends AuditedFakeBase {
  static final String OWNER_KEY = "peerOwnerAccessKeyId";
  static final String ACCEPTER = Accounts.alibabaAccountId(Sdks.ALIBABA_AK);
  static final String OWNER = Accounts.alibabaAccountId(OWNER_KEY);
  static final String DEMO_REJECT = "pcc-bp1demo0reject0000001";
  static final String DEMO_ACCEPT = "pcc-bp1demo0accept0000001";
  static final String DEMO_ACTIVE = "pcc-bp1demo0active0000001";
  /** The accepter: the README key. */
  RpcClient peer;
  /** The requester, another account. */
  RpcClient owner;
  private int vpcs;

  @BeforeEach
  void resetState() {
    peer = RpcClient.vpcPeer(fake);
    owner = peer.as(OWNER_KEY);
    peer.reset();
  }

  String vpc() {
    return "vpc-bp1test" + String.format("%013d", ++vpcs);
  }

  /** The owner asks the accepter's account for a peering; returns its id, in Creating. */
  String request(String... extra) {
    String[] base = {"RegionId", "cn-hangzhou", "VpcId", vpc(), "AcceptingAliUid", ACCEPTER,
        "AcceptingRegionId", "cn-hangzhou", "AcceptingVpcId", vpc(), "Name", "test-peering"};
    String[] all = java.util.Arrays.copyOf(base, base.length + extra.length);
    System.arraycopy(extra, 0, all, base.length, extra.length);
    return (String) owner.call("CreateVpcPeerConnection", all).get("InstanceId");
  }

  /** A cross-account connection already waiting for the accepter. */
  String accepting() {
    String id = request();
    peer.advance("3s");
    assertEquals("Accepting", status(peer, id));
    return id;
  }

  Map<String, Object> attribute(RpcClient client, String id) {
    return client.call("GetVpcPeerConnectionAttribute", "InstanceId", id);
  }

  String status(RpcClient client, String id) {
    return (String) attribute(client, id).get("Status");
  }

  /** An old core SDK CommonRequest (V1 signature, everything in the query), as the README key. */
  static CommonRequest core(String action, String... pairs) {
    CommonRequest request = new CommonRequest();
    request.setSysDomain(fake.endpoint());
    request.setSysProtocol(ProtocolType.HTTP);
    request.setSysMethod(MethodType.POST);
    request.setSysVersion("2022-01-01");
    request.setSysAction(action);
    request.putQueryParameter("RegionId", "cn-hangzhou");
    for (int i = 0; i < pairs.length; i += 2) {
      request.putQueryParameter(pairs[i], pairs[i + 1]);
    }
    return request;
  }
}
