package io.clouddouble.state;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.aliyun.tea.TeaException;
import com.aliyuncs.AcsRequest;
import com.aliyuncs.cloudapi.model.v20160714.CreateApiGroupRequest;
import com.aliyuncs.cloudapi.model.v20160714.CreateApiRequest;
import com.aliyuncs.cloudapi.model.v20160714.DeployApiRequest;
import com.aliyuncs.cloudapi.model.v20160714.DescribeApiGroupsRequest;
import com.aliyuncs.cloudapi.model.v20160714.DescribeApiGroupsResponse;
import com.aliyuncs.cloudapi.model.v20160714.DescribeApiRequest;
import com.aliyuncs.cloudapi.model.v20160714.DescribeApiResponse;
import com.aliyuncs.cloudapi.model.v20160714.DescribeDeployedApisRequest;
import com.aliyuncs.cloudapi.model.v20160714.DescribeDeployedApisResponse;
import com.aliyuncs.exceptions.ClientException;
import com.aliyuncs.http.MethodType;
import com.aliyuncs.http.ProtocolType;
import io.clouddouble.testkit.Sdks;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * CloudAPI: the API provider's workflow. Group, VPC access, a VPC-backed API, deployment to
 * RELEASE and TEST, the APIs that use the access, RemoveVpcAccess listing exactly those, abolish and
 * delete; with the Tea client (V3) and the typed aliyun-java-sdk-cloudapi requests (V1 GET).
 */
class CloudApiWorkflowTest extends AuditedFakeBase {
  static final String VPC = "vpc-bp1flow0vpc000001";
  static final String ECS = "i-bp1flow0backend01";
  static final String REQUEST_CONFIG =
      "{\"RequestProtocol\":\"HTTP\",\"RequestHttpMethod\":\"GET\",\"RequestPath\":\"/orders\",\"RequestMode\":\"PASSTHROUGH\"}";
  RpcClient api;

  @BeforeEach
  void resetState() {
    api = RpcClient.cloudApi(fake);
    api.reset();
  }

  static String vpcService(String accessName) {
    return "{\"ServiceProtocol\":\"HTTP\",\"ServiceHttpMethod\":\"GET\",\"ServicePath\":\"/orders\",\"ServiceTimeout\":\"1000\","
        + "\"ServiceVpcEnable\":\"TRUE\",\"VpcConfig\":{\"Name\":\"" + accessName + "\"}}";
  }

  static final String HTTP_SERVICE =
      "{\"ServiceProtocol\":\"HTTP\",\"ServiceAddress\":\"http://backend.example.com\",\"ServiceHttpMethod\":\"GET\","
          + "\"ServicePath\":\"/orders\",\"ServiceTimeout\":\"1000\",\"ServiceVpcEnable\":\"FALSE\"}";

  String createGroup(String name) {
    return (String) api.call("CreateApiGroup", "GroupName", name, "Description", "group " + name).get("GroupId");
  }

  String createApi(String group, String name, String serviceConfig) {
    return (String) api.call("CreateApi", "GroupId", group, "ApiName", name, "Visibility", "PRIVATE",
        "RequestConfig", REQUEST_CONFIG, "ServiceConfig", serviceConfig).get("ApiId");
  }

  @SuppressWarnings("unchecked")
  static List<Map<String, Object>> wrapped(Map<String, Object> body, String outer, String inner) {
    return (List<Map<String, Object>>) ((Map<String, Object>) body.get(outer)).get(inner);
  }

