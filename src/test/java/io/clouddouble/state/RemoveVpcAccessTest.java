package io.clouddouble.state;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.aliyun.tea.TeaException;
import com.aliyuncs.cloudapi.model.v20160714.DescribeVpcAccessesRequest;
import com.aliyuncs.cloudapi.model.v20160714.DescribeVpcAccessesResponse;
import com.aliyuncs.cloudapi.model.v20160714.RemoveVpcAccessRequest;
import com.aliyuncs.cloudapi.model.v20160714.SetVpcAccessRequest;
import com.aliyuncs.exceptions.ClientException;
import com.aliyuncs.http.ProtocolType;
import com.aliyuncs.AcsRequest;
import io.clouddouble.testkit.Sdks;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** CloudAPI VPC access authorizations: the seed RemoveVpcAccess, SetVpcAccess and DescribeVpcAccesses. */
class RemoveVpcAccessTest extends AuditedFakeBase {
  static final String DEMO_ACCESS = "4c68e061860f441ab72af7404137440e";
  static final String DEMO_VPC = "vpc-bp1demo0vpc0000000001";
  static final String DEMO_INSTANCE = "i-bp1demo0backend000001";
  RpcClient api;

  @BeforeEach
  void resetState() {
    api = RpcClient.cloudApi(fake);
    api.reset();
  }

  String set(String name, String vpc, String instance, String port, String... extra) {
    String[] base = {"Name", name, "VpcId", vpc, "InstanceId", instance, "Port", port};
    String[] all = java.util.Arrays.copyOf(base, base.length + extra.length);
    System.arraycopy(extra, 0, all, base.length, extra.length);
    return (String) api.call("SetVpcAccess", all).get("VpcAccessId");
  }

  List<Map<String, Object>> describe(String... pairs) {
    @SuppressWarnings("unchecked")
    Map<String, Object> wrapped = (Map<String, Object>) api.call("DescribeVpcAccesses", pairs).get("VpcAccessAttributes");
    @SuppressWarnings("unchecked")
    List<Map<String, Object>> items = (List<Map<String, Object>>) wrapped.get("VpcAccessAttribute");
    return items;
  }

  /** A real group and VPC-backed API using the authorization named accessName, deployed to RELEASE; answers {groupId, apiId, stageId}. */
  List<String> deployVpcApi(String accessName) {
    String group = (String) api.call("CreateApiGroup", "GroupName", "g-" + accessName).get("GroupId");
    String apiId = (String) api.call("CreateApi", "GroupId", group, "ApiName", "a-" + accessName, "Visibility", "PRIVATE",
        "RequestConfig", CloudApiWorkflowTest.REQUEST_CONFIG, "ServiceConfig", CloudApiWorkflowTest.vpcService(accessName)).get("ApiId");
    api.call("DeployApi", "ApiId", apiId, "StageName", "RELEASE", "Description", "v1");
    @SuppressWarnings("unchecked")
    List<Map<String, Object>> stages = (List<Map<String, Object>>) ((Map<String, Object>) api.call("DescribeApiGroup", "GroupId", group)
        .get("StageItems")).get("StageInfo");
    String release = (String) stages.stream().filter(st -> "RELEASE".equals(st.get("StageName"))).findFirst().orElseThrow().get("StageId");
    return List.of(group, apiId, release);
  }

  @Test
  void lifecycleSetDescribeRemove() {
    String id = set("orders-backend", "vpc-bp1test0vpc000001", "i-bp1test0orders01", "8080",
        "Description", "orders", "VpcTargetHostName", "orders.internal", "Tag.1.Key", "team", "Tag.1.Value", "shop");
    assertTrue(id.matches("[0-9a-f]{32}"), id);
    List<String> deployed = deployVpcApi("orders-backend");

    Map<String, Object> item = describe("VpcAccessId", id).get(0);
    assertEquals("orders-backend", item.get("Name"));
    assertEquals(8080, ((Number) item.get("Port")).intValue());
    assertEquals("orders.internal", item.get("VpcTargetHostName"));
    assertEquals("cn-hangzhou", item.get("RegionId"));
    assertEquals(Map.of("TagInfo", List.of(Map.of("Key", "team", "Value", "shop"))), item.get("Tags"));

    Map<String, Object> removed = api.call("RemoveVpcAccess", "VpcId", "vpc-bp1test0vpc000001", "InstanceId", "i-bp1test0orders01", "Port", "8080");
    assertEquals(Map.of("Api", List.of(Map.of("ApiId", deployed.get(1), "StageId", deployed.get(2), "GroupId", deployed.get(0)))),
        removed.get("Apis"));
    // Synchronous: gone at once.
    assertEquals(List.of(), describe("VpcAccessId", id));
    TeaException again = api.fails("RemoveVpcAccess", "VpcId", "vpc-bp1test0vpc000001", "InstanceId", "i-bp1test0orders01", "Port", "8080");
    assertEquals("InvalidParameter", again.getCode());
    assertEquals(400, again.getStatusCode());
  }

