package io.clouddouble.contracttest;

import static io.clouddouble.contracttest.ContractCase.Kind.DRY_RUN;
import static io.clouddouble.contracttest.ContractCase.Kind.NOT_FOUND;
import static io.clouddouble.contracttest.ContractCase.Kind.READ;
import static io.clouddouble.contracttest.ContractCase.Kind.VALIDATION;

import io.clouddouble.contracttest.Session.Answer;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** VpcPeer 2022-01-01: the 11 operations, signed with V3; most parameters go in the form body. */
final class VpcPeerCases {
  private static final Product P = Product.VPCPEER;
  private static final Signing SIGNING = Signing.ALIBABA_V3;
  private static final String NOT_FOUND_CODE = "ResourceNotFound.InstanceId";

  private VpcPeerCases() {}

  static List<ContractCase> all() {
    return List.of(
        probe("ListVpcPeerConnections", READ,
            s -> s.alibaba(op("ListVpcPeerConnections"), Params.of("RegionId", s.alibabaRegion()), Expectation.success())),
        probe("GetVpcPeerConnectionAttribute", NOT_FOUND,
            s -> s.alibaba(op("GetVpcPeerConnectionAttribute"), absent(), Expectation.documentedError())),
        probe("CreateVpcPeerConnection", DRY_RUN,
            s -> s.alibaba(op("CreateVpcPeerConnection"),
                Params.of("RegionId", s.alibabaRegion(), "VpcId", Absent.VPC, "AcceptingAliUid", Absent.ACCOUNT,
                    "AcceptingRegionId", s.alibabaRegion(), "AcceptingVpcId", Absent.VPC, "DryRun", "true"),
                Expectation.dryRun())),
        probe("AcceptVpcPeerConnection", DRY_RUN,
            s -> s.alibaba(op("AcceptVpcPeerConnection"), dryRun(absent()), Expectation.dryRun())),
        probe("RejectVpcPeerConnection", DRY_RUN,
            s -> s.alibaba(op("RejectVpcPeerConnection"), dryRun(absent()), Expectation.dryRun())),
        probe("RejectVpcPeerConnection", NOT_FOUND,
            s -> s.alibaba(op("RejectVpcPeerConnection"), absent(), Expectation.documentedError())),
        probe("RejectVpcPeerConnection", VALIDATION,
            s -> s.alibaba(op("RejectVpcPeerConnection"), Params.of("DryRun", "true"), Expectation.error("MissingInstanceId"))),
        probe("DeleteVpcPeerConnection", DRY_RUN,
            s -> s.alibaba(op("DeleteVpcPeerConnection"), dryRun(absent()), Expectation.dryRun())),
        probe("ModifyVpcPeerConnection", DRY_RUN,
            s -> s.alibaba(op("ModifyVpcPeerConnection"), dryRun(Params.with(absent(), "Name", "clouddouble-ct")),
                Expectation.dryRun())),
        probe("ModifyVpcPeerConnection", NOT_FOUND,
            s -> s.alibaba(op("ModifyVpcPeerConnection"), Params.with(absent(), "Name", "clouddouble-ct"),
                Expectation.error(NOT_FOUND_CODE))),
        probe("TagResources", NOT_FOUND,
            s -> s.alibaba(op("TagResources"), Params.of("RegionId", s.alibabaRegion(), "ResourceType", "PeerConnection",
                "ResourceId.1", Absent.PEER_CONNECTION, "Tag.1.Key", "clouddouble", "Tag.1.Value", "ct"),
                Expectation.error("InvalidInstanceIds.NotFound"))),
        probe("UnTagResources", NOT_FOUND,
            s -> s.alibaba(op("UnTagResources"), Params.of("RegionId", s.alibabaRegion(), "ResourceType", "PeerConnection",
                "ResourceId.1", Absent.PEER_CONNECTION, "TagKey.1", "clouddouble"),
                Expectation.error("InvalidInstanceIds.NotFound"))),
        probe("ListTagResources", READ,
            s -> s.alibaba(op("ListTagResources"), Params.of("RegionId", s.alibabaRegion(), "ResourceType", "PeerConnection",
                "Tag.1.Key", "clouddouble-absent-key"), Expectation.success())),
        probe("ListTagResources", VALIDATION,
            s -> s.alibaba(op("ListTagResources"), Params.of("RegionId", s.alibabaRegion(), "ResourceType", "PeerConnection"),
                Expectation.error("BothEmpty.TagsAndResources"))),
        probe("MoveResourceGroup", NOT_FOUND,
            s -> s.alibaba(op("MoveResourceGroup"), Params.of("RegionId", s.alibabaRegion(), "ResourceType", "PeerConnection",
                "ResourceId", Absent.PEER_CONNECTION, "NewResourceGroupId", "rg-clouddoubleabsent0"),
                Expectation.error("ResourceNotFound.VpcPeer"))),
        ContractCase.lifecycle(P, List.of("CreateVpcPeerConnection", "GetVpcPeerConnectionAttribute",
            "ListVpcPeerConnections", "ModifyVpcPeerConnection", "TagResources", "ListTagResources", "UnTagResources",
            "MoveResourceGroup", "AcceptVpcPeerConnection", "RejectVpcPeerConnection", "DeleteVpcPeerConnection"),
            SIGNING, VpcPeerCases::lifecycle));
  }

