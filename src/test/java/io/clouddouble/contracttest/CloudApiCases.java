package io.clouddouble.contracttest;

import static io.clouddouble.contracttest.ContractCase.Kind.NOT_FOUND;
import static io.clouddouble.contracttest.ContractCase.Kind.READ;
import static io.clouddouble.contracttest.ContractCase.Kind.VALIDATION;

import com.fasterxml.jackson.databind.JsonNode;
import io.clouddouble.contracttest.Session.Answer;
import java.security.SecureRandom;
import java.util.List;
import java.util.Map;

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
            CloudApiCases::lifecycle));
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