  @Test
  void anAuthorizationNoApiUsesGivesAnEmptyList() {
    set("unused", "vpc-bp1test0vpc000002", "i-bp1test0unused01", "80");
    Map<String, Object> removed = api.call("RemoveVpcAccess", "VpcId", "vpc-bp1test0vpc000002", "InstanceId", "i-bp1test0unused01", "Port", "80");
    assertEquals(Map.of("Api", List.of()), removed.get("Apis"));
    assertTrue(removed.containsKey("RequestId"));
  }

  @Test
  void anUnknownAuthorizationIsInvalidParameter() {
    set("known", "vpc-bp1test0vpc000003", "i-bp1test0known001", "443");
    assertEquals("The specified parameter \"VpcId\" is not valid.",
        api.fails("RemoveVpcAccess", "VpcId", "vpc-bp1test0nosuch01", "InstanceId", "i-bp1test0known001", "Port", "443").getData().get("Message"));
    assertEquals("The specified parameter \"VpcId\" is not valid.",
        api.fails("RemoveVpcAccess", "VpcId", "vpc-bp1test0vpc000003", "InstanceId", "i-bp1test0nosuch01", "Port", "443").getData().get("Message"));
    assertEquals("The specified parameter \"VpcId\" is not valid.",
        api.fails("RemoveVpcAccess", "VpcId", "vpc-bp1test0vpc000003", "InstanceId", "i-bp1test0known001", "Port", "444").getData().get("Message"));
    // Another account does not see this one.
    assertEquals("InvalidParameter", api.as("otherAccessKeyId")
        .fails("RemoveVpcAccess", "VpcId", "vpc-bp1test0vpc000003", "InstanceId", "i-bp1test0known001", "Port", "443").getCode());
    assertEquals(1, describe("VpcId", "vpc-bp1test0vpc000003").size());
  }

  @Test
  void setRefusesADuplicateNameOrTarget() {
    set("dup", "vpc-bp1test0vpc000004", "i-bp1test0dup00001", "80");
    assertEquals("The specified parameter \"Name\" is not valid.",
        api.fails("SetVpcAccess", "Name", "dup", "VpcId", "vpc-bp1test0vpc000005", "InstanceId", "i-bp1test0dup00001", "Port", "80").getData().get("Message"));
    assertEquals("The specified parameter \"Name\" is not valid.",
        api.fails("SetVpcAccess", "Name", "dup-2", "VpcId", "vpc-bp1test0vpc000004", "InstanceId", "i-bp1test0dup00001", "Port", "80").getData().get("Message"));
    set("dup-2", "vpc-bp1test0vpc000004", "i-bp1test0dup00001", "81");
  }

