package io.clouddouble.state;

import static io.clouddouble.state.CloudApiWorkflowTest.HTTP_SERVICE;
import static io.clouddouble.state.CloudApiWorkflowTest.REQUEST_CONFIG;
import static io.clouddouble.state.CloudApiWorkflowTest.core;
import static io.clouddouble.state.CloudApiWorkflowTest.wrapped;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.aliyuncs.cloudapi.model.v20160714.CreateAppRequest;
import com.aliyuncs.cloudapi.model.v20160714.DescribeAppSecurityRequest;
import com.aliyuncs.cloudapi.model.v20160714.DescribeAppSecurityResponse;
import com.aliyuncs.cloudapi.model.v20160714.DescribeAuthorizedAppsRequest;
import com.aliyuncs.cloudapi.model.v20160714.DescribeAuthorizedAppsResponse;
import com.aliyuncs.cloudapi.model.v20160714.SetAppsAuthoritiesRequest;
import com.aliyuncs.exceptions.ClientException;
import io.clouddouble.testkit.Sdks;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * CloudAPI around the provider workflow: apps and their authorizations, deployment history and
 * SwitchApi, and the batch deploy/abolish tasks (RUNNING, then OVER on the virtual clock).
 */
@SuppressWarnings("unchecked")
class CloudApiCompanionsTest extends AuditedFakeBase {
  RpcClient api;

  @BeforeEach
  void resetState() {
    api = RpcClient.cloudApi(fake);
    api.reset();
  }

  String group(String name) {
    return (String) api.call("CreateApiGroup", "GroupName", name).get("GroupId");
  }

  String httpApi(String group, String name, String path) {
    return (String) api.call("CreateApi", "GroupId", group, "ApiName", name, "Visibility", "PRIVATE",
        "RequestConfig", REQUEST_CONFIG, "ServiceConfig", HTTP_SERVICE.replace("/orders", path)).get("ApiId");
  }

  String app(String name) {
    return String.valueOf(api.call("CreateApp", "AppName", name, "Description", "app " + name).get("AppId"));
  }

  static Set<String> values(List<Map<String, Object>> items, String field) {
    return items.stream().map(i -> String.valueOf(i.get(field))).collect(Collectors.toSet());
  }

  @Test
  void appsAreCreatedDescribedModifiedAndDeleted() {
    Map<String, Object> created = api.call("CreateApp", "AppName", "mobile", "Description", "the phone app", "Extend", "x1");
    assertTrue(created.get("AppId") instanceof Number, created.toString());
    String mobile = String.valueOf(created.get("AppId"));
    assertTrue(mobile.matches("[1-9][0-9]{13}"), mobile);
    String web = app("web");
    assertEquals("The specified parameter \"AppName\" is not valid.", api.fails("CreateApp", "AppName", "web").getData().get("Message"));

    Map<String, Object> described = api.call("DescribeApp", "AppId", mobile);
    assertEquals(List.of("mobile", "the phone app", "x1"), List.of(described.get("AppName"), described.get("Description"), described.get("Extend")));
    Map<String, Object> security = api.call("DescribeAppSecurity", "AppId", mobile);
    assertTrue(((String) security.get("AppKey")).matches("[1-9][0-9]{7}"), security.toString());
    assertTrue(((String) security.get("AppSecret")).matches("[0-9a-f]{32}"), security.toString());
    assertTrue(((String) security.get("AppCode")).matches("[0-9a-f]{32}"), security.toString());
    // A key given at creation is kept, and may not be reused.
    String keyed = String.valueOf(api.call("CreateApp", "AppName", "keyed", "AppKey", "60030986", "AppSecret", "nzyNqFkRWB2uLw86").get("AppId"));
    assertEquals("60030986", api.call("DescribeAppSecurity", "AppId", keyed).get("AppKey"));
    assertEquals("nzyNqFkRWB2uLw86", api.call("DescribeAppSecurity", "AppId", keyed).get("AppSecret"));
    assertEquals("The specified parameter \"AppKey\" is not valid.",
        api.fails("CreateApp", "AppName", "again", "AppKey", "60030986").getData().get("Message"));

    Map<String, Object> all = api.call("DescribeApps");
    assertEquals(3, ((Number) all.get("TotalCount")).intValue());
    assertEquals(Set.of("mobile", "web", "keyed"), values(wrapped(all, "Apps", "AppItem"), "AppName"));
    assertEquals(List.of("web"), wrapped(api.call("DescribeApps", "AppId", web), "Apps", "AppItem").stream().map(a -> a.get("AppName")).toList());
    assertEquals(1, wrapped(api.call("DescribeApps", "PageSize", "2", "PageNumber", "2"), "Apps", "AppItem").size());

    assertEquals("The specified parameter \"AppName\" is not valid.",
        api.fails("ModifyApp", "AppId", web, "AppName", "mobile").getData().get("Message"));
    api.call("ModifyApp", "AppId", web, "AppName", "browser", "Description", "renamed");
    assertEquals(List.of("browser", "renamed"), List.of(api.call("DescribeApp", "AppId", web).get("AppName"),
        api.call("DescribeApp", "AppId", web).get("Description")));

    api.call("DeleteApp", "AppId", web);
    for (String op : List.of("DescribeApp", "DescribeAppSecurity", "DeleteApp", "DescribeAuthorizedApis")) {
      assertEquals("The specified parameter \"AppId\" is not valid.", api.fails(op, "AppId", web).getData().get("Message"), op);
    }
    assertEquals("InvalidParameter", api.fails("ModifyApp", "AppId", web, "AppName", "x").getCode());
    // Apps are the account's own.
    assertEquals("InvalidParameter", api.as("otherAccessKeyId").fails("DescribeApp", "AppId", mobile).getCode());
  }

