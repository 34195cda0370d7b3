package io.clouddouble.contracttest;

import static io.clouddouble.contracttest.ContractCase.Kind.NOT_FOUND;
import static io.clouddouble.contracttest.ContractCase.Kind.READ;
import static io.clouddouble.contracttest.ContractCase.Kind.VALIDATION;

import com.fasterxml.jackson.databind.JsonNode;
import io.clouddouble.contracttest.Session.Answer;
import java.security.SecureRandom;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * CloudAPI 2016-07-14: the 3 VPC-access operations, signed with V1 and sent as GET, as the core
 * cloudapi SDK does. They have no DryRun, so the safe probes are reads, validation and not-found.
 */
final class CloudApiCases {
  private static final Product P = Product.CLOUDAPI;
  private static final Signing SIGNING = Signing.ALIBABA_V1;

  private CloudApiCases() {}

  static List<ContractCase> all() {
    return List.of(
        probe("DescribeVpcAccesses", READ, s -> s.alibaba(op("DescribeVpcAccesses"), Params.of(), Expectation.success())),
        probe("SetVpcAccess", VALIDATION,
            s -> s.alibaba(op("SetVpcAccess"), Params.of("VpcId", Absent.VPC, "InstanceId", Absent.ECS_INSTANCE, "Port", "80"),
                Expectation.error("MissingName"))),
        probe("RemoveVpcAccess", VALIDATION,
            s -> s.alibaba(op("RemoveVpcAccess"), Params.of("VpcId", Absent.VPC, "InstanceId", Absent.ECS_INSTANCE),
                Expectation.error("MissingPort"))),
        // Which error the real service gives for an authorization that does not exist is undocumented.
        probe("RemoveVpcAccess", NOT_FOUND,
            s -> s.alibaba(op("RemoveVpcAccess"), Params.of("VpcId", Absent.VPC, "InstanceId", Absent.ECS_INSTANCE, "Port", "80"),
                Expectation.successOrDocumentedError())),
        ContractCase.lifecycle(P, List.of("SetVpcAccess", "DescribeVpcAccesses", "RemoveVpcAccess"), SIGNING,
            CloudApiCases::lifecycle),
        probe("DescribeApiGroups", READ, s -> s.alibaba(op("DescribeApiGroups"), Params.of("PageSize", "5"), Expectation.success())),
        probe("DescribeApis", READ, s -> s.alibaba(op("DescribeApis"), Params.of("PageSize", "5"), Expectation.success())),
        probe("DescribeDeployedApis", READ, s -> s.alibaba(op("DescribeDeployedApis"), Params.of("PageSize", "5"), Expectation.success())),
        probe("DescribeApisByVpcAccess", READ, s -> s.alibaba(op("DescribeApisByVpcAccess"), Params.of(), Expectation.success())),
        probe("CreateApiGroup", VALIDATION, s -> s.alibaba(op("CreateApiGroup"), Params.of("Description", "x"),
            Expectation.error("MissingGroupName"))),
        probe("CreateApi", VALIDATION, s -> s.alibaba(op("CreateApi"), Params.of("GroupId", ABSENT_ID, "ApiName", "x",
            "Visibility", "PRIVATE", "RequestConfig", "{}"), Expectation.error("MissingServiceConfig"))),
        // Which error the real service gives for a group or API that does not exist is undocumented.
        probe("DescribeApiGroup", NOT_FOUND, s -> s.alibaba(op("DescribeApiGroup"), Params.of("GroupId", ABSENT_ID),
            Expectation.successOrDocumentedError())),
        probe("ModifyApiGroup", NOT_FOUND, s -> s.alibaba(op("ModifyApiGroup"), Params.of("GroupId", ABSENT_ID, "Description", "x"),
            Expectation.successOrDocumentedError())),
        probe("DeleteApiGroup", NOT_FOUND, s -> s.alibaba(op("DeleteApiGroup"), Params.of("GroupId", ABSENT_ID),
            Expectation.successOrDocumentedError())),
        probe("DescribeApi", NOT_FOUND, s -> s.alibaba(op("DescribeApi"), Params.of("ApiId", ABSENT_ID),
            Expectation.successOrDocumentedError())),
        probe("ModifyApi", NOT_FOUND, s -> s.alibaba(op("ModifyApi"), Params.of("ApiId", ABSENT_ID, "ApiName", "x",
            "Visibility", "PRIVATE", "RequestConfig", "{}", "ServiceConfig", "{}"), Expectation.successOrDocumentedError())),
        probe("DeleteApi", NOT_FOUND, s -> s.alibaba(op("DeleteApi"), Params.of("ApiId", ABSENT_ID),
            Expectation.successOrDocumentedError())),
        probe("DeployApi", NOT_FOUND, s -> s.alibaba(op("DeployApi"), Params.of("ApiId", ABSENT_ID, "StageName", "TEST",
            "Description", "x"), Expectation.successOrDocumentedError())),
        probe("RemoveVpcAccessAndAbolishApis", NOT_FOUND, s -> s.alibaba(op("RemoveVpcAccessAndAbolishApis"),
            Params.of("VpcId", Absent.VPC, "InstanceId", Absent.ECS_INSTANCE, "Port", "80"), Expectation.successOrDocumentedError())),
        probe("ModifyVpcAccessAndUpdateApis", NOT_FOUND, s -> s.alibaba(op("ModifyVpcAccessAndUpdateApis"),
            Params.of("Name", "clouddouble-absent-vpc-access", "Port", "80"), Expectation.successOrDocumentedError())),
        probe("AbolishApi", NOT_FOUND, s -> s.alibaba(op("AbolishApi"), Params.of("ApiId", ABSENT_ID, "StageName", "TEST"),
            Expectation.successOrDocumentedError())),
        // Apps and authorizations, history, switch and the batch tasks: an app, API, group or task no one has.
        probe("CreateApp", VALIDATION, s -> s.alibaba(op("CreateApp"), Params.of("Description", "x"), Expectation.error("MissingAppName"))),
        probe("DescribeApps", READ, s -> s.alibaba(op("DescribeApps"), Params.of("PageSize", "5"), Expectation.success())),
        absent("DescribeApp", "AppId", ABSENT_APP),
        absent("ModifyApp", "AppId", ABSENT_APP, "Description", "x"),
        absent("DeleteApp", "AppId", ABSENT_APP),
        absent("DescribeAppSecurity", "AppId", ABSENT_APP),
        absent("DescribeAuthorizedApis", "AppId", ABSENT_APP),
        absent("SetAppsAuthorities", "ApiId", ABSENT_ID, "StageName", "RELEASE", "AppIds", ABSENT_APP),
        absent("RemoveAppsAuthorities", "ApiId", ABSENT_ID, "StageName", "RELEASE", "AppIds", ABSENT_APP),
        absent("DescribeAuthorizedApps", "ApiId", ABSENT_ID),
        absent("DescribeDeployedApi", "ApiId", ABSENT_ID, "StageName", "RELEASE"),
        absent("DescribeApiHistory", "ApiId", ABSENT_ID, "StageName", "RELEASE", "HistoryVersion", "20200101000000000"),
        absent("DescribeHistoryApis", "GroupId", ABSENT_ID),
        absent("SwitchApi", "ApiId", ABSENT_ID, "StageName", "RELEASE", "HistoryVersion", "20200101000000000", "Description", "x"),
        absent("BatchDeployApis", "StageName", "TEST", "Description", "x", "Api.1.ApiUid", ABSENT_ID, "Api.1.GroupId", ABSENT_ID),
        absent("BatchAbolishApis", "Api.1.ApiUid", ABSENT_ID, "Api.1.GroupId", ABSENT_ID, "Api.1.StageName", "TEST",
            "Api.1.StageId", ABSENT_ID),
        absent("DescribeDeployApiTask", "OperationUid", ABSENT_ID),
        absent("DescribeAbolishApiTask", "OperationUid", ABSENT_ID),
        absent("DescribeUpdateVpcInfoTask", "OperationUid", ABSENT_ID),
        probe("ListTagResources", READ, s -> s.alibaba(op("ListTagResources"), Params.of("ResourceType", "apiGroup"), Expectation.success())),
        absent("TagResources", "ResourceType", "apiGroup", "ResourceId.1", ABSENT_ID, "Tag.1.Key", "ct", "Tag.1.Value", "ct"),
        absent("UntagResources", "ResourceType", "apiGroup", "ResourceId.1", ABSENT_ID, "All", "true"),
        probe("DescribeRegions", READ, s -> s.alibaba(op("DescribeRegions"), Params.of(), Expectation.success())),
        absent("DescribeApiGroupVpcWhitelist", "GroupId", ABSENT_ID),
        absent("ModifyApiGroupVpcWhitelist", "GroupId", ABSENT_ID, "VpcIds", Absent.VPC),
        absent("CreateApiStageVariable", "GroupId", ABSENT_ID, "StageId", ABSENT_ID, "VariableName", "ct"),
        absent("DeleteApiStageVariable", "GroupId", ABSENT_ID, "StageId", ABSENT_ID, "VariableName", "ct"),
        // A second lifecycle of the product: its own id (ContractCase.lifecycle names one per product).
        new ContractCase("cloudapi.provider-workflow.lifecycle", P, Stream.of("CreateApiGroup", "DescribeApiGroup",
                "DescribeApiGroups", "ModifyApiGroup", "SetVpcAccess", "CreateApi", "DescribeApi", "DescribeApis", "ModifyApi",
                "DeployApi", "DescribeDeployedApis", "DescribeApisByVpcAccess", "AbolishApi", "ModifyVpcAccessAndUpdateApis", "DescribeUpdateVpcInfoTask",
                "RemoveVpcAccessAndAbolishApis", "DeleteApi",
                "DeleteApiGroup").map(CloudApiCases::op).toList(), ContractCase.Kind.LIFECYCLE, SIGNING,
            CloudApiCases::providerWorkflow),
        new ContractCase("cloudapi.apps-and-versions.lifecycle", P, Stream.of("CreateApiGroup", "CreateApi", "CreateApp",
                "DescribeApp", "DescribeApps", "DescribeAppSecurity", "ModifyApp", "DeployApi", "DescribeDeployedApi",
                "DescribeHistoryApis", "DescribeApiGroup", "DescribeApiHistory", "SwitchApi", "SetAppsAuthorities", "DescribeAuthorizedApps",
                "DescribeAuthorizedApis", "RemoveAppsAuthorities", "BatchAbolishApis", "DescribeAbolishApiTask", "BatchDeployApis",
                "DescribeDeployApiTask", "AbolishApi", "DeleteApi", "DeleteApp", "DescribeRegions", "ModifyApiGroupVpcWhitelist",
                "DescribeApiGroupVpcWhitelist", "CreateApiStageVariable", "DeleteApiStageVariable", "TagResources", "ListTagResources", "UntagResources",
                "DeleteApiGroup")
                .map(CloudApiCases::op).toList(),
            ContractCase.Kind.LIFECYCLE, SIGNING, CloudApiCases::appsAndVersions));
  }