  /**
   * A same-account, same-region peering between the two fixture VPCs (it activates without an
   * accepter), observed, refused a late accept and reject, then deleted.
   */
  private static void lifecycle(Session s) {
    TargetConfig.Fixtures f = s.config().fixtures();
    Answer created = s.alibaba(op("CreateVpcPeerConnection"),
        Params.of("RegionId", s.alibabaRegion(), "VpcId", f.alibabaVpcId(), "AcceptingAliUid", f.alibabaAccountId(),
            "AcceptingRegionId", s.alibabaRegion(), "AcceptingVpcId", f.alibabaPeerVpcId(),
            "Name", Session.unique("clouddouble-ct"), "ClientToken", UUID.randomUUID().toString()),
        Expectation.success());
    String id = created.body().path("InstanceId").asText();
    s.cleanup().register("VpcPeerConnection " + id, () -> delete(s, id));
    Map<String, String> ofConnection = Params.of("InstanceId", id);

    s.await("peer connection Activated", () -> status(s, id).equals("Activated"));
    Checks.require(Checks.contains(s.alibaba(op("ListVpcPeerConnections"),
        Params.of("RegionId", s.alibabaRegion(), "InstanceId", id), Expectation.success()).body().path("VpcPeerConnects"),
        "InstanceId", id), "ListVpcPeerConnections lists the new connection");
    // A new name goes through Updating back to Activated.
    s.alibaba(op("ModifyVpcPeerConnection"), Params.with(ofConnection, "Description", "clouddouble contract test"),
        Expectation.success());
    s.await("peer connection Activated after the change", () -> status(s, id).equals("Activated"));
    // A tag is bound, listed and unbound.
    Map<String, String> tagged = Params.of("RegionId", s.alibabaRegion(), "ResourceType", "PeerConnection", "ResourceId.1", id);
    s.alibaba(op("TagResources"), Params.with(Params.with(tagged, "Tag.1.Key", "clouddouble-ct"), "Tag.1.Value", "lifecycle"),
        Expectation.success());
    Checks.require(Checks.contains(s.alibaba(op("ListTagResources"), tagged, Expectation.success()).body().path("TagResources"),
        "TagKey", "clouddouble-ct"), "ListTagResources lists the new tag");
    s.alibaba(op("UnTagResources"), Params.with(tagged, "TagKey.1", "clouddouble-ct"), Expectation.success());
    // Moved into the resource group it is already in (the suite has no second group to move it to).
    String group = s.alibaba(op("GetVpcPeerConnectionAttribute"), ofConnection, Expectation.success())
        .body().path("ResourceGroupId").asText("");
    if (!group.isEmpty()) {
      s.alibaba(op("MoveResourceGroup"), Params.of("RegionId", s.alibabaRegion(), "ResourceType", "PeerConnection",
          "ResourceId", id, "NewResourceGroupId", group), Expectation.successOrDocumentedError());
    }
    // Accept and Reject are for an Accepting (cross-account) connection; on an active one both are refused.
    s.alibaba(op("AcceptVpcPeerConnection"), ofConnection, Expectation.error("IncorrectStatus.VpcPeer"));
    s.alibaba(op("RejectVpcPeerConnection"), ofConnection, Expectation.error("IncorrectStatus.VpcPeer"));

    s.alibaba(op("DeleteVpcPeerConnection"), ofConnection, Expectation.success());
    s.await("peer connection " + id + " deleted", () -> gone(status(s, id)));
    s.cleanup().done("VpcPeerConnection " + id);
  }

  /** The connection's Status, or {@code NOT_FOUND_CODE} once it is gone. */
  private static String status(Session s, String id) {
    Answer a = s.alibaba(op("GetVpcPeerConnectionAttribute"), Params.of("InstanceId", id),
        Expectation.error(NOT_FOUND_CODE).orSuccess());
    return a.ok() ? a.body().path("Status").asText() : NOT_FOUND_CODE;
  }

  private static boolean gone(String status) {
    return status.equals("Deleted") || status.equals(NOT_FOUND_CODE);
  }

  private static boolean delete(Session s, String id) {
    Answer deleted = s.alibabaUnchecked(op("DeleteVpcPeerConnection"), Params.of("InstanceId", id));
    if (!deleted.ok() && !NOT_FOUND_CODE.equals(deleted.code())) {
      return false;
    }
    s.await("peer connection " + id + " deleted", () -> {
      Answer a = s.alibabaUnchecked(op("GetVpcPeerConnectionAttribute"), Params.of("InstanceId", id));
      return !a.ok() || gone(a.body().path("Status").asText());
    });
    return true;
  }

  private static ContractCase probe(String operation, ContractCase.Kind kind, ContractCase.Body body) {
    return ContractCase.probe(P, operation, kind, SIGNING, body);
  }

  private static String op(String operation) {
    return P.contractName() + ":" + operation;
  }

  private static Map<String, String> absent() {
    return Params.of("InstanceId", Absent.PEER_CONNECTION);
  }

  private static Map<String, String> dryRun(Map<String, String> params) {
    return Params.with(params, "DryRun", "true");
  }
}