  @Test
  void appsAreAuthorizedPerApiAndStage() {
    String group = group("shop");
    String orders = httpApi(group, "orders", "/orders");
    String stock = httpApi(group, "stock", "/stock");
    String mobile = app("mobile");
    String web = app("web");

    api.call("SetAppsAuthorities", "ApiId", orders, "StageName", "RELEASE", "AppIds", mobile + "," + web, "Description", "launch");
    api.call("SetAppsAuthorities", "GroupId", group, "ApiId", orders, "StageName", "TEST", "AppIds", mobile);
    api.call("SetAppsAuthorities", "ApiId", stock, "StageName", "RELEASE", "AppIds", mobile, "AuthValidTime", "2030-01-01T00:00:00Z");
    api.call("SetAppsAuthorities", "ApiId", orders, "StageName", "RELEASE", "AppIds", web); // again: replaces, no duplicate

    // Refusals from state: an unknown API, stage or app.
    assertEquals("The specified parameter \"ApiId\" is not valid.", api.fails("SetAppsAuthorities", "ApiId",
        "0123456789abcdef0123456789abcdef", "StageName", "RELEASE", "AppIds", mobile).getData().get("Message"));
    assertEquals("The specified parameter \"StageName\" is not valid.",
        api.fails("SetAppsAuthorities", "ApiId", orders, "StageName", "STAGING", "AppIds", mobile).getData().get("Message"));
    assertEquals("The specified parameter \"AppIds\" is not valid.",
        api.fails("SetAppsAuthorities", "ApiId", orders, "StageName", "RELEASE", "AppIds", mobile + ",12345678901234").getData().get("Message"));

    Map<String, Object> apps = api.call("DescribeAuthorizedApps", "ApiId", orders);
    assertEquals(3, ((Number) apps.get("TotalCount")).intValue());
    List<Map<String, Object>> release = wrapped(api.call("DescribeAuthorizedApps", "ApiId", orders, "StageName", "RELEASE"),
        "AuthorizedApps", "AuthorizedApp");
    assertEquals(Set.of(mobile, web), values(release, "AppId"));
    assertEquals(Set.of("mobile", "web"), values(release, "AppName"));
    assertEquals(Set.of("API"), values(release, "AuthorizationSource"));
    assertEquals(List.of("mobile"), wrapped(api.call("DescribeAuthorizedApps", "ApiId", orders, "AppName", "mob", "StageName", "TEST"),
        "AuthorizedApps", "AuthorizedApp").stream().map(a -> a.get("AppName")).toList());
    assertEquals("InvalidParameter", api.fails("DescribeAuthorizedApps", "ApiId", "0123456789abcdef0123456789abcdef").getCode());

    List<Map<String, Object>> granted = wrapped(api.call("DescribeAuthorizedApis", "AppId", mobile), "AuthorizedApis", "AuthorizedApi");
    assertEquals(Set.of(orders + "/RELEASE", orders + "/TEST", stock + "/RELEASE"),
        granted.stream().map(g -> g.get("ApiId") + "/" + g.get("StageName")).collect(Collectors.toSet()));
    assertEquals(Set.of("shop"), values(granted, "GroupName"));
    assertEquals("2030-01-01T00:00:00Z", granted.stream().filter(g -> stock.equals(g.get("ApiId"))).findFirst().orElseThrow().get("AuthVaildTime"));

    // A renamed app is shown by its new name; a removed authorization and a deleted app are gone.
    api.call("ModifyApp", "AppId", web, "AppName", "browser");
    assertEquals(Set.of("mobile", "browser"), values(wrapped(api.call("DescribeAuthorizedApps", "ApiId", orders, "StageName", "RELEASE"),
        "AuthorizedApps", "AuthorizedApp"), "AppName"));
    api.call("RemoveAppsAuthorities", "ApiId", orders, "StageName", "RELEASE", "AppIds", mobile);
    assertEquals(Set.of(orders + "/TEST", stock + "/RELEASE"), wrapped(api.call("DescribeAuthorizedApis", "AppId", mobile),
        "AuthorizedApis", "AuthorizedApi").stream().map(g -> g.get("ApiId") + "/" + g.get("StageName")).collect(Collectors.toSet()));
    assertEquals("InvalidParameter",
        api.fails("RemoveAppsAuthorities", "ApiId", orders, "StageName", "NOWHERE", "AppIds", mobile).getCode());
    api.call("DeleteApp", "AppId", web);
    assertEquals(0, ((Number) api.call("DescribeAuthorizedApps", "ApiId", orders, "StageName", "RELEASE").get("TotalCount")).intValue());
    // Deleting the API takes its authorizations.
    api.call("DeleteApi", "ApiId", stock);
    assertEquals(Set.of(orders + "/TEST"), wrapped(api.call("DescribeAuthorizedApis", "AppId", mobile),
        "AuthorizedApis", "AuthorizedApi").stream().map(g -> g.get("ApiId") + "/" + g.get("StageName")).collect(Collectors.toSet()));
  }

