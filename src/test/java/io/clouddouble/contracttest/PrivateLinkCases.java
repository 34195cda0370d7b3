package io.clouddouble.contracttest;

import static io.clouddouble.contracttest.ContractCase.Kind.DRY_RUN;
import static io.clouddouble.contracttest.ContractCase.Kind.NOT_FOUND;
import static io.clouddouble.contracttest.ContractCase.Kind.READ;
import static io.clouddouble.contracttest.ContractCase.Kind.VALIDATION;

import com.fasterxml.jackson.databind.JsonNode;
import io.clouddouble.contracttest.Session.Answer;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** PrivateLink 2020-04-15: the 39 emulated operations, signed with V3 as the Tea SDK does. */
final class PrivateLinkCases {
  private static final Product P = Product.PRIVATELINK;
  private static final Signing SIGNING = Signing.ALIBABA_V3;
  /** An account id put on (and taken off) a service's allow-list: any 16 digits do. */
  private static final String ALLOWED_USER = "1234567890123456";

  private PrivateLinkCases() {}

  static List<ContractCase> all() {
    return List.of(
        probe("ListVpcEndpoints", READ, s -> s.alibaba(op("ListVpcEndpoints"), region(s), Expectation.success())),
        probe("ListVpcEndpointConnections", READ,
            s -> s.alibaba(op("ListVpcEndpointConnections"), region(s), Expectation.success())),
        probe("GetVpcEndpointAttribute", NOT_FOUND,
            s -> s.alibaba(op("GetVpcEndpointAttribute"), absentEndpoint(s), Expectation.documentedError())),
        probe("GetVpcEndpointAttribute", VALIDATION,
            s -> s.alibaba(op("GetVpcEndpointAttribute"), region(s), Expectation.error("MissingEndpointId"))),
        probe("ListVpcEndpointZones", NOT_FOUND,
            s -> s.alibaba(op("ListVpcEndpointZones"), absentEndpoint(s), Expectation.documentedError())),
        probe("ListVpcEndpointSecurityGroups", NOT_FOUND,
            s -> s.alibaba(op("ListVpcEndpointSecurityGroups"), absentEndpoint(s), Expectation.documentedError())),
        probe("CreateVpcEndpointService", DRY_RUN,
            s -> s.alibaba(op("CreateVpcEndpointService"),
                dryRun(Params.of("RegionId", s.alibabaRegion(), "AutoAcceptEnabled", "true", "ServiceResourceType", "nlb",
                    "Resource.1.ResourceType", "nlb", "Resource.1.ResourceId", Absent.LOAD_BALANCER,
                    "Resource.1.ZoneId", s.alibabaRegion() + "-a")),
                Expectation.dryRun())),
        probe("CreateVpcEndpoint", DRY_RUN,
            s -> s.alibaba(op("CreateVpcEndpoint"),
                dryRun(Params.of("RegionId", s.alibabaRegion(), "VpcId", Absent.VPC, "ServiceId", Absent.SERVICE,
                    "SecurityGroupId.1", Absent.SECURITY_GROUP, "Zone.1.ZoneId", s.alibabaRegion() + "-a",
                    "Zone.1.VSwitchId", Absent.VSWITCH)),
                Expectation.dryRun())),
        probe("DeleteVpcEndpoint", DRY_RUN,
            s -> s.alibaba(op("DeleteVpcEndpoint"), dryRun(absentEndpoint(s)), Expectation.dryRun())),
        probe("AttachSecurityGroupToVpcEndpoint", DRY_RUN,
            s -> s.alibaba(op("AttachSecurityGroupToVpcEndpoint"),
                dryRun(Params.with(absentEndpoint(s), "SecurityGroupId", Absent.SECURITY_GROUP)), Expectation.dryRun())),
        probe("DetachSecurityGroupFromVpcEndpoint", DRY_RUN,
            s -> s.alibaba(op("DetachSecurityGroupFromVpcEndpoint"),
                dryRun(Params.with(absentEndpoint(s), "SecurityGroupId", Absent.SECURITY_GROUP)), Expectation.dryRun())),
        probe("DetachSecurityGroupFromVpcEndpoint", NOT_FOUND,
            s -> s.alibaba(op("DetachSecurityGroupFromVpcEndpoint"),
                Params.with(absentEndpoint(s), "SecurityGroupId", Absent.SECURITY_GROUP), Expectation.documentedError())),
        probe("EnableVpcEndpointZoneConnection", DRY_RUN,
            s -> s.alibaba(op("EnableVpcEndpointZoneConnection"), dryRun(absentZoneConnection(s)), Expectation.dryRun())),
        probe("DisableVpcEndpointZoneConnection", DRY_RUN,
            s -> s.alibaba(op("DisableVpcEndpointZoneConnection"), dryRun(absentZoneConnection(s)), Expectation.dryRun())),
        probe("DisableVpcEndpointZoneConnection", NOT_FOUND,
            s -> s.alibaba(op("DisableVpcEndpointZoneConnection"), absentZoneConnection(s), Expectation.documentedError())),
        probe("DisableVpcEndpointZoneConnection", VALIDATION,
            s -> {
              Map<String, String> params = absentZoneConnection(s);
              params.remove("ZoneId");
              s.alibaba(op("DisableVpcEndpointZoneConnection"), params, Expectation.error("MissingZoneId"));
            }),
        probe("GetVpcEndpointServiceAttribute", NOT_FOUND,
            s -> s.alibaba(op("GetVpcEndpointServiceAttribute"), absentService(s), Expectation.documentedError())),
        probe("ListVpcEndpointServices", READ,
            s -> s.alibaba(op("ListVpcEndpointServices"), region(s), Expectation.success())),
        probe("ListVpcEndpointServicesByEndUser", READ,
            s -> s.alibaba(op("ListVpcEndpointServicesByEndUser"), region(s), Expectation.success())),
        probe("ListVpcEndpointServiceUsers", NOT_FOUND,
            s -> s.alibaba(op("ListVpcEndpointServiceUsers"), absentService(s), Expectation.documentedError())),
        probe("UpdateVpcEndpointServiceAttribute", DRY_RUN,
            s -> s.alibaba(op("UpdateVpcEndpointServiceAttribute"),
                dryRun(Params.with(absentService(s), "ServiceDescription", "clouddouble")), Expectation.dryRun())),
        probe("DeleteVpcEndpointService", DRY_RUN,
            s -> s.alibaba(op("DeleteVpcEndpointService"), dryRun(absentService(s)), Expectation.dryRun())),
        probe("AddUserToVpcEndpointService", DRY_RUN,
            s -> s.alibaba(op("AddUserToVpcEndpointService"),
                dryRun(Params.with(absentService(s), "UserId", ALLOWED_USER)), Expectation.dryRun())),
        probe("RemoveUserFromVpcEndpointService", DRY_RUN,
            s -> s.alibaba(op("RemoveUserFromVpcEndpointService"),
                dryRun(Params.with(absentService(s), "UserId", ALLOWED_USER)), Expectation.dryRun())),
        probe("EnableVpcEndpointConnection", DRY_RUN,
            s -> s.alibaba(op("EnableVpcEndpointConnection"), dryRun(absentConnection(s)), Expectation.dryRun())),
        probe("DisableVpcEndpointConnection", DRY_RUN,
            s -> s.alibaba(op("DisableVpcEndpointConnection"), dryRun(absentConnection(s)), Expectation.dryRun())),
        probe("UpdateVpcEndpointConnectionAttribute", DRY_RUN,
            s -> s.alibaba(op("UpdateVpcEndpointConnectionAttribute"),
                dryRun(Params.with(absentConnection(s), "Bandwidth", "1024")), Expectation.dryRun())),
        probe("UpdateVpcEndpointAttribute", DRY_RUN,
            s -> s.alibaba(op("UpdateVpcEndpointAttribute"),
                dryRun(Params.with(absentEndpoint(s), "EndpointName", "clouddouble")), Expectation.dryRun())),
        probe("AddZoneToVpcEndpoint", DRY_RUN,
            s -> s.alibaba(op("AddZoneToVpcEndpoint"), dryRun(Params.with(Params.with(absentEndpoint(s), "ZoneId", s.alibabaRegion() + "-a"),
                "VSwitchId", Absent.VSWITCH)), Expectation.dryRun())),
        probe("RemoveZoneFromVpcEndpoint", DRY_RUN,
            s -> s.alibaba(op("RemoveZoneFromVpcEndpoint"),
                dryRun(Params.with(absentEndpoint(s), "ZoneId", s.alibabaRegion() + "-a")), Expectation.dryRun())),
        probe("DescribeRegions", READ, s -> s.alibaba(op("DescribeRegions"), region(s), Expectation.success())),
        probe("CheckProductOpen", READ, s -> s.alibaba(op("CheckProductOpen"), Params.of(), Expectation.success())),
        probe("ListVpcEndpointServiceResources", NOT_FOUND,
            s -> s.alibaba(op("ListVpcEndpointServiceResources"), absentService(s), Expectation.documentedError())),
        probe("AttachResourceToVpcEndpointService", DRY_RUN,
            s -> s.alibaba(op("AttachResourceToVpcEndpointService"), dryRun(Params.with(Params.with(absentService(s),
                "ResourceType", "nlb"), "ResourceId", Absent.LOAD_BALANCER)), Expectation.dryRun())),
        probe("DetachResourceFromVpcEndpointService", DRY_RUN,
            s -> s.alibaba(op("DetachResourceFromVpcEndpointService"),
                dryRun(Params.with(absentService(s), "ResourceId", Absent.LOAD_BALANCER)), Expectation.dryRun())),
        probe("TagResources", DRY_RUN,
            s -> s.alibaba(op("TagResources"), dryRun(Params.of("RegionId", s.alibabaRegion(), "ResourceType", "vpcendpoint",
                "ResourceId.1", Absent.ENDPOINT, "Tag.1.Key", "clouddouble", "Tag.1.Value", "probe")), Expectation.dryRun())),
        probe("UntagResources", DRY_RUN,
            s -> s.alibaba(op("UntagResources"), dryRun(Params.of("RegionId", s.alibabaRegion(), "ResourceType", "vpcendpoint",
                "ResourceId.1", Absent.ENDPOINT, "TagKey.1", "clouddouble")), Expectation.dryRun())),
        probe("ListTagResources", READ,
            s -> s.alibaba(op("ListTagResources"), Params.of("RegionId", s.alibabaRegion(), "ResourceType", "vpcendpoint",
                "ResourceId.1", Absent.ENDPOINT), Expectation.success())),
        probe("ChangeResourceGroup", NOT_FOUND,
            s -> s.alibaba(op("ChangeResourceGroup"), Params.of("RegionId", s.alibabaRegion(), "ResourceId", Absent.ENDPOINT,
                "ResourceGroupId", "rg-clouddoubleabsent0"), Expectation.documentedError())),
        probe("UpdateVpcEndpointServiceResourceAttribute", DRY_RUN,
            s -> s.alibaba(op("UpdateVpcEndpointServiceResourceAttribute"), dryRun(Params.with(Params.with(absentService(s),
                "ResourceId", Absent.LOAD_BALANCER), "AutoAllocatedEnabled", "true")), Expectation.dryRun())),
        probe("UpdateVpcEndpointZoneConnectionResourceAttribute", DRY_RUN,
            s -> s.alibaba(op("UpdateVpcEndpointZoneConnectionResourceAttribute"),
                dryRun(Params.with(absentZoneConnection(s), "ResourceAllocateMode", "Auto")), Expectation.dryRun())),
        probe("DescribeZones", READ, s -> s.alibaba(op("DescribeZones"), region(s), Expectation.success())),
        probe("OpenPrivateLinkService", READ,
            s -> s.alibaba(op("OpenPrivateLinkService"), Params.of(), Expectation.error("OrderOpend"))),
        ContractCase.lifecycle(P, List.of("CreateVpcEndpointService", "CreateVpcEndpoint", "GetVpcEndpointAttribute",
            "ListVpcEndpoints", "ListVpcEndpointZones", "ListVpcEndpointConnections", "AttachSecurityGroupToVpcEndpoint",
            "ListVpcEndpointSecurityGroups", "DetachSecurityGroupFromVpcEndpoint", "DisableVpcEndpointZoneConnection",
            "EnableVpcEndpointZoneConnection", "UpdateVpcEndpointAttribute", "DisableVpcEndpointConnection",
            "EnableVpcEndpointConnection", "UpdateVpcEndpointConnectionAttribute", "RemoveZoneFromVpcEndpoint", "AddZoneToVpcEndpoint",
            "DeleteVpcEndpoint", "GetVpcEndpointServiceAttribute", "ListVpcEndpointServices",
            "UpdateVpcEndpointServiceAttribute", "AddUserToVpcEndpointService", "ListVpcEndpointServiceUsers",
            "ListVpcEndpointServicesByEndUser", "RemoveUserFromVpcEndpointService", "ListVpcEndpointServiceResources", "AttachResourceToVpcEndpointService",
            "DetachResourceFromVpcEndpointService", "DeleteVpcEndpointService", "DescribeRegions", "CheckProductOpen", "TagResources",
            "ListTagResources", "UntagResources", "ChangeResourceGroup", "UpdateVpcEndpointZoneConnectionResourceAttribute",
            "UpdateVpcEndpointServiceResourceAttribute", "DescribeZones", "OpenPrivateLinkService"), SIGNING, PrivateLinkCases::lifecycle));
  }

