package io.clouddouble.pact.consumer;

import static io.clouddouble.pact.Ids.PEER;
import static io.clouddouble.pact.Ids.PEER_MISSING;
import static io.clouddouble.pact.consumer.AlibabaRpcPact.error;
import static io.clouddouble.pact.consumer.AlibabaRpcPact.formCall;
import static io.clouddouble.pact.consumer.AlibabaRpcPact.ok;
import static io.clouddouble.pact.consumer.AlibabaRpcPact.withRequestId;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import au.com.dius.pact.consumer.MockServer;
import au.com.dius.pact.consumer.dsl.PactDslJsonBody;
import au.com.dius.pact.consumer.dsl.PactDslWithProvider;
import au.com.dius.pact.consumer.junit5.PactConsumerTestExt;
import au.com.dius.pact.consumer.junit5.PactTestFor;
import au.com.dius.pact.core.model.PactSpecVersion;
import au.com.dius.pact.core.model.V4Pact;
import au.com.dius.pact.core.model.annotations.Pact;
import au.com.dius.pact.core.model.annotations.PactDirectory;
import com.aliyun.tea.TeaException;
import io.clouddouble.pact.ProviderStates;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * What the accepter of a cross-account VPC peering request needs: rejecting it, seeing it
 * Rejected, and the not-found error. The Tea SDK sends VpcPeer parameters in a form body.
 */
@ExtendWith(PactConsumerTestExt.class)
@PactTestFor(providerName = "clouddouble-alibaba-vpcpeer", hostInterface = "127.0.0.1", pactVersion = PactSpecVersion.V4)
@PactDirectory("contracts/pacts")
class VpcPeerConsumerPactTest {
  private static final String CONSUMER = "alibaba-vpcpeer-consumer";
  private static final String VERSION = "2022-01-01";

  @Pact(consumer = CONSUMER)
  V4Pact reject(PactDslWithProvider builder) {
    return ok(
            formCall(builder, ProviderStates.PEER_AWAITS_ACCEPTANCE, "RejectVpcPeerConnection of a connection awaiting acceptance",
                "RejectVpcPeerConnection", VERSION, Map.of("InstanceId", PEER)),
            withRequestId())
        .toPact(V4Pact.class);
  }

  @Test
  @PactTestFor(pactMethod = "reject")
  void rejectsAPeerConnection(MockServer server) throws Exception {
    assertEquals(200, call(server, "RejectVpcPeerConnection", PEER).get("statusCode"));
  }

  @Pact(consumer = CONSUMER)
  V4Pact rejected(PactDslWithProvider builder) {
    PactDslJsonBody body =
        withRequestId()
            .stringValue("InstanceId", PEER)
            .stringValue("Status", "Rejected")
            .integerType("OwnerId", 1234567890123456L)
            .integerType("AcceptingOwnerUid", 1234567890123457L)
            .stringMatcher("GmtCreate", AlibabaRpcPact.TIMESTAMP, "2026-01-01T00:00:00Z");
    body.object("Vpc").stringMatcher("VpcId", "vpc-[0-9a-z]+", "vpc-bp1pactrequester001").closeObject();
    body.object("AcceptingVpc").stringMatcher("VpcId", "vpc-[0-9a-z]+", "vpc-bp1pactaccepter0001").closeObject();
    return ok(
            formCall(builder, ProviderStates.PEER_REJECTED, "GetVpcPeerConnectionAttribute of a rejected connection",
                "GetVpcPeerConnectionAttribute", VERSION, Map.of("InstanceId", PEER)),
            body)
        .toPact(V4Pact.class);
  }

  @Test
  @PactTestFor(pactMethod = "rejected")
  void seesTheConnectionRejected(MockServer server) throws Exception {
    Map<String, ?> peer = TeaCalls.body(call(server, "GetVpcPeerConnectionAttribute", PEER));

    assertEquals("Rejected", peer.get("Status"));
    assertEquals(PEER, peer.get("InstanceId"));
  }

  @Pact(consumer = CONSUMER)
  V4Pact rejectMissing(PactDslWithProvider builder) {
    return error(
            formCall(builder, ProviderStates.PEER_ABSENT, "RejectVpcPeerConnection of an unknown connection",
                "RejectVpcPeerConnection", VERSION, Map.of("InstanceId", PEER_MISSING)),
            400, "ResourceNotFound.InstanceId", "The specified resource of InstanceId is not found.")
        .toPact(V4Pact.class);
  }

  @Test
  @PactTestFor(pactMethod = "rejectMissing")
  void isToldTheConnectionDoesNotExist(MockServer server) {
    TeaException error = assertThrows(TeaException.class, () -> call(server, "RejectVpcPeerConnection", PEER_MISSING));

    assertEquals("ResourceNotFound.InstanceId", error.getCode());
  }

  private static Map<String, ?> call(MockServer server, String action, String peer) throws Exception {
    return TeaCalls.call(server, action, VERSION, Map.of(), Map.of("InstanceId", peer));
  }
}