  @Test
  void theTypedSdkCreatesAnAppAndAuthorizesIt() throws ClientException {
    String group = group("typed-apps");
    String orders = httpApi(group, "orders", "/orders");
    CreateAppRequest create = core(new CreateAppRequest());
    create.setAppName("typed-app");
    create.setDescription("via aliyun-java-sdk-cloudapi");
    Long appId = Sdks.core().getAcsResponse(create).getAppId();
    assertTrue(appId > 0);

    DescribeAppSecurityRequest security = core(new DescribeAppSecurityRequest());
    security.setAppId(appId);
    DescribeAppSecurityResponse keys = Sdks.core().getAcsResponse(security);
    assertTrue(keys.getAppKey().matches("[0-9]{8}"), keys.getAppKey());
    assertEquals(32, keys.getAppSecret().length());

    SetAppsAuthoritiesRequest grant = core(new SetAppsAuthoritiesRequest());
    grant.setApiId(orders);
    grant.setStageName("RELEASE");
    grant.setAppIds(String.valueOf(appId));
    Sdks.core().getAcsResponse(grant);
    grant.setAppIds("99999999999999");
    assertEquals("InvalidParameter", assertThrows(ClientException.class, () -> Sdks.core().getAcsResponse(grant)).getErrCode());

    DescribeAuthorizedAppsRequest list = core(new DescribeAuthorizedAppsRequest());
    list.setApiId(orders);
    DescribeAuthorizedAppsResponse apps = Sdks.core().getAcsResponse(list);
    assertEquals(1, apps.getTotalCount());
    assertEquals("typed-app", apps.getAuthorizedApps().get(0).getAppName());
    assertEquals(appId, apps.getAuthorizedApps().get(0).getAppId());
  }