  /**
   * A service on the fixture load balancer with auto-accept, an endpoint in the fixture VPC and zone,
   * a second security group attached and detached, the zone disabled and enabled again, the endpoint
   * renamed, its connection disabled, enabled and resized by the owner, its zone removed and added
   * again, then the
   * endpoint deleted; then the service is read, listed, updated, an account is added to and removed
   * from its allow-list, and the service is deleted.
   */
  private static void lifecycle(Session s) {
    TargetConfig.Fixtures f = s.config().fixtures();
    String region = s.alibabaRegion();
    Answer service = s.alibaba(op("CreateVpcEndpointService"),
        Params.of("RegionId", region, "AutoAcceptEnabled", "true", "ServiceResourceType", f.privateLinkResourceType(),
            "Resource.1.ResourceType", f.privateLinkResourceType(), "Resource.1.ResourceId", f.privateLinkResourceId(),
            "Resource.1.ZoneId", f.alibabaZoneId(), "ServiceDescription", "clouddouble contract test",
            "ClientToken", UUID.randomUUID().toString()),
        Expectation.success());
    String serviceId = service.body().path("ServiceId").asText();
    s.cleanup().register("VpcEndpointService " + serviceId, () -> deleteService(s, serviceId));

    Map<String, String> create = Params.of("RegionId", region, "ServiceId", serviceId, "VpcId", f.alibabaVpcId(),
        "SecurityGroupId.1", f.alibabaSecurityGroupIds().get(0), "Zone.1.ZoneId", f.alibabaZoneId(),
        "Zone.1.VSwitchId", f.alibabaVSwitchId(), "EndpointName", Session.unique("clouddouble-ct"),
        "ClientToken", UUID.randomUUID().toString());
    String[] endpointId = new String[1];
    // The service may still be Creating; the same ClientToken makes every retry the same request.
    s.await("the endpoint service to accept endpoints", () -> {
      Answer a = s.alibaba(op("CreateVpcEndpoint"), create,
          Expectation.error("IncorrectStatus.VpcEndpointService").orSuccess());
      endpointId[0] = a.body().path("EndpointId").asText(null);
      return a.ok();
    });
    String endpoint = endpointId[0];
    s.cleanup().register("VpcEndpoint " + endpoint, () -> deleteEndpoint(s, endpoint));
    Map<String, String> ofEndpoint = Params.of("RegionId", region, "EndpointId", endpoint);

    s.await("endpoint Active and Connected", () -> {
      JsonNode e = s.alibaba(op("GetVpcEndpointAttribute"), ofEndpoint, Expectation.success()).body();
      return e.path("EndpointStatus").asText().equals("Active") && e.path("ConnectionStatus").asText().equals("Connected");
    });
    Checks.require(Checks.contains(s.alibaba(op("ListVpcEndpoints"), ofEndpoint, Expectation.success()).body().path("Endpoints"),
        "EndpointId", endpoint), "ListVpcEndpoints lists the new endpoint");
    Checks.require(Checks.contains(s.alibaba(op("ListVpcEndpointConnections"), Params.of("RegionId", region, "ServiceId", serviceId),
        Expectation.success()).body().path("Connections"), "EndpointId", endpoint),
        "ListVpcEndpointConnections lists the new endpoint");
    awaitZone(s, ofEndpoint, f.alibabaZoneId(), "Connected");

    // A tag is bound, listed and unbound; the endpoint is moved into a resource group.
    Map<String, String> tagged = Params.of("RegionId", region, "ResourceType", "vpcendpoint", "ResourceId.1", endpoint);
    s.alibaba(op("TagResources"), Params.with(Params.with(tagged, "Tag.1.Key", "clouddouble-ct"), "Tag.1.Value", "lifecycle"),
        Expectation.success());
    Checks.require(Checks.contains(s.alibaba(op("ListTagResources"), tagged, Expectation.success()).body().path("TagResources"),
        "TagKey", "clouddouble-ct"), "ListTagResources lists the new tag");
    s.alibaba(op("UntagResources"), Params.with(tagged, "TagKey.1", "clouddouble-ct"), Expectation.success());
    String group = s.alibaba(op("GetVpcEndpointAttribute"), ofEndpoint, Expectation.success()).body().path("ResourceGroupId")
        .asText("rg-clouddoublect000");
    s.alibaba(op("ChangeResourceGroup"), Params.of("RegionId", region, "ResourceType", "VpcEndpoint", "ResourceId", endpoint,
        "ResourceGroupId", group.isEmpty() ? "rg-clouddoublect000" : group), Expectation.successOrDocumentedError());

    String second = f.alibabaSecurityGroupIds().get(1);
    s.alibaba(op("AttachSecurityGroupToVpcEndpoint"), Params.with(ofEndpoint, "SecurityGroupId", second), Expectation.success());
    s.await("security group " + second + " Attached", () -> securityGroupStatus(s, ofEndpoint, second).equals("Attached"));
    awaitActive(s, ofEndpoint);
    s.alibaba(op("DetachSecurityGroupFromVpcEndpoint"), Params.with(ofEndpoint, "SecurityGroupId", second), Expectation.success());
    s.await("security group " + second + " detached", () -> securityGroupStatus(s, ofEndpoint, second).isEmpty());
    awaitActive(s, ofEndpoint);

    Map<String, String> zone = Params.of("RegionId", region, "ServiceId", serviceId, "EndpointId", endpoint,
        "ZoneId", f.alibabaZoneId());
    s.alibaba(op("DisableVpcEndpointZoneConnection"), zone, Expectation.success());
    awaitZone(s, ofEndpoint, f.alibabaZoneId(), "Disconnected");
    s.alibaba(op("EnableVpcEndpointZoneConnection"), zone, Expectation.success());
    awaitZone(s, ofEndpoint, f.alibabaZoneId(), "Connected");

    String renamed = Session.unique("clouddouble-ct-renamed");
    s.alibaba(op("UpdateVpcEndpointAttribute"), Params.with(ofEndpoint, "EndpointName", renamed), Expectation.success());
    Checks.require(s.alibaba(op("GetVpcEndpointAttribute"), ofEndpoint, Expectation.success()).body().path("EndpointName").asText()
        .equals(renamed), "UpdateVpcEndpointAttribute renames the endpoint");
    Map<String, String> connection = Params.of("RegionId", region, "ServiceId", serviceId, "EndpointId", endpoint);
    s.alibaba(op("DisableVpcEndpointConnection"), connection, Expectation.success());
    awaitConnection(s, ofEndpoint, "Disconnected");
    // while Disconnected the zone's resource allocation may change
    s.alibaba(op("UpdateVpcEndpointZoneConnectionResourceAttribute"), Params.with(Params.with(connection, "ZoneId", f.alibabaZoneId()),
        "ResourceAllocateMode", "Auto"), Expectation.successOrDocumentedError());
    s.alibaba(op("EnableVpcEndpointConnection"), connection, Expectation.success());
    awaitConnection(s, ofEndpoint, "Connected");
    awaitZone(s, ofEndpoint, f.alibabaZoneId(), "Connected");
    s.alibaba(op("UpdateVpcEndpointConnectionAttribute"), Params.with(connection, "Bandwidth", "1024"),
        Expectation.error("UpdateBandWidthUnSupported").orSuccess());
    awaitConnection(s, ofEndpoint, "Connected");

    s.alibaba(op("RemoveZoneFromVpcEndpoint"), Params.with(ofEndpoint, "ZoneId", f.alibabaZoneId()), Expectation.success());
    s.await("zone " + f.alibabaZoneId() + " removed", () -> Checks.stream(s.alibaba(op("ListVpcEndpointZones"), ofEndpoint,
        Expectation.success()).body().path("Zones")).noneMatch(z -> z.path("ZoneId").asText().equals(f.alibabaZoneId())));
    awaitActive(s, ofEndpoint);
    s.alibaba(op("AddZoneToVpcEndpoint"), Params.with(Params.with(ofEndpoint, "ZoneId", f.alibabaZoneId()), "VSwitchId", f.alibabaVSwitchId()),
        Expectation.success());
    awaitZone(s, ofEndpoint, f.alibabaZoneId(), "Connected");
    awaitActive(s, ofEndpoint);

    s.alibaba(op("DeleteVpcEndpoint"), ofEndpoint, Expectation.success());
    s.await("endpoint " + endpoint + " gone", () ->
        !s.alibaba(op("GetVpcEndpointAttribute"), ofEndpoint, Expectation.successOrDocumentedError()).ok());
    s.cleanup().done("VpcEndpoint " + endpoint);

    Map<String, String> ofService = Params.of("RegionId", region, "ServiceId", serviceId);
    Checks.require(s.alibaba(op("GetVpcEndpointServiceAttribute"), ofService, Expectation.success()).body()
        .path("ServiceId").asText().equals(serviceId), "GetVpcEndpointServiceAttribute shows the service");
    Checks.require(Checks.contains(s.alibaba(op("ListVpcEndpointServices"), ofService, Expectation.success()).body().path("Services"),
        "ServiceId", serviceId), "ListVpcEndpointServices lists the service");
    s.alibaba(op("UpdateVpcEndpointServiceAttribute"), Params.with(ofService, "ServiceDescription", "clouddouble contract test, updated"),
        Expectation.success());
    Checks.require(s.alibaba(op("GetVpcEndpointServiceAttribute"), ofService, Expectation.success()).body()
        .path("ServiceDescription").asText().equals("clouddouble contract test, updated"), "the description is updated");
    Map<String, String> user = Params.with(ofService, "UserId", ALLOWED_USER);
    s.alibaba(op("AddUserToVpcEndpointService"), user, Expectation.success());
    Checks.require(Checks.contains(s.alibaba(op("ListVpcEndpointServiceUsers"), ofService, Expectation.success()).body().path("Users"),
        "UserId", ALLOWED_USER), "ListVpcEndpointServiceUsers lists the allowed account");
    Checks.require(Checks.contains(s.alibaba(op("ListVpcEndpointServicesByEndUser"), ofService, Expectation.success()).body()
        .path("Services"), "ServiceId", serviceId), "the owner sees its service in ListVpcEndpointServicesByEndUser");
    s.alibaba(op("RemoveUserFromVpcEndpointService"), user, Expectation.success());
    Checks.require(!Checks.contains(s.alibaba(op("ListVpcEndpointServiceUsers"), ofService, Expectation.success()).body().path("Users"),
        "UserId", ALLOWED_USER), "the account is removed from the allow-list");
    Checks.require(Checks.contains(s.alibaba(op("ListVpcEndpointServiceResources"), ofService, Expectation.success()).body()
        .path("Resources"), "ResourceId", f.privateLinkResourceId()), "ListVpcEndpointServiceResources lists the resource");
    // the fixture has one load balancer: attaching it again is refused, detaching the only one may be
    s.alibaba(op("AttachResourceToVpcEndpointService"), Params.with(Params.with(Params.with(ofService,
        "ResourceType", f.privateLinkResourceType()), "ResourceId", f.privateLinkResourceId()), "ZoneId", f.alibabaZoneId()),
        Expectation.error("EndpointServiceResourceExist"));
    s.alibaba(op("DetachResourceFromVpcEndpointService"), Params.with(Params.with(ofService,
        "ResourceId", f.privateLinkResourceId()), "ZoneId", f.alibabaZoneId()),
        Expectation.error("EndpointServiceResourceCannotRemove").orSuccess());
    s.alibaba(op("UpdateVpcEndpointServiceResourceAttribute"), Params.with(Params.with(Params.with(ofService,
        "ResourceId", f.privateLinkResourceId()), "ZoneId", f.alibabaZoneId()), "AutoAllocatedEnabled", "true"), Expectation.success());
    s.alibaba(op("DeleteVpcEndpointService"), ofService, Expectation.success());
    s.await("service " + serviceId + " gone", () ->
        !s.alibaba(op("GetVpcEndpointServiceAttribute"), ofService, Expectation.successOrDocumentedError()).ok());
    s.cleanup().done("VpcEndpointService " + serviceId);

    Checks.require(Checks.contains(s.alibaba(op("DescribeRegions"), Params.of("RegionId", region), Expectation.success()).body()
        .path("Regions").path("Region"), "RegionId", region), "DescribeRegions lists the region");
    Checks.require(s.alibaba(op("CheckProductOpen"), Params.of(), Expectation.success()).body().path("Success").asBoolean(),
        "PrivateLink is activated for the account");
    Checks.require(Checks.contains(s.alibaba(op("DescribeZones"), Params.of("RegionId", region), Expectation.success()).body()
        .path("Zones").path("Zone"), "ZoneId", f.alibabaZoneId()), "DescribeZones lists the fixture zone");
    s.alibaba(op("OpenPrivateLinkService"), Params.of(), Expectation.error("OrderOpend"));
  }