  @Test
  void describePagesAndFilters() {
    for (int i = 1; i <= 12; i++) {
      set("svc-" + i, "vpc-bp1test0vpc0000" + (i % 2 == 0 ? "10" : "11"), "i-bp1test0page" + i, String.valueOf(8000 + i),
          "Tag.1.Key", "parity", "Tag.1.Value", i % 2 == 0 ? "even" : "odd");
    }
    Map<String, Object> first = api.call("DescribeVpcAccesses");
    assertEquals(1, ((Number) first.get("PageNumber")).intValue());
    assertEquals(10, ((Number) first.get("PageSize")).intValue());
    assertEquals(14, ((Number) first.get("TotalCount")).intValue()); // with the demo world's two
    assertEquals(4, describe("PageNumber", "2").size());
    assertEquals(14, describe("PageSize", "100").size());
    assertEquals(100, ((Number) api.call("DescribeVpcAccesses", "PageSize", "1000").get("PageSize")).intValue());

    // Name: fuzzy unless AccurateQuery.
    assertEquals(4, describe("Name", "svc-1").size()); // svc-1, svc-10, svc-11, svc-12
    assertEquals(List.of("svc-1"), describe("Name", "svc-1", "AccurateQuery", "true").stream().map(v -> v.get("Name")).toList());
    assertEquals(6, describe("VpcId", "vpc-bp1test0vpc000010").size());
    assertEquals(List.of("svc-3"), describe("InstanceId", "i-bp1test0page3").stream().map(v -> v.get("Name")).toList());
    assertEquals(List.of("svc-5"), describe("Port", "8005").stream().map(v -> v.get("Name")).toList());
    assertEquals(6, describe("Tag.1.Key", "parity", "Tag.1.Value", "odd", "PageSize", "50").size());
  }

  @Test
  void theDemoAuthorizationCanBeRemovedWithTheOldCoreSdk() throws ClientException {
    DescribeVpcAccessesResponse before = Sdks.core().getAcsResponse(core(new DescribeVpcAccessesRequest()));
    assertEquals(2, before.getTotalCount());
    assertEquals(List.of("demo-backend", "demo-unused"), before.getVpcAccessAttributes().stream().map(v -> v.getName()).toList());
    assertEquals(8080, before.getVpcAccessAttributes().get(0).getPort());

    // The Tea client first, to see the APIs that use it.
    Map<String, Object> removed = api.call("RemoveVpcAccess", "VpcId", DEMO_VPC, "InstanceId", DEMO_INSTANCE, "Port", "8080");
    @SuppressWarnings("unchecked")
    List<Map<String, Object>> apis = (List<Map<String, Object>>) ((Map<String, Object>) removed.get("Apis")).get("Api");
    // The demo world's API "orders" of group "demo" is deployed to RELEASE and TEST through this authorization.
    assertEquals(List.of("d1e1ee28f9fb4b729db0ee8ca76ff0a5", "0a1b2c3d4e5f60718293a4b5c6d7e8f9"), apis.stream().map(a -> a.get("StageId")).toList());
    assertEquals("orders", api.call("DescribeApi", "ApiId", (String) apis.get(0).get("ApiId")).get("ApiName"));
    @SuppressWarnings("unchecked")
    List<Map<String, Object>> deployedTo = (List<Map<String, Object>>) ((Map<String, Object>) api.call("DescribeApi", "ApiId",
        (String) apis.get(0).get("ApiId")).get("DeployedInfos")).get("DeployedInfo");
    assertEquals(List.of("RELEASE", "TEST"), deployedTo.stream().map(d -> d.get("StageName")).toList());

    RemoveVpcAccessRequest remove = core(new RemoveVpcAccessRequest());
    remove.setVpcId(DEMO_VPC);
    remove.setInstanceId("i-bp1demo0backend000002");
    remove.setPort(80);
    assertTrue(Sdks.core().getAcsResponse(remove).getRequestId() != null);
    ClientException gone = assertThrows(ClientException.class, () -> Sdks.core().getAcsResponse(remove));
    assertEquals("InvalidParameter", gone.getErrCode());

    SetVpcAccessRequest set = core(new SetVpcAccessRequest());
    set.setName("via-core");
    set.setVpcId(DEMO_VPC);
    set.setInstanceId(DEMO_INSTANCE);
    set.setPort(8080);
    assertTrue(Sdks.core().getAcsResponse(set).getRequestId() != null); // 4.9.3's model predates VpcAccessId
    assertEquals(List.of("via-core"), Sdks.core().getAcsResponse(core(new DescribeVpcAccessesRequest()))
        .getVpcAccessAttributes().stream().map(v -> v.getName()).toList());
  }

  static <T extends AcsRequest<?>> T core(T request) {
    request.setSysEndpoint(fake.endpoint());
    request.setSysProtocol(ProtocolType.HTTP);
    request.putQueryParameter("RegionId", "cn-hangzhou");
    return request;
  }
}