  @SuppressWarnings("unchecked")
  static String servicePath(Map<String, Object> definition) {
    return (String) ((Map<String, Object>) definition.get("ServiceConfig")).get("ServicePath");
  }

  @Test
  void everyDeployIsAHistoryVersionAndSwitchApiGoesBackToOne() {
    String group = group("history");
    String orders = httpApi(group, "orders", "/v1/orders");
    api.call("DeployApi", "ApiId", orders, "StageName", "RELEASE", "Description", "first");
    api.call("ModifyApi", "ApiId", orders, "ApiName", "orders", "Visibility", "PRIVATE", "RequestConfig", REQUEST_CONFIG,
        "ServiceConfig", HTTP_SERVICE.replace("/orders", "/v2/orders"));
    api.advance("1s");
    api.call("DeployApi", "ApiId", orders, "StageName", "RELEASE", "Description", "second");
    api.call("DeployApi", "ApiId", orders, "StageName", "TEST", "Description", "try");

    List<Map<String, Object>> release = wrapped(api.call("DescribeHistoryApis", "GroupId", group, "StageName", "RELEASE"),
        "ApiHisItems", "ApiHisItem");
    assertEquals(List.of("first", "second"), release.stream().map(h -> h.get("Description")).toList());
    assertEquals(List.of("OFFLINE", "ONLINE"), release.stream().map(h -> h.get("Status")).toList());
    assertTrue(release.stream().allMatch(h -> ((String) h.get("HistoryVersion")).matches("[0-9]{17}")), release.toString());
    String first = (String) release.get(0).get("HistoryVersion");
    assertEquals(3, ((Number) api.call("DescribeHistoryApis", "GroupId", group).get("TotalCount")).intValue());
    assertEquals(2, ((Number) api.call("DescribeHistoryApis", "GroupId", group, "ApiName", "ord", "StageName", "RELEASE").get("TotalCount")).intValue());
    assertEquals("InvalidParameter", api.fails("DescribeHistoryApis", "GroupId", "0123456789abcdef0123456789abcdef").getCode());

    // Each version keeps the definition it deployed; the deployed API is the last one.
    Map<String, Object> old = api.call("DescribeApiHistory", "ApiId", orders, "StageName", "RELEASE", "HistoryVersion", first);
    assertEquals(List.of("/v1/orders", "OFFLINE", "RELEASE"), List.of(servicePath(old), old.get("Status"), old.get("StageName")));
    Map<String, Object> deployed = api.call("DescribeDeployedApi", "ApiId", orders, "StageName", "RELEASE");
    assertEquals(List.of("/v2/orders", "orders", "RELEASE"), List.of(servicePath(deployed), deployed.get("ApiName"), deployed.get("StageName")));
    assertEquals("The specified parameter \"StageName\" is not valid.",
        api.fails("DescribeDeployedApi", "ApiId", orders, "StageName", "PRE").getData().get("Message"));
    assertEquals("The specified parameter \"HistoryVersion\" is not valid.", api.fails("DescribeApiHistory", "ApiId", orders,
        "StageName", "TEST", "HistoryVersion", first).getData().get("Message"));

    // SwitchApi: RELEASE serves the first version again.
    assertEquals("The specified parameter \"HistoryVersion\" is not valid.", api.fails("SwitchApi", "ApiId", orders,
        "StageName", "RELEASE", "HistoryVersion", "19990101000000000", "Description", "back").getData().get("Message"));
    assertEquals("InvalidParameter", api.fails("SwitchApi", "ApiId", orders, "StageName", "NOWHERE", "HistoryVersion", first,
        "Description", "back").getCode());
    api.call("SwitchApi", "ApiId", orders, "StageName", "RELEASE", "HistoryVersion", first, "Description", "back");
    assertEquals("/v1/orders", servicePath(api.call("DescribeDeployedApi", "ApiId", orders, "StageName", "RELEASE")));
    assertEquals(List.of("ONLINE", "OFFLINE"), wrapped(api.call("DescribeHistoryApis", "GroupId", group, "StageName", "RELEASE"),
        "ApiHisItems", "ApiHisItem").stream().map(h -> h.get("Status")).toList());
    assertEquals("/v2/orders", servicePath(api.call("DescribeApi", "ApiId", orders))); // the draft is untouched

    // Abolish: nothing deployed, every version offline.
    api.call("AbolishApi", "ApiId", orders, "StageName", "RELEASE");
    assertEquals("InvalidParameter", api.fails("DescribeDeployedApi", "ApiId", orders, "StageName", "RELEASE").getCode());
    assertEquals(List.of("OFFLINE", "OFFLINE"), wrapped(api.call("DescribeHistoryApis", "GroupId", group, "StageName", "RELEASE"),
        "ApiHisItems", "ApiHisItem").stream().map(h -> h.get("Status")).toList());
    // Switching an abolished stage back to a version deploys it again.
    api.call("SwitchApi", "ApiId", orders, "StageName", "RELEASE", "HistoryVersion", first, "Description", "restore");
    assertEquals("/v1/orders", servicePath(api.call("DescribeDeployedApi", "ApiId", orders, "StageName", "RELEASE")));
  }