  private static void awaitZone(Session s, Map<String, String> ofEndpoint, String zoneId, String status) {
    s.await("zone " + zoneId + " " + status, () -> {
      JsonNode zones = s.alibaba(op("ListVpcEndpointZones"), ofEndpoint, Expectation.success()).body().path("Zones");
      return Checks.stream(zones).anyMatch(z -> z.path("ZoneId").asText().equals(zoneId) && z.path("ZoneStatus").asText().equals(status));
    });
  }

  private static void awaitConnection(Session s, Map<String, String> ofEndpoint, String status) {
    s.await("connection " + status, () -> s.alibaba(op("GetVpcEndpointAttribute"), ofEndpoint, Expectation.success())
        .body().path("ConnectionStatus").asText().equals(status));
  }

  private static void awaitActive(Session s, Map<String, String> ofEndpoint) {
    s.await("endpoint Active", () -> s.alibaba(op("GetVpcEndpointAttribute"), ofEndpoint, Expectation.success())
        .body().path("EndpointStatus").asText().equals("Active"));
  }

  /** The group's binding status, or an empty string once it is no longer listed. */
  private static String securityGroupStatus(Session s, Map<String, String> ofEndpoint, String group) {
    JsonNode groups = s.alibaba(op("ListVpcEndpointSecurityGroups"), ofEndpoint, Expectation.success()).body().path("SecurityGroups");
    return Checks.stream(groups).filter(g -> g.path("SecurityGroupId").asText().equals(group))
        .map(g -> g.path("SecurityGroupStatus").asText()).findFirst().orElse("");
  }