  @Test
  void theWholeWorkflowWithTheTeaClient() {
    String group = createGroup("orders");
    assertTrue(group.matches("[0-9a-f]{32}"), group);
    api.call("SetVpcAccess", "Name", "orders-backend", "VpcId", VPC, "InstanceId", ECS, "Port", "8080");

    // A VPC backend must name an existing VPC access.
    TeaException noAccess = api.fails("CreateApi", "GroupId", group, "ApiName", "orders", "Visibility", "PRIVATE",
        "RequestConfig", REQUEST_CONFIG, "ServiceConfig", vpcService("no-such-access"));
    assertEquals("InvalidParameter", noAccess.getCode());
    assertEquals("The specified parameter \"ServiceConfig\" is not valid.", noAccess.getData().get("Message"));

    String orders = createApi(group, "orders", vpcService("orders-backend"));
    String stock = createApi(group, "stock", vpcService("orders-backend"));
    String plain = createApi(group, "plain", HTTP_SERVICE);
    assertEquals("InvalidParameter", api.fails("CreateApi", "GroupId", group, "ApiName", "orders", "Visibility", "PRIVATE",
        "RequestConfig", REQUEST_CONFIG, "ServiceConfig", HTTP_SERVICE).getCode()); // the name is taken in the group

    Map<String, Object> described = api.call("DescribeApi", "ApiId", orders);
    assertEquals("orders", described.get("ApiName"));
    assertEquals("orders", described.get("GroupName"));
    @SuppressWarnings("unchecked")
    Map<String, Object> service = (Map<String, Object>) described.get("ServiceConfig");
    assertEquals("TRUE", service.get("ServiceVpcEnable"));
    @SuppressWarnings("unchecked")
    Map<String, Object> vpcConfig = (Map<String, Object>) service.get("VpcConfig");
    assertEquals(List.of(VPC, ECS, 8080, "orders-backend"), List.of(vpcConfig.get("VpcId"), vpcConfig.get("InstanceId"),
        ((Number) vpcConfig.get("Port")).intValue(), vpcConfig.get("Name")));
    assertEquals(List.of(), wrapped(described, "DeployedInfos", "DeployedInfo"));

    // Deploy orders to RELEASE and TEST, stock to RELEASE; plain (HTTP) to RELEASE.
    api.call("DeployApi", "ApiId", orders, "StageName", "RELEASE", "Description", "v1");
    api.call("DeployApi", "ApiId", orders, "StageName", "TEST", "Description", "v1");
    api.call("DeployApi", "GroupId", group, "ApiId", stock, "StageName", "RELEASE", "Description", "v1");
    api.call("DeployApi", "ApiId", plain, "StageName", "RELEASE", "Description", "v1");
    api.call("DeployApi", "ApiId", orders, "StageName", "RELEASE", "Description", "v2"); // a redeploy replaces
    assertEquals("InvalidParameter", api.fails("DeployApi", "ApiId", orders, "StageName", "STAGING", "Description", "x").getCode());
    assertEquals(List.of("RELEASE", "TEST"), wrapped(api.call("DescribeApi", "ApiId", orders), "DeployedInfos", "DeployedInfo")
        .stream().map(d -> d.get("StageName")).toList());

    Map<String, Object> deployed = api.call("DescribeDeployedApis", "GroupId", group);
    assertEquals(4, ((Number) deployed.get("TotalCount")).intValue());
    assertEquals(List.of(orders), wrapped(api.call("DescribeDeployedApis", "GroupId", group, "StageName", "TEST"),
        "DeployedApis", "DeployedApiItem").stream().map(d -> d.get("ApiId")).toList());

    // The APIs that use the access: per stage, the HTTP one not among them.
    Map<String, Object> byAccess = api.call("DescribeApisByVpcAccess", "VpcName", "orders-backend");
    List<Map<String, Object>> uses = wrapped(byAccess, "ApiVpcAccessInfos", "ApiVpcAccessInfo");
    assertEquals(3, ((Number) byAccess.get("TotalCount")).intValue());
    assertEquals(java.util.Set.of(orders + "/TEST", stock + "/RELEASE", orders + "/RELEASE"),
        uses.stream().map(u -> u.get("ApiId") + "/" + u.get("StageName")).collect(java.util.stream.Collectors.toSet()));
    assertEquals("orders-backend", uses.get(0).get("VpcName"));
    assertEquals(8080, ((Number) uses.get(0).get("Port")).intValue());
    assertEquals(List.of(), wrapped(api.call("DescribeApisByVpcAccess", "VpcName", "nobody"), "ApiVpcAccessInfos", "ApiVpcAccessInfo"));

    // Refusals from state: a deployed API, a group with APIs.
    assertEquals("InvalidParameter", api.fails("DeleteApi", "ApiId", orders).getCode());
    assertEquals("The specified parameter \"GroupId\" is not valid.",
        api.fails("DeleteApiGroup", "GroupId", group).getData().get("Message"));

    // RemoveVpcAccess lists exactly the deployments that use it.
    Map<String, Object> removed = api.call("RemoveVpcAccess", "VpcId", VPC, "InstanceId", ECS, "Port", "8080");
    List<Map<String, Object>> listed = wrapped(removed, "Apis", "Api");
    assertEquals(java.util.Set.of(orders, stock), listed.stream().map(a -> a.get("ApiId")).collect(java.util.stream.Collectors.toSet()));
    assertEquals(3, listed.size());
    assertTrue(listed.stream().allMatch(a -> group.equals(a.get("GroupId"))));

    // Abolish everywhere, then delete the APIs and the group.
    api.call("AbolishApi", "ApiId", orders, "StageName", "RELEASE");
    api.call("AbolishApi", "ApiId", orders, "StageName", "TEST");
    api.call("AbolishApi", "ApiId", orders, "StageName", "TEST"); // nothing left to abolish: still a success
    api.call("AbolishApi", "GroupId", group, "ApiId", stock, "StageName", "RELEASE");
    api.call("AbolishApi", "ApiId", plain, "StageName", "RELEASE");
    assertEquals("InvalidParameter", api.fails("AbolishApi", "ApiId", plain, "StageName", "NOWHERE").getCode());
    assertEquals(0, ((Number) api.call("DescribeDeployedApis", "GroupId", group).get("TotalCount")).intValue());
    for (String id : List.of(orders, stock, plain)) {
      api.call("DeleteApi", "ApiId", id);
    }
    assertEquals("The specified parameter \"ApiId\" is not valid.", api.fails("DescribeApi", "ApiId", orders).getData().get("Message"));
    assertEquals("InvalidParameter", api.fails("DeleteApi", "ApiId", orders).getCode());
    assertEquals("InvalidParameter", api.fails("DeployApi", "ApiId", orders, "StageName", "RELEASE", "Description", "x").getCode());
    assertEquals("InvalidParameter", api.fails("AbolishApi", "ApiId", orders, "StageName", "RELEASE").getCode());
    api.call("DeleteApiGroup", "GroupId", group);
    assertEquals("The specified parameter \"GroupId\" is not valid.", api.fails("DescribeApiGroup", "GroupId", group).getData().get("Message"));
    assertEquals("InvalidParameter", api.fails("DeleteApiGroup", "GroupId", group).getCode());
    assertEquals("InvalidParameter", api.fails("CreateApi", "GroupId", group, "ApiName", "late", "Visibility", "PRIVATE",
        "RequestConfig", REQUEST_CONFIG, "ServiceConfig", HTTP_SERVICE).getCode());
  }