  @Test
  void batchDeployAndAbolishRunAsTasks() {
    String group = group("batch");
    String a = httpApi(group, "a", "/a");
    String b = httpApi(group, "b", "/b");
    assertEquals("The specified parameter \"Api\" is not valid.", api.fails("BatchDeployApis", "StageName", "RELEASE", "Description", "x",
        "Api.1.ApiUid", a, "Api.1.GroupId", group, "Api.2.ApiUid", "0123456789abcdef0123456789abcdef", "Api.2.GroupId", group)
        .getData().get("Message"));
    assertEquals("The specified parameter \"StageName\" is not valid.", api.fails("BatchDeployApis", "StageName", "STAGING",
        "Description", "x", "Api.1.ApiUid", a, "Api.1.GroupId", group).getData().get("Message"));

    String deploy = (String) api.call("BatchDeployApis", "StageName", "RELEASE", "Description", "batch v1",
        "Api.1.ApiUid", a, "Api.1.GroupId", group, "Api.2.ApiUid", b, "Api.2.GroupId", group).get("OperationId");
    assertTrue(deploy.matches("[0-9a-f]{32}"), deploy);
    List<Map<String, Object>> running = wrapped(api.call("DescribeDeployApiTask", "OperationUid", deploy), "DeployedResults", "DeployedResult");
    assertEquals(Set.of(a, b), values(running, "ApiUid"));
    assertEquals(Set.of("RUNNING"), values(running, "DeployedStatus"));
    assertEquals(Set.of("RELEASE"), values(running, "StageName"));
    api.advance("3s");
    List<Map<String, Object>> over = wrapped(api.call("DescribeDeployApiTask", "OperationUid", deploy), "DeployedResults", "DeployedResult");
    assertEquals(Set.of("OVER"), values(over, "DeployedStatus"));
    assertEquals(Set.of("Success. Request Success."), values(over, "ErrorMsg"));

    List<Map<String, Object>> deployed = wrapped(api.call("DescribeDeployedApis", "GroupId", group), "DeployedApis", "DeployedApiItem");
    assertEquals(Set.of(a, b), values(deployed, "ApiId"));
    assertEquals("/b", servicePath(api.call("DescribeDeployedApi", "ApiId", b, "StageName", "RELEASE")));
    assertEquals(1, ((Number) api.call("DescribeHistoryApis", "GroupId", group, "ApiId", a).get("TotalCount")).intValue());
    String stageId = (String) wrapped(api.call("DescribeApiGroup", "GroupId", group), "StageItems", "StageInfo").stream()
        .filter(s -> "RELEASE".equals(s.get("StageName"))).findFirst().orElseThrow().get("StageId");

    // A task id is of its kind only.
    assertEquals("The specified parameter \"OperationUid\" is not valid.",
        api.fails("DescribeAbolishApiTask", "OperationUid", deploy).getData().get("Message"));
    assertEquals("InvalidParameter", api.fails("DescribeDeployApiTask", "OperationUid", "0123456789abcdef0123456789abcdef").getCode());

    assertEquals("The specified parameter \"StageName\" is not valid.", api.fails("BatchAbolishApis", "Api.1.ApiUid", a,
        "Api.1.GroupId", group, "Api.1.StageName", "STAGING", "Api.1.StageId", stageId).getData().get("Message"));
    String abolish = (String) api.call("BatchAbolishApis", "Api.1.ApiUid", a, "Api.1.GroupId", group, "Api.1.StageName", "RELEASE",
        "Api.1.StageId", stageId).get("OperationId");
    Map<String, Object> result = wrapped(api.call("DescribeAbolishApiTask", "OperationUid", abolish), "ApiAbolishResults", "ApiAbolishResult").get(0);
    assertEquals(List.of(a, "a", "batch", "RUNNING", stageId), List.of(result.get("ApiUid"), result.get("ApiName"), result.get("GroupName"),
        result.get("AbolishStatus"), result.get("StageId")));
    api.advance("3s");
    assertEquals("OVER", wrapped(api.call("DescribeAbolishApiTask", "OperationUid", abolish), "ApiAbolishResults", "ApiAbolishResult")
        .get(0).get("AbolishStatus"));
    assertEquals(Set.of(b), values(wrapped(api.call("DescribeDeployedApis", "GroupId", group), "DeployedApis", "DeployedApiItem"), "ApiId"));
    api.call("DeleteApi", "ApiId", a);
    assertEquals("InvalidParameter", api.fails("DeleteApi", "ApiId", b).getCode()); // still deployed
  }