  /**
   * A group with an HTTP-backed API deployed twice to TEST, an app authorized on it, a switch back
   * to the first version, a batch abolish and a batch deploy, then everything deleted.
   */
  private static void appsAndVersions(Session s) {
    String group = s.alibaba(op("CreateApiGroup"), Params.of("GroupName", Session.unique("clouddouble_ct").replace('-', '_'),
        "Description", "clouddouble contract test"), Expectation.success()).body().path("GroupId").asText();
    s.cleanup().register("ApiGroup " + group, () -> s.alibabaUnchecked(op("DeleteApiGroup"), Params.of("GroupId", group)).ok());
    String request = "{\"RequestProtocol\":\"HTTP\",\"RequestHttpMethod\":\"GET\",\"RequestPath\":\"/ct\",\"RequestMode\":\"PASSTHROUGH\"}";
    String service = "{\"ServiceProtocol\":\"HTTP\",\"ServiceAddress\":\"http://www.example.com\",\"ServiceHttpMethod\":\"GET\","
        + "\"ServicePath\":\"/ct\",\"ServiceTimeout\":\"1000\",\"ServiceVpcEnable\":\"FALSE\"}";
    String apiId = s.alibaba(op("CreateApi"), Params.of("GroupId", group, "ApiName", "ct_versions", "Visibility", "PRIVATE",
        "RequestConfig", request, "ServiceConfig", service), Expectation.success()).body().path("ApiId").asText();
    s.cleanup().register("Api " + apiId, () -> s.alibabaUnchecked(op("DeleteApi"), Params.of("ApiId", apiId)).ok());

    String appId = s.alibaba(op("CreateApp"), Params.of("AppName", Session.unique("clouddouble_ct").replace('-', '_'),
        "Description", "clouddouble contract test"), Expectation.success()).body().path("AppId").asText();
    s.cleanup().register("App " + appId, () -> s.alibabaUnchecked(op("DeleteApp"), Params.of("AppId", appId)).ok());
    s.alibaba(op("DescribeApp"), Params.of("AppId", appId), Expectation.success());
    s.alibaba(op("DescribeApps"), Params.of("AppId", appId), Expectation.success());
    Checks.require(!s.alibaba(op("DescribeAppSecurity"), Params.of("AppId", appId), Expectation.success()).body().path("AppKey")
        .asText().isEmpty(), "DescribeAppSecurity shows an AppKey");
    s.alibaba(op("ModifyApp"), Params.of("AppId", appId, "Description", "modified"), Expectation.success());

    s.cleanup().register("Deployment " + apiId, () -> s.alibabaUnchecked(op("AbolishApi"),
        Params.of("ApiId", apiId, "StageName", "TEST")).ok());
    s.alibaba(op("DeployApi"), Params.of("ApiId", apiId, "StageName", "TEST", "Description", "ct v1"), Expectation.success());
    s.alibaba(op("DeployApi"), Params.of("ApiId", apiId, "StageName", "TEST", "Description", "ct v2"), Expectation.success());
    s.alibaba(op("DescribeDeployedApi"), Params.of("ApiId", apiId, "StageName", "TEST"), Expectation.success());
    JsonNode versions = s.alibaba(op("DescribeHistoryApis"), Params.of("GroupId", group, "ApiId", apiId, "StageName", "TEST"),
        Expectation.success()).body().path("ApiHisItems").path("ApiHisItem");
    List<String> numbers = Checks.stream(versions).map(v -> v.path("HistoryVersion").asText()).sorted().toList();
    Checks.require(numbers.size() >= 2, "DescribeHistoryApis lists both deployments");
    s.alibaba(op("DescribeApiHistory"), Params.of("ApiId", apiId, "StageName", "TEST", "HistoryVersion", numbers.get(0)),
        Expectation.success());
    s.alibaba(op("SwitchApi"), Params.of("ApiId", apiId, "StageName", "TEST", "HistoryVersion", numbers.get(0),
        "Description", "ct back"), Expectation.success());

    s.alibaba(op("SetAppsAuthorities"), Params.of("ApiId", apiId, "StageName", "TEST", "AppIds", appId), Expectation.success());
    Checks.require(Checks.contains(s.alibaba(op("DescribeAuthorizedApps"), Params.of("ApiId", apiId), Expectation.success())
        .body().path("AuthorizedApps").path("AuthorizedApp"), "AppId", appId), "DescribeAuthorizedApps finds " + appId);
    Checks.require(Checks.contains(s.alibaba(op("DescribeAuthorizedApis"), Params.of("AppId", appId), Expectation.success())
        .body().path("AuthorizedApis").path("AuthorizedApi"), "ApiId", apiId), "DescribeAuthorizedApis finds " + apiId);
    s.alibaba(op("RemoveAppsAuthorities"), Params.of("ApiId", apiId, "StageName", "TEST", "AppIds", appId), Expectation.success());

    String stageId = Checks.stream(s.alibaba(op("DescribeApiGroup"), Params.of("GroupId", group), Expectation.success())
        .body().path("StageItems").path("StageInfo")).filter(st -> "TEST".equals(st.path("StageName").asText()))
        .map(st -> st.path("StageId").asText()).findFirst().orElse("");
    String abolish = s.alibaba(op("BatchAbolishApis"), Params.of("Api.1.ApiUid", apiId, "Api.1.GroupId", group,
        "Api.1.StageName", "TEST", "Api.1.StageId", stageId), Expectation.success()).body().path("OperationId").asText();
    s.alibaba(op("DescribeAbolishApiTask"), Params.of("OperationUid", abolish), Expectation.success());
    Checks.require(waitUntilAbolished(s, group, apiId), "BatchAbolishApis abolished " + apiId);
    String deploy = s.alibaba(op("BatchDeployApis"), Params.of("StageName", "TEST", "Description", "ct batch",
        "Api.1.ApiUid", apiId, "Api.1.GroupId", group), Expectation.success()).body().path("OperationId").asText();
    s.alibaba(op("DescribeDeployApiTask"), Params.of("OperationUid", deploy), Expectation.success());
    Checks.require(waitUntilDeployed(s, group, apiId), "BatchDeployApis deployed " + apiId);
    s.alibaba(op("AbolishApi"), Params.of("ApiId", apiId, "StageName", "TEST"), Expectation.success());
    s.cleanup().done("Deployment " + apiId);
    s.alibaba(op("DeleteApi"), Params.of("ApiId", apiId), Expectation.success());
    s.cleanup().done("Api " + apiId);
    s.alibaba(op("DeleteApp"), Params.of("AppId", appId), Expectation.success());
    s.cleanup().done("App " + appId);
    s.alibaba(op("DescribeRegions"), Params.of(), Expectation.success());
    s.alibaba(op("ModifyApiGroupVpcWhitelist"), Params.of("GroupId", group, "VpcIds", s.config().fixtures().alibabaVpcId()),
        Expectation.success());
    s.alibaba(op("DescribeApiGroupVpcWhitelist"), Params.of("GroupId", group), Expectation.success());
    s.alibaba(op("CreateApiStageVariable"), Params.of("GroupId", group, "StageId", stageId, "VariableName", "ct",
        "VariableValue", "ct.internal"), Expectation.success());
    s.alibaba(op("DeleteApiStageVariable"), Params.of("GroupId", group, "StageId", stageId, "VariableName", "ct"),
        Expectation.success());
    s.alibaba(op("TagResources"), Params.of("ResourceType", "apiGroup", "ResourceId.1", group, "Tag.1.Key", "clouddouble-ct",
        "Tag.1.Value", "ct"), Expectation.success());
    Checks.require(Checks.contains(s.alibaba(op("ListTagResources"), Params.of("ResourceType", "apiGroup", "ResourceId.1", group),
        Expectation.success()).body().path("TagResources").path("TagResource"), "TagKey", "clouddouble-ct"), "ListTagResources finds the tag");
    s.alibaba(op("UntagResources"), Params.of("ResourceType", "apiGroup", "ResourceId.1", group, "TagKey.1", "clouddouble-ct"),
        Expectation.success());
    s.alibaba(op("DeleteApiGroup"), Params.of("GroupId", group), Expectation.success());
    s.cleanup().done("ApiGroup " + group);
  }

