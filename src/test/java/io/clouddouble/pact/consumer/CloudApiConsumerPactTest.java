package io.clouddouble.pact.consumer;

import static io.clouddouble.pact.Ids.ACCESS_INSTANCE;
import static io.clouddouble.pact.Ids.ACCESS_PORT;
import static io.clouddouble.pact.Ids.ACCESS_VPC;
import static io.clouddouble.pact.consumer.AlibabaRpcPact.error;
import static io.clouddouble.pact.consumer.AlibabaRpcPact.ok;
import static io.clouddouble.pact.consumer.AlibabaRpcPact.queryCall;
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
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * What an API Gateway client needs around a VPC access authorization: removing it, listing it
 * before and after (CloudAPI is synchronous and wraps lists as {@code {"X":{"Y":[...]}}}), and the
 * missing-parameter error.
 */
@ExtendWith(PactConsumerTestExt.class)
@PactTestFor(providerName = "clouddouble-alibaba-cloudapi", hostInterface = "127.0.0.1", pactVersion = PactSpecVersion.V4)
@PactDirectory("contracts/pacts")
class CloudApiConsumerPactTest {
  private static final String CONSUMER = "alibaba-cloudapi-consumer";
  private static final String VERSION = "2016-07-14";
  private static final Map<String, String> ACCESS =
      Map.of("VpcId", ACCESS_VPC, "InstanceId", ACCESS_INSTANCE, "Port", ACCESS_PORT);
  private static final Map<String, String> BY_VPC = Map.of("VpcId", ACCESS_VPC);

  @Pact(consumer = CONSUMER)
  V4Pact remove(PactDslWithProvider builder) {
    PactDslJsonBody body = withRequestId();
    body.object("Apis")
        .minArrayLike("Api", 0, 1)
        .stringType("ApiId", "551877242a4b4f3a84a56b7c3570e4a7")
        .stringType("StageId", "d1e1ee28f9fb4b729db0ee8ca76ff0a5")
        .stringType("GroupId", "78d54ac4424d4b1792e33ca35637e8e4")
        .closeObject()
        .closeArray()
        .closeObject();
    return ok(
            queryCall(builder, ProviderStates.VPC_ACCESS_AUTHORIZED, "RemoveVpcAccess of an authorized VPC access",
                "RemoveVpcAccess", VERSION, ACCESS),
            body)
        .toPact(V4Pact.class);
  }

  @Test
  @PactTestFor(pactMethod = "remove")
  void removesAVpcAccess(MockServer server) throws Exception {
    Map<String, ?> response = TeaCalls.call(server, "RemoveVpcAccess", VERSION, ACCESS, null);

    assertEquals(200, response.get("statusCode"));
  }

  @Pact(consumer = CONSUMER)
  V4Pact listed(PactDslWithProvider builder) {
    PactDslJsonBody body = withRequestId().integerType("TotalCount", 1);
    body.object("VpcAccessAttributes")
        .eachLike("VpcAccessAttribute")
        .stringValue("VpcId", ACCESS_VPC)
        .stringValue("InstanceId", ACCESS_INSTANCE)
        .integerType("Port", Integer.parseInt(ACCESS_PORT))
        .stringType("Name", "pact-access")
        .stringType("VpcAccessId", "4c68e061860f441ab72af7404137440e")
        .stringMatcher("CreatedTime", AlibabaRpcPact.TIMESTAMP, "2026-01-01T00:00:00Z")
        .closeObject()
        .closeArray()
        .closeObject();
    return ok(
            queryCall(builder, ProviderStates.VPC_ACCESS_AUTHORIZED, "DescribeVpcAccesses of a VPC with an authorization",
                "DescribeVpcAccesses", VERSION, BY_VPC),
            body)
        .toPact(V4Pact.class);
  }

  @Test
  @PactTestFor(pactMethod = "listed")
  void seesTheAuthorization(MockServer server) throws Exception {
    List<Map<String, ?>> accesses = accesses(server);

    assertEquals(ACCESS_INSTANCE, accesses.get(0).get("InstanceId"));
  }

  @Pact(consumer = CONSUMER)
  V4Pact gone(PactDslWithProvider builder) {
    PactDslJsonBody body = withRequestId().numberValue("TotalCount", 0);
    body.object("VpcAccessAttributes").array("VpcAccessAttribute").closeArray().closeObject();
    return ok(
            queryCall(builder, ProviderStates.VPC_ACCESS_NONE, "DescribeVpcAccesses of a VPC without authorizations",
                "DescribeVpcAccesses", VERSION, BY_VPC),
            body)
        .toPact(V4Pact.class);
  }

  @Test
  @PactTestFor(pactMethod = "gone")
  void seesNoAuthorization(MockServer server) throws Exception {
    assertEquals(List.of(), accesses(server));
  }

  @Pact(consumer = CONSUMER)
  V4Pact removeWithoutPort(PactDslWithProvider builder) {
    return error(
            queryCall(builder, ProviderStates.VPC_ACCESS_AUTHORIZED, "RemoveVpcAccess without a port",
                "RemoveVpcAccess", VERSION, Map.of("VpcId", ACCESS_VPC, "InstanceId", ACCESS_INSTANCE)),
            400, "MissingPort", "Port is mandatory for this action.")
        .toPact(V4Pact.class);
  }

  @Test
  @PactTestFor(pactMethod = "removeWithoutPort")
  void isToldThePortIsMissing(MockServer server) {
    Map<String, String> withoutPort = Map.of("VpcId", ACCESS_VPC, "InstanceId", ACCESS_INSTANCE);
    TeaException error =
        assertThrows(TeaException.class, () -> TeaCalls.call(server, "RemoveVpcAccess", VERSION, withoutPort, null));

    assertEquals("MissingPort", error.getCode());
  }

  private static List<Map<String, ?>> accesses(MockServer server) throws Exception {
    Map<String, ?> body = TeaCalls.body(TeaCalls.call(server, "DescribeVpcAccesses", VERSION, BY_VPC, null));
    return TeaCalls.list(TeaCalls.object(body, "VpcAccessAttributes"), "VpcAccessAttribute");
  }
}