  @Test
  void batchAbolishApisAbolishesExactlyTheListedPairs() {
    String group = group("pairs");
    String other = group("elsewhere");
    String a = httpApi(group, "a", "/a");
    String b = httpApi(group, "b", "/b");
    for (String stage : List.of("RELEASE", "TEST")) {
      api.call("BatchDeployApis", "StageName", stage, "Description", "v1", "Api.1.ApiUid", a, "Api.1.GroupId", group,
          "Api.2.ApiUid", b, "Api.2.GroupId", group);
    }
    // An API named with a group it is not in: the whole batch is refused, nothing changes.
    assertEquals("The specified parameter \"Api\" is not valid.", api.fails("BatchDeployApis", "StageName", "PRE", "Description", "x",
        "Api.1.ApiUid", a, "Api.1.GroupId", group, "Api.2.ApiUid", b, "Api.2.GroupId", other).getData().get("Message"));
    assertEquals("The specified parameter \"Api\" is not valid.", api.fails("BatchAbolishApis", "Api.1.ApiUid", a,
        "Api.1.GroupId", other, "Api.1.StageName", "RELEASE").getData().get("Message"));
    assertEquals(4, ((Number) api.call("DescribeDeployedApis", "GroupId", group).get("TotalCount")).intValue());

    // (a, RELEASE) and (b, TEST): a stays on TEST, b on RELEASE.
    String abolish = (String) api.call("BatchAbolishApis", "Api.1.ApiUid", a, "Api.1.GroupId", group, "Api.1.StageName", "RELEASE",
        "Api.2.ApiUid", b, "Api.2.GroupId", group, "Api.2.StageName", "TEST").get("OperationId");
    assertEquals(Set.of(a + "/RELEASE", b + "/TEST"), wrapped(api.call("DescribeAbolishApiTask", "OperationUid", abolish),
        "ApiAbolishResults", "ApiAbolishResult").stream().map(r -> r.get("ApiUid") + "/" + r.get("StageName")).collect(Collectors.toSet()));
    assertEquals(Set.of(a + "/TEST", b + "/RELEASE"), wrapped(api.call("DescribeDeployedApis", "GroupId", group), "DeployedApis",
        "DeployedApiItem").stream().map(d -> d.get("ApiId") + "/" + d.get("StageName")).collect(Collectors.toSet()));
    assertEquals(Set.of("a/RELEASE/OFFLINE", "a/TEST/ONLINE", "b/RELEASE/ONLINE", "b/TEST/OFFLINE"),
        wrapped(api.call("DescribeHistoryApis", "GroupId", group), "ApiHisItems", "ApiHisItem").stream()
            .map(h -> h.get("ApiName") + "/" + h.get("StageName") + "/" + h.get("Status")).collect(Collectors.toSet()));
  }