  @Test
  void removeVpcAccessAndAbolishApisAbolishesEveryDeploymentThatUsesIt() {
    String group = createGroup("billing");
    api.call("SetVpcAccess", "Name", "billing-backend", "VpcId", VPC, "InstanceId", ECS, "Port", "6060");
    api.call("SetVpcAccess", "Name", "other-backend", "VpcId", VPC, "InstanceId", ECS, "Port", "6061");
    String invoices = createApi(group, "invoices", vpcService("billing-backend"));
    String other = createApi(group, "other", vpcService("other-backend"));
    api.call("DeployApi", "ApiId", invoices, "StageName", "RELEASE", "Description", "v1");
    api.call("DeployApi", "ApiId", invoices, "StageName", "TEST", "Description", "v1");
    api.call("DeployApi", "ApiId", other, "StageName", "RELEASE", "Description", "v1");
    api.advance("1s");
    api.call("DeployApi", "ApiId", invoices, "StageName", "RELEASE", "Description", "v2");
    assertEquals(List.of("invoices/RELEASE/OFFLINE", "invoices/TEST/ONLINE", "other/RELEASE/ONLINE", "invoices/RELEASE/ONLINE"),
        historyStates(group));

    Map<String, Object> answer = api.call("RemoveVpcAccessAndAbolishApis", "VpcId", VPC, "InstanceId", ECS, "Port", "6060");
    assertTrue(((String) answer.get("OperationId")).matches("[0-9a-f]{32}"), answer.toString());
    // Synchronous here: the deployments that used it are gone, the other access's stays; the APIs remain.
    assertEquals(List.of(other), wrapped(api.call("DescribeDeployedApis", "GroupId", group), "DeployedApis", "DeployedApiItem")
        .stream().map(d -> d.get("ApiId")).toList());
    assertEquals(List.of("other-backend"), wrapped(api.call("DescribeVpcAccesses", "VpcId", VPC), "VpcAccessAttributes", "VpcAccessAttribute")
        .stream().map(v -> v.get("Name")).toList());
    assertEquals("invoices", api.call("DescribeApi", "ApiId", invoices).get("ApiName"));
    // As AbolishApi: every version of the abolished deployments is offline; the other access's API stays online.
    assertEquals(List.of("invoices/RELEASE/OFFLINE", "invoices/TEST/OFFLINE", "other/RELEASE/ONLINE", "invoices/RELEASE/OFFLINE"),
        historyStates(group));
    String testVersion = (String) wrapped(api.call("DescribeHistoryApis", "GroupId", group, "ApiName", "invoices", "StageName", "TEST"),
        "ApiHisItems", "ApiHisItem").get(0).get("HistoryVersion");
    assertEquals("OFFLINE", api.call("DescribeApiHistory", "ApiId", invoices, "StageName", "TEST", "HistoryVersion", testVersion)
        .get("Status"));
    assertEquals("The specified parameter \"VpcId\" is not valid.",
        api.fails("RemoveVpcAccessAndAbolishApis", "VpcId", VPC, "InstanceId", ECS, "Port", "6060").getData().get("Message"));
    api.call("DeleteApi", "ApiId", invoices); // no longer deployed
  }