  private static boolean waitUntilDeployed(Session s, String group, String apiId) {
    for (int poll = 0; poll < 30; poll++) {
      JsonNode deployed = s.alibaba(op("DescribeDeployedApis"), Params.of("GroupId", group, "StageName", "TEST"),
          Expectation.success()).body().path("DeployedApis").path("DeployedApiItem");
      if (Checks.contains(deployed, "ApiId", apiId)) {
        return true;
      }
      try {
        Thread.sleep(2000); // only the real service gets here: the fake deploys at once
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return false;
      }
    }
    return false;
  }

  /** An id no group or API has. */
  private static final String ABSENT_ID = "00000000000000000000000000000000";
  /** An AppId no app has. */
  private static final String ABSENT_APP = "10000000000001";

  /** Which error the real service gives for something that does not exist is undocumented. */
  private static ContractCase absent(String operation, String... params) {
    return probe(operation, NOT_FOUND, s -> s.alibaba(op(operation), Params.of(params), Expectation.successOrDocumentedError()));
  }

  /**
   * A group, a VPC access on a random high port of the fixture instance, a VPC-backed API deployed
   * to TEST, found by its access, abolished and deleted with its group and access.
   */
  private static void providerWorkflow(Session s) {
    TargetConfig.Fixtures f = s.config().fixtures();
    String port = String.valueOf(30000 + new SecureRandom().nextInt(10000));
    Map<String, String> tuple = Params.of("VpcId", f.alibabaVpcId(), "InstanceId", f.cloudApiInstanceId(), "Port", port);
    Checks.require(accesses(s, tuple).isEmpty(), "no existing authorization on " + tuple);

    String groupName = Session.unique("clouddouble_ct").replace('-', '_');
    String group = s.alibaba(op("CreateApiGroup"), Params.of("GroupName", groupName, "Description", "clouddouble contract test"),
        Expectation.success()).body().path("GroupId").asText();
    s.cleanup().register("ApiGroup " + group, () -> s.alibabaUnchecked(op("DeleteApiGroup"), Params.of("GroupId", group)).ok());
    s.alibaba(op("DescribeApiGroup"), Params.of("GroupId", group), Expectation.success());
    JsonNode groups = s.alibaba(op("DescribeApiGroups"), Params.of("GroupId", group), Expectation.success())
        .body().path("ApiGroupAttributes").path("ApiGroupAttribute");
    Checks.require(Checks.contains(groups, "GroupId", group), "DescribeApiGroups finds " + group);
    s.alibaba(op("ModifyApiGroup"), Params.of("GroupId", group, "Description", "modified"), Expectation.success());

    String accessName = Session.unique("clouddouble-ct");
    s.alibaba(op("SetVpcAccess"), Params.with(tuple, "Name", accessName), Expectation.success());
    s.cleanup().register("VpcAccess " + accessName + " " + tuple, () -> s.alibabaUnchecked(op("RemoveVpcAccess"), tuple).ok());

    String request = "{\"RequestProtocol\":\"HTTP\",\"RequestHttpMethod\":\"GET\",\"RequestPath\":\"/ct\",\"RequestMode\":\"PASSTHROUGH\"}";
    String service = "{\"ServiceProtocol\":\"HTTP\",\"ServiceHttpMethod\":\"GET\",\"ServicePath\":\"/ct\",\"ServiceTimeout\":\"1000\","
        + "\"ServiceVpcEnable\":\"TRUE\",\"VpcConfig\":{\"Name\":\"" + accessName + "\"}}";
    Map<String, String> definition = Params.of("ApiName", "ct_api", "Visibility", "PRIVATE", "RequestConfig", request,
        "ServiceConfig", service);
    String apiId = s.alibaba(op("CreateApi"), Params.with(definition, "GroupId", group), Expectation.success())
        .body().path("ApiId").asText();
    s.cleanup().register("Api " + apiId, () -> s.alibabaUnchecked(op("DeleteApi"), Params.of("ApiId", apiId)).ok());
    s.alibaba(op("DescribeApi"), Params.of("ApiId", apiId), Expectation.success());
    s.alibaba(op("DescribeApis"), Params.of("GroupId", group), Expectation.success());
    s.alibaba(op("ModifyApi"), Params.with(Params.with(definition, "ApiId", apiId), "Description", "modified"), Expectation.success());

    s.cleanup().register("Deployment " + apiId, () -> s.alibabaUnchecked(op("AbolishApi"),
        Params.of("ApiId", apiId, "StageName", "TEST")).ok());
    s.alibaba(op("DeployApi"), Params.of("ApiId", apiId, "StageName", "TEST", "Description", "ct"), Expectation.success());
    JsonNode deployed = s.alibaba(op("DescribeDeployedApis"), Params.of("GroupId", group, "StageName", "TEST"), Expectation.success())
        .body().path("DeployedApis").path("DeployedApiItem");
    Checks.require(Checks.contains(deployed, "ApiId", apiId), "DescribeDeployedApis finds " + apiId);
    JsonNode users = s.alibaba(op("DescribeApisByVpcAccess"), Params.of("VpcName", accessName), Expectation.success())
        .body().path("ApiVpcAccessInfos").path("ApiVpcAccessInfo");
    Checks.require(Checks.contains(users, "ApiId", apiId), "DescribeApisByVpcAccess finds " + apiId);

    s.alibaba(op("AbolishApi"), Params.of("ApiId", apiId, "StageName", "TEST"), Expectation.success());
    // Deployed again, then abolished with the access itself.
    s.alibaba(op("DeployApi"), Params.of("ApiId", apiId, "StageName", "TEST", "Description", "ct again"), Expectation.success());
    // The same target, with a host name: the API and its deployment follow (asynchronously on the real service).
    String update = s.alibaba(op("ModifyVpcAccessAndUpdateApis"), Params.of("Name", accessName, "VpcTargetHostName", "ct.internal"),
        Expectation.success()).body().path("OperationId").asText();
    s.alibaba(op("DescribeUpdateVpcInfoTask"), Params.of("OperationUid", update), Expectation.success());
    s.alibaba(op("RemoveVpcAccessAndAbolishApis"), tuple, Expectation.success());
    s.cleanup().done("VpcAccess " + accessName + " " + tuple);
    // The real service abolishes asynchronously (OperationId): wait until TEST no longer lists the API.
    Checks.require(waitUntilAbolished(s, group, apiId), "RemoveVpcAccessAndAbolishApis abolished " + apiId);
    s.cleanup().done("Deployment " + apiId);
    s.alibaba(op("DeleteApi"), Params.of("ApiId", apiId), Expectation.success());
    s.cleanup().done("Api " + apiId);
    s.alibaba(op("DeleteApiGroup"), Params.of("GroupId", group), Expectation.success());
    s.cleanup().done("ApiGroup " + group);
  }