  @Test
  void regionsVpcWhitelistAndStageVariables() {
    @SuppressWarnings("unchecked")
    List<Map<String, Object>> regions = wrapped(api.call("DescribeRegions"), "Regions", "Region");
    assertTrue(regions.stream().anyMatch(r -> "cn-hangzhou".equals(r.get("RegionId"))
        && "apigateway.cn-hangzhou.aliyuncs.com".equals(r.get("RegionEndpoint"))), regions.toString());

    String group = group("edges");
    assertEquals("", api.call("DescribeApiGroupVpcWhitelist", "GroupId", group).get("VpcIds"));
    api.call("ModifyApiGroupVpcWhitelist", "GroupId", group, "VpcIds", "vpc-bp1a,vpc-bp1b");
    assertEquals("vpc-bp1a,vpc-bp1b", api.call("DescribeApiGroupVpcWhitelist", "GroupId", group).get("VpcIds"));
    String absent = "0123456789abcdef0123456789abcdef";
    assertEquals("The specified parameter \"GroupId\" is not valid.",
        api.fails("ModifyApiGroupVpcWhitelist", "GroupId", absent, "VpcIds", "vpc-bp1a").getData().get("Message"));
    assertEquals("InvalidParameter", api.fails("DescribeApiGroupVpcWhitelist", "GroupId", absent).getCode());

    String release = (String) wrapped(api.call("DescribeApiGroup", "GroupId", group), "StageItems", "StageInfo").stream()
        .filter(s -> "RELEASE".equals(s.get("StageName"))).findFirst().orElseThrow().get("StageId");
    api.call("CreateApiStageVariable", "GroupId", group, "StageId", release, "VariableName", "backend", "VariableValue", "a.internal");
    assertEquals("The specified parameter \"VariableName\" is not valid.", api.fails("CreateApiStageVariable", "GroupId", group,
        "StageId", release, "VariableName", "backend", "VariableValue", "b.internal").getData().get("Message"));
    assertEquals("The specified parameter \"StageId\" is not valid.", api.fails("CreateApiStageVariable", "GroupId", group,
        "StageId", absent, "VariableName", "other").getData().get("Message"));
    assertEquals("InvalidParameter", api.fails("CreateApiStageVariable", "GroupId", absent, "StageId", release,
        "VariableName", "other").getCode());
    api.call("DeleteApiStageVariable", "GroupId", group, "StageId", release, "VariableName", "backend");
    assertEquals("The specified parameter \"VariableName\" is not valid.", api.fails("DeleteApiStageVariable", "GroupId", group,
        "StageId", release, "VariableName", "backend").getData().get("Message"));
    api.call("CreateApiStageVariable", "GroupId", group, "StageId", release, "VariableName", "backend", "VariableValue", "b.internal");
    api.call("DeleteApiGroup", "GroupId", group); // takes its stages and their variables
  }