  List<String> historyStates(String group) {
    return wrapped(api.call("DescribeHistoryApis", "GroupId", group), "ApiHisItems", "ApiHisItem").stream()
        .map(h -> h.get("ApiName") + "/" + h.get("StageName") + "/" + h.get("Status")).toList();
  }

  @Test
  void modifyVpcAccessAndUpdateApisMovesTheApisAndDeploymentsToTheNewTarget() {
    String group = createGroup("mail");
    api.call("SetVpcAccess", "Name", "mail-backend", "VpcId", VPC, "InstanceId", ECS, "Port", "5050");
    api.call("SetVpcAccess", "Name", "taken", "VpcId", VPC, "InstanceId", "i-bp1flow0backend02", "Port", "5051");
    String send = createApi(group, "send", vpcService("mail-backend"));
    api.call("DeployApi", "ApiId", send, "StageName", "RELEASE", "Description", "v1");

    assertEquals("The specified parameter \"Name\" is not valid.",
        api.fails("ModifyVpcAccessAndUpdateApis", "Name", "no-such-access", "Port", "5052").getData().get("Message"));
    assertEquals("The specified parameter \"Port\" is not valid.", api.fails("ModifyVpcAccessAndUpdateApis",
        "Name", "mail-backend", "InstanceId", "i-bp1flow0backend02", "Port", "5051").getData().get("Message"));

    Map<String, Object> answer = api.call("ModifyVpcAccessAndUpdateApis", "Name", "mail-backend", "InstanceId",
        "i-bp1flow0backend03", "Port", "5053");
    String task = (String) answer.get("OperationId");
    assertTrue(task.matches("[0-9a-f]{32}"), answer.toString());
    // DescribeUpdateVpcInfoTask: one result per updated deployment, RUNNING, then success on the virtual clock.
    List<Map<String, Object>> running = wrapped(api.call("DescribeUpdateVpcInfoTask", "OperationUid", task),
        "ApiUpdateVpcInfoResults", "ApiUpdateVpcInfoResult");
    assertEquals(List.of(List.of(send, "send", group, "mail", "RELEASE", "RUNNING")), running.stream().map(r -> List.of(r.get("ApiUid"),
        r.get("ApiName"), r.get("GroupId"), r.get("GroupName"), r.get("StageName"), r.get("UpdateStatus"))).toList());
    assertTrue(((String) running.get(0).get("StageId")).matches("[0-9a-f]{32}"), running.toString());
    api.advance("3s");
    Map<String, Object> done = wrapped(api.call("DescribeUpdateVpcInfoTask", "OperationUid", task),
        "ApiUpdateVpcInfoResults", "ApiUpdateVpcInfoResult").get(0);
    assertEquals(List.of("success", "Success. Request Success."), List.of(done.get("UpdateStatus"), done.get("ErrorMsg")));
    assertEquals("The specified parameter \"OperationUid\" is not valid.",
        api.fails("DescribeUpdateVpcInfoTask", "OperationUid", "0123456789abcdef0123456789abcdef").getData().get("Message"));
    assertEquals("InvalidParameter", api.fails("DescribeAbolishApiTask", "OperationUid", task).getCode()); // of its kind only
    Map<String, Object> access = wrapped(api.call("DescribeVpcAccesses", "Name", "mail-backend", "AccurateQuery", "true"),
        "VpcAccessAttributes", "VpcAccessAttribute").get(0);
    assertEquals(List.of("i-bp1flow0backend03", 5053), List.of(access.get("InstanceId"), ((Number) access.get("Port")).intValue()));
    @SuppressWarnings("unchecked")
    Map<String, Object> vpc = (Map<String, Object>) ((Map<String, Object>) api.call("DescribeApi", "ApiId", send)
        .get("ServiceConfig")).get("VpcConfig");
    assertEquals(List.of(VPC, "i-bp1flow0backend03", 5053, "mail-backend"),
        List.of(vpc.get("VpcId"), vpc.get("InstanceId"), ((Number) vpc.get("Port")).intValue(), vpc.get("Name")));
    List<Map<String, Object>> uses = wrapped(api.call("DescribeApisByVpcAccess", "VpcName", "mail-backend"),
        "ApiVpcAccessInfos", "ApiVpcAccessInfo");
    assertEquals(List.of(send + "/i-bp1flow0backend03/5053"), uses.stream()
        .map(u -> u.get("ApiId") + "/" + u.get("InstanceId") + "/" + u.get("Port")).toList());
    // RemoveVpcAccess on the new target lists the deployment.
    assertEquals(List.of(send), wrapped(api.call("RemoveVpcAccess", "VpcId", VPC, "InstanceId", "i-bp1flow0backend03", "Port", "5053"),
        "Apis", "Api").stream().map(a -> a.get("ApiId")).toList());
  }