  private static boolean waitUntilAbolished(Session s, String group, String apiId) {
    for (int poll = 0; poll < 30; poll++) {
      JsonNode deployed = s.alibaba(op("DescribeDeployedApis"), Params.of("GroupId", group, "StageName", "TEST"),
          Expectation.success()).body().path("DeployedApis").path("DeployedApiItem");
      if (!Checks.contains(deployed, "ApiId", apiId)) {
        return true;
      }
      try {
        Thread.sleep(2000); // only the real service gets here: the fake abolishes at once
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return false;
      }
    }
    return false;
  }

  /**
   * Authorizes the fixture instance on a random high port, finds it, removes it. A port that is
   * already authorized is never touched: the case stops before creating anything.
   */
  private static void lifecycle(Session s) {
    TargetConfig.Fixtures f = s.config().fixtures();
    String port = String.valueOf(30000 + new SecureRandom().nextInt(10000));
    Map<String, String> tuple = Params.of("VpcId", f.alibabaVpcId(), "InstanceId", f.cloudApiInstanceId(), "Port", port);
    Checks.require(accesses(s, tuple).isEmpty(), "no existing authorization on " + tuple);

    String name = Session.unique("clouddouble-ct");
    Answer set = s.alibaba(op("SetVpcAccess"), Params.with(Params.with(tuple, "Name", name), "Description",
        "clouddouble contract test"), Expectation.success());
    String accessId = set.body().path("VpcAccessId").asText();
    s.cleanup().register("VpcAccess " + name + " " + tuple, () -> s.alibabaUnchecked(op("RemoveVpcAccess"), tuple).ok());

    JsonNode found = s.alibaba(op("DescribeVpcAccesses"), Params.of("Name", name, "AccurateQuery", "true"),
        Expectation.success()).body().path("VpcAccessAttributes").path("VpcAccessAttribute");
    Checks.require(Checks.contains(found, "VpcAccessId", accessId), "DescribeVpcAccesses finds " + accessId + " by name");

    s.alibaba(op("RemoveVpcAccess"), tuple, Expectation.success());
    s.cleanup().done("VpcAccess " + name + " " + tuple);
    Checks.require(accesses(s, tuple).isEmpty(), "the authorization is gone after RemoveVpcAccess");
  }

  private static List<JsonNode> accesses(Session s, Map<String, String> tuple) {
    JsonNode list = s.alibaba(op("DescribeVpcAccesses"), tuple, Expectation.success())
        .body().path("VpcAccessAttributes").path("VpcAccessAttribute");
    return Checks.stream(list).toList();
  }

  private static ContractCase probe(String operation, ContractCase.Kind kind, ContractCase.Body body) {
    return ContractCase.probe(P, operation, kind, SIGNING, body);
  }

  private static String op(String operation) {
    return P.contractName() + ":" + operation;
  }
}