  @Test
  void groupsAppsAndApisAreTaggedAsChildResources() {
    String first = (String) api.call("CreateApiGroup", "GroupName", "tagged-1", "Tag.1.Key", "env", "Tag.1.Value", "dev").get("GroupId");
    String second = group("tagged-2");
    String mobile = String.valueOf(api.call("CreateApp", "AppName", "tagged-app", "Tag.1.Key", "origin", "Tag.1.Value", "console")
        .get("AppId"));
    api.call("TagResources", "ResourceType", "apiGroup", "ResourceId.1", first, "ResourceId.2", second,
        "Tag.1.Key", "team", "Tag.1.Value", "shop", "Tag.2.Key", "env", "Tag.2.Value", "prod");
    api.call("TagResources", "ResourceType", "app", "ResourceId.1", mobile, "Tag.1.Key", "team", "Tag.1.Value", "mobile");

    List<Map<String, Object>> groupTags = (List<Map<String, Object>>) ((Map<String, Object>) api.call("ListTagResources",
        "ResourceType", "apiGroup", "ResourceId.1", first, "ResourceId.2", second).get("TagResources")).get("TagResource");
    assertEquals(Set.of(first + "/team=shop", first + "/env=prod", second + "/team=shop", second + "/env=prod"), groupTags.stream()
        .map(t -> t.get("ResourceId") + "/" + t.get("TagKey") + "=" + t.get("TagValue")).collect(Collectors.toSet()));
    assertEquals(Set.of("apiGroup"), values(groupTags, "ResourceType"));
    // The groups' own Tags follow: DescribeApiGroups filters by them (env was replaced: dev -> prod).
    assertEquals(Set.of(first, second), values(wrapped(api.call("DescribeApiGroups", "Tag.1.Key", "env", "Tag.1.Value", "prod"),
        "ApiGroupAttributes", "ApiGroupAttribute"), "GroupId"));
    assertEquals(List.of(), wrapped(api.call("DescribeApiGroups", "Tag.1.Key", "env", "Tag.1.Value", "dev"),
        "ApiGroupAttributes", "ApiGroupAttribute"));
    List<Map<String, Object>> appTags = (List<Map<String, Object>>) ((Map<String, Object>) api.call("ListTagResources",
        "ResourceType", "app", "ResourceId.1", mobile).get("TagResources")).get("TagResource");
    assertEquals(Set.of("origin=console", "team=mobile"), appTags.stream().map(t -> t.get("TagKey") + "=" + t.get("TagValue"))
        .collect(Collectors.toSet())); // the tag given at creation too

    api.call("UntagResources", "ResourceType", "apiGroup", "ResourceId.1", first, "TagKey.1", "team");
    assertEquals(Set.of("env"), values((List<Map<String, Object>>) ((Map<String, Object>) api.call("ListTagResources",
        "ResourceType", "apiGroup", "ResourceId.1", first).get("TagResources")).get("TagResource"), "TagKey"));
    api.call("UntagResources", "ResourceType", "apiGroup", "ResourceId.1", second, "All", "true");
    assertEquals(List.of(), ((Map<String, Object>) api.call("ListTagResources", "ResourceType", "apiGroup", "ResourceId.1", second)
        .get("TagResources")).get("TagResource"));

    // Refusals from state: a resource that does not exist, a type with nothing emulated.
    assertEquals("The specified parameter \"ResourceId\" is not valid.", api.fails("TagResources", "ResourceType", "apiGroup",
        "ResourceId.1", first, "ResourceId.2", "0123456789abcdef0123456789abcdef", "Tag.1.Key", "k", "Tag.1.Value", "v")
        .getData().get("Message"));
    assertEquals("The specified parameter \"ResourceId\" is not valid.", api.fails("UntagResources", "ResourceType", "app",
        "ResourceId.1", "12345678901234", "All", "true").getData().get("Message"));
    assertEquals("The specified parameter \"ResourceType\" is not valid.", api.fails("TagResources", "ResourceType", "plugin",
        "ResourceId.1", first, "Tag.1.Key", "k", "Tag.1.Value", "v").getData().get("Message"));
    // Deleting a tagged resource takes its tags.
    api.call("DeleteApp", "AppId", mobile);
    assertEquals(List.of(), ((Map<String, Object>) api.call("ListTagResources", "ResourceType", "app").get("TagResources")).get("TagResource"));
  }
}