  @Test
  void groupsAreDescribedFilteredPagedAndModified() {
    String first = createGroup("weather");
    for (int i = 1; i <= 11; i++) {
      api.call("CreateApiGroup", "GroupName", "shop-" + i, "Tag.1.Key", "parity", "Tag.1.Value", i % 2 == 0 ? "even" : "odd");
    }
    assertEquals("The specified parameter \"GroupName\" is not valid.",
        api.fails("CreateApiGroup", "GroupName", "weather").getData().get("Message"));

    Map<String, Object> group = api.call("DescribeApiGroup", "GroupId", first);
    assertEquals("weather", group.get("GroupName"));
    assertEquals("/", group.get("BasePath"));
    assertEquals(first + "-cn-hangzhou.alicloudapi.com", group.get("SubDomain"));
    assertEquals(List.of("RELEASE", "PRE", "TEST"), wrapped(group, "StageItems", "StageInfo").stream().map(s -> s.get("StageName")).toList());

    Map<String, Object> page1 = api.call("DescribeApiGroups");
    assertEquals(13, ((Number) page1.get("TotalCount")).intValue()); // with the demo world's group
    assertEquals(10, wrapped(page1, "ApiGroupAttributes", "ApiGroupAttribute").size());
    assertEquals(3, wrapped(api.call("DescribeApiGroups", "PageNumber", "2"), "ApiGroupAttributes", "ApiGroupAttribute").size());
    assertEquals(3, wrapped(api.call("DescribeApiGroups", "GroupName", "shop-1"), "ApiGroupAttributes", "ApiGroupAttribute").size());
    assertEquals(List.of("weather"), wrapped(api.call("DescribeApiGroups", "GroupId", first), "ApiGroupAttributes", "ApiGroupAttribute")
        .stream().map(g -> g.get("GroupName")).toList());
    List<Map<String, Object>> even = wrapped(api.call("DescribeApiGroups", "Tag.1.Key", "parity", "Tag.1.Value", "even"),
        "ApiGroupAttributes", "ApiGroupAttribute");
    assertEquals(5, even.size());
    assertEquals(Map.of("TagInfo", List.of(Map.of("Key", "parity", "Value", "even"))), even.get(0).get("Tags"));

    Map<String, Object> modified = api.call("ModifyApiGroup", "GroupId", first, "GroupName", "climate", "Description", "renamed");
    assertEquals("climate", modified.get("GroupName"));
    assertEquals("renamed", api.call("DescribeApiGroup", "GroupId", first).get("Description"));
    assertEquals("The specified parameter \"GroupName\" is not valid.",
        api.fails("ModifyApiGroup", "GroupId", first, "GroupName", "shop-1").getData().get("Message"));
    api.call("ModifyApiGroup", "GroupId", first, "GroupName", "climate"); // its own name is no conflict
    assertEquals("InvalidParameter", api.fails("ModifyApiGroup", "GroupId", "0123456789abcdef0123456789abcdef").getCode());
    assertEquals("InvalidParameter", api.as("otherAccessKeyId").fails("DescribeApiGroup", "GroupId", first).getCode());
  }