  private static boolean deleteEndpoint(Session s, String endpoint) {
    Map<String, String> params = Params.of("RegionId", s.alibabaRegion(), "EndpointId", endpoint);
    Answer deleted = s.alibabaUnchecked(op("DeleteVpcEndpoint"), params);
    if (!deleted.ok() && !"EndpointNotFound".equals(deleted.code())) {
      return false;
    }
    s.await("endpoint " + endpoint + " gone", () -> !s.alibabaUnchecked(op("GetVpcEndpointAttribute"), params).ok());
    return true;
  }

  private static boolean deleteService(Session s, String serviceId) {
    Map<String, String> params = Params.of("RegionId", s.alibabaRegion(), "ServiceId", serviceId);
    Answer deleted = s.alibabaUnchecked(op("DeleteVpcEndpointService"), params);
    if (!deleted.ok() && !"EndpointServiceNotFound".equals(deleted.code())) {
      return false;
    }
    s.await("service " + serviceId + " gone", () -> !s.alibabaUnchecked(op("GetVpcEndpointServiceAttribute"), params).ok());
    return true;
  }

  private static ContractCase probe(String operation, ContractCase.Kind kind, ContractCase.Body body) {
    return ContractCase.probe(P, operation, kind, SIGNING, body);
  }

  private static String op(String operation) {
    return P.contractName() + ":" + operation;
  }

  private static Map<String, String> region(Session s) {
    return Params.of("RegionId", s.alibabaRegion());
  }

  private static Map<String, String> absentEndpoint(Session s) {
    return Params.of("RegionId", s.alibabaRegion(), "EndpointId", Absent.ENDPOINT);
  }

  private static Map<String, String> absentConnection(Session s) {
    return Params.of("RegionId", s.alibabaRegion(), "ServiceId", Absent.SERVICE, "EndpointId", Absent.ENDPOINT);
  }

  private static Map<String, String> absentService(Session s) {
    return Params.of("RegionId", s.alibabaRegion(), "ServiceId", Absent.SERVICE);
  }

  private static Map<String, String> absentZoneConnection(Session s) {
    return Params.of("RegionId", s.alibabaRegion(), "ServiceId", Absent.SERVICE, "EndpointId", Absent.ENDPOINT,
        "ZoneId", s.alibabaRegion() + "-a");
  }

  private static Map<String, String> dryRun(Map<String, String> params) {
    return Params.with(params, "DryRun", "true");
  }
}