  @Test
  void apisAreListedFilteredAndModified() {
    String group = createGroup("catalog");
    api.call("SetVpcAccess", "Name", "catalog-backend", "VpcId", VPC, "InstanceId", ECS, "Port", "9090");
    String a = createApi(group, "items", HTTP_SERVICE);
    String b = createApi(group, "prices", HTTP_SERVICE);
    api.call("DeployApi", "ApiId", b, "StageName", "PRE", "Description", "try");

    Map<String, Object> all = api.call("DescribeApis", "GroupId", group);
    assertEquals(2, ((Number) all.get("TotalCount")).intValue());
    assertEquals(List.of(b), wrapped(api.call("DescribeApis", "StageName", "PRE"), "ApiSummarys", "ApiSummary")
        .stream().map(x -> x.get("ApiId")).toList());
    assertEquals(List.of(a), wrapped(api.call("DescribeApis", "GroupId", group, "UnDeployed", "true"), "ApiSummarys", "ApiSummary")
        .stream().map(x -> x.get("ApiId")).toList());
    assertEquals(List.of(a), wrapped(api.call("DescribeApis", "ApiName", "ite"), "ApiSummarys", "ApiSummary")
        .stream().map(x -> x.get("ApiId")).toList());

    // ModifyApi: to a VPC backend (which must exist), and a name clash in the group.
    assertEquals("The specified parameter \"ServiceConfig\" is not valid.", api.fails("ModifyApi", "ApiId", a, "ApiName", "items",
        "Visibility", "PUBLIC", "RequestConfig", REQUEST_CONFIG, "ServiceConfig", vpcService("missing")).getData().get("Message"));
    assertEquals("The specified parameter \"ApiName\" is not valid.", api.fails("ModifyApi", "ApiId", a, "ApiName", "prices",
        "Visibility", "PUBLIC", "RequestConfig", REQUEST_CONFIG, "ServiceConfig", HTTP_SERVICE).getData().get("Message"));
    api.call("ModifyApi", "ApiId", a, "ApiName", "items-v2", "Visibility", "PUBLIC", "RequestConfig", REQUEST_CONFIG,
        "ServiceConfig", vpcService("catalog-backend"));
    Map<String, Object> modified = api.call("DescribeApi", "GroupId", group, "ApiId", a);
    assertEquals("items-v2", modified.get("ApiName"));
    assertEquals("PUBLIC", modified.get("Visibility"));
    @SuppressWarnings("unchecked")
    Map<String, Object> vpc = (Map<String, Object>) ((Map<String, Object>) modified.get("ServiceConfig")).get("VpcConfig");
    assertEquals("catalog-backend", vpc.get("Name"));
    // Back to HTTP: the VPC config goes.
    api.call("ModifyApi", "ApiId", a, "ApiName", "items-v2", "Visibility", "PUBLIC", "RequestConfig", REQUEST_CONFIG, "ServiceConfig", HTTP_SERVICE);
    @SuppressWarnings("unchecked")
    Map<String, Object> http = (Map<String, Object>) api.call("DescribeApi", "ApiId", a).get("ServiceConfig");
    assertEquals(Map.of("ServiceProtocol", "HTTP", "ServiceAddress", "http://backend.example.com", "ServiceHttpMethod", "GET",
        "ServicePath", "/orders", "ServiceTimeout", "1000", "ServiceVpcEnable", "FALSE"), http.entrySet().stream()
        .collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, e -> String.valueOf(e.getValue())))); // read from the ServiceConfig text
    assertEquals("InvalidParameter", api.fails("ModifyApi", "ApiId", "0123456789abcdef0123456789abcdef", "ApiName", "x",
        "Visibility", "PUBLIC", "RequestConfig", REQUEST_CONFIG, "ServiceConfig", HTTP_SERVICE).getCode());
    // An API of another group is not found through this group.
    String other = createGroup("other");
    assertEquals("InvalidParameter", api.fails("DescribeApi", "GroupId", other, "ApiId", a).getCode());
  }

  @Test
  void theTypedCloudapiSdkDrivesTheWorkflowWithV1Get() throws ClientException {
    CreateApiGroupRequest createGroup = core(new CreateApiGroupRequest());
    createGroup.setGroupName("typed");
    createGroup.setDescription("via aliyun-java-sdk-cloudapi");
    String group = Sdks.core().getAcsResponse(createGroup).getGroupId();

    DescribeApiGroupsRequest groups = core(new DescribeApiGroupsRequest());
    groups.setGroupId(group);
    DescribeApiGroupsResponse found = Sdks.core().getAcsResponse(groups);
    assertEquals(1, found.getTotalCount());
    assertEquals("typed", found.getApiGroupAttributes().get(0).getGroupName());

    api.call("SetVpcAccess", "Name", "typed-backend", "VpcId", VPC, "InstanceId", ECS, "Port", "7070");
    CreateApiRequest create = core(new CreateApiRequest());
    create.setGroupId(group);
    create.setApiName("typed-api");
    create.setVisibility("PRIVATE");
    create.setRequestConfig(REQUEST_CONFIG);
    create.setServiceConfig(vpcService("typed-backend"));
    String apiId = Sdks.core().getAcsResponse(create).getApiId();

    create.setApiName("typed-api-2");
    create.setServiceConfig(vpcService("unknown-backend"));
    ClientException refused = assertThrows(ClientException.class, () -> Sdks.core().getAcsResponse(create));
    assertEquals("InvalidParameter", refused.getErrCode());

    DeployApiRequest deploy = core(new DeployApiRequest());
    deploy.setApiId(apiId);
    deploy.setStageName("RELEASE");
    deploy.setDescription("first");
    assertTrue(Sdks.core().getAcsResponse(deploy).getRequestId() != null);

    DescribeApiRequest describe = core(new DescribeApiRequest());
    describe.setApiId(apiId);
    DescribeApiResponse described = Sdks.core().getAcsResponse(describe);
    assertEquals("typed-api", described.getApiName());
    assertEquals("typed-backend", described.getServiceConfig().getVpcConfig().getName());
    assertEquals(7070, described.getServiceConfig().getVpcConfig().getPort());
    assertEquals("RELEASE", described.getDeployedInfos().get(0).getStageName());
    assertNull(described.getServiceConfig().getServiceAddress()); // a VPC backend has no address
    assertEquals("/orders", described.getServiceConfig().getServicePath());
    assertEquals(1000, described.getServiceConfig().getServiceTimeout());
    assertEquals("HTTP", described.getServiceConfig().getServiceProtocol());
    assertEquals("GET", described.getRequestConfig().getRequestHttpMethod());

    DescribeDeployedApisRequest deployed = core(new DescribeDeployedApisRequest());
    deployed.setGroupId(group);
    DescribeDeployedApisResponse list = Sdks.core().getAcsResponse(deployed);
    assertEquals(1, list.getTotalCount());
    assertEquals("typed-api", list.getDeployedApis().get(0).getApiName());
  }

  @Test
  void theTypedSdkRunsTheWholeWorkflowWithHistory() throws ClientException {
    com.aliyuncs.cloudapi.model.v20160714.SetVpcAccessRequest access = core(new com.aliyuncs.cloudapi.model.v20160714.SetVpcAccessRequest());
    access.setName("typed-flow");
    access.setVpcId(VPC);
    access.setInstanceId(ECS);
    access.setPort(7171);
    Sdks.core().getAcsResponse(access);
    CreateApiGroupRequest createGroup = core(new CreateApiGroupRequest());
    createGroup.setGroupName("typed-flow");
    String group = Sdks.core().getAcsResponse(createGroup).getGroupId();
    CreateApiRequest create = core(new CreateApiRequest());
    create.setGroupId(group);
    create.setApiName("flow");
    create.setVisibility("PRIVATE");
    create.setRequestConfig(REQUEST_CONFIG);
    create.setServiceConfig(vpcService("typed-flow"));
    String apiId = Sdks.core().getAcsResponse(create).getApiId();
    for (String stage : List.of("RELEASE", "TEST", "RELEASE")) {
      DeployApiRequest deploy = core(new DeployApiRequest());
      deploy.setApiId(apiId);
      deploy.setStageName(stage);
      deploy.setDescription("to " + stage);
      Sdks.core().getAcsResponse(deploy);
    }

    var history = core(new com.aliyuncs.cloudapi.model.v20160714.DescribeHistoryApisRequest());
    history.setGroupId(group);
    history.setStageName("RELEASE");
    var versions = Sdks.core().getAcsResponse(history);
    assertEquals(2, versions.getTotalCount());
    String first = versions.getApiHisItems().get(0).getHistoryVersion();
    var oldVersion = core(new com.aliyuncs.cloudapi.model.v20160714.DescribeApiHistoryRequest());
    oldVersion.setApiId(apiId);
    oldVersion.setStageName("RELEASE");
    oldVersion.setHistoryVersion(first);
    assertEquals("OFFLINE", Sdks.core().getAcsResponse(oldVersion).getStatus());
    var switchBack = core(new com.aliyuncs.cloudapi.model.v20160714.SwitchApiRequest());
    switchBack.setApiId(apiId);
    switchBack.setStageName("RELEASE");
    switchBack.setHistoryVersion(first);
    switchBack.setDescription("back");
    Sdks.core().getAcsResponse(switchBack);
    assertEquals("ONLINE", Sdks.core().getAcsResponse(oldVersion).getStatus());
    var deployedOne = core(new com.aliyuncs.cloudapi.model.v20160714.DescribeDeployedApiRequest());
    deployedOne.setApiId(apiId);
    deployedOne.setStageName("RELEASE");
    assertEquals("flow", Sdks.core().getAcsResponse(deployedOne).getApiName());

    // The Tea client sees the two deployments that use the access; the typed RemoveVpcAccess removes it
    // (4.9.3's response has no Apis member) and the deployments stay.
    assertEquals(java.util.Set.of(apiId + "/RELEASE", apiId + "/TEST"), wrapped(api.call("DescribeApisByVpcAccess", "VpcName", "typed-flow"),
        "ApiVpcAccessInfos", "ApiVpcAccessInfo").stream().map(u -> u.get("ApiId") + "/" + u.get("StageName"))
        .collect(java.util.stream.Collectors.toSet()));
    var remove = core(new com.aliyuncs.cloudapi.model.v20160714.RemoveVpcAccessRequest());
    remove.setVpcId(VPC);
    remove.setInstanceId(ECS);
    remove.setPort(7171);
    Sdks.core().getAcsResponse(remove);
    assertEquals("InvalidParameter", assertThrows(ClientException.class, () -> Sdks.core().getAcsResponse(remove)).getErrCode());
    DescribeDeployedApisRequest deployed = core(new DescribeDeployedApisRequest());
    deployed.setGroupId(group);
    assertEquals(2, Sdks.core().getAcsResponse(deployed).getTotalCount());

    var deleteApi = core(new com.aliyuncs.cloudapi.model.v20160714.DeleteApiRequest());
    deleteApi.setApiId(apiId);
    assertEquals("InvalidParameter", assertThrows(ClientException.class, () -> Sdks.core().getAcsResponse(deleteApi)).getErrCode());
    for (String stage : List.of("RELEASE", "TEST")) {
      var abolish = core(new com.aliyuncs.cloudapi.model.v20160714.AbolishApiRequest());
      abolish.setApiId(apiId);
      abolish.setStageName(stage);
      Sdks.core().getAcsResponse(abolish);
    }
    assertEquals(0, Sdks.core().getAcsResponse(deployed).getTotalCount());
    Sdks.core().getAcsResponse(deleteApi);
    var deleteGroup = core(new com.aliyuncs.cloudapi.model.v20160714.DeleteApiGroupRequest());
    deleteGroup.setGroupId(group);
    Sdks.core().getAcsResponse(deleteGroup);
    assertEquals("InvalidParameter", assertThrows(ClientException.class, () -> Sdks.core().getAcsResponse(deleteGroup)).getErrCode());
  }

  static <T extends AcsRequest<?>> T core(T request) {
    request.setSysEndpoint(fake.endpoint());
    request.setSysProtocol(ProtocolType.HTTP);
    request.setSysMethod(MethodType.GET);
    request.putQueryParameter("RegionId", "cn-hangzhou");
    return request;
  }
}
