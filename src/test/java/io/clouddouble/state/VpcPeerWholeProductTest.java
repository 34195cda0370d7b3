package io.clouddouble.state;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.aliyun.tea.TeaException;
import io.clouddouble.testkit.Sdks;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The VpcPeer operations beyond the seeds, through the Tea SDK: ModifyVpcPeerConnection (name,
 * description, bandwidth, link type; Updating then Activated), the tags (TagResources,
 * UnTagResources, ListTagResources with their limits and paging, and the ListVpcPeerConnections tag
 * filter they feed) and MoveResourceGroup; every served error from real state.
 */
class VpcPeerWholeProductTest extends VpcPeerTestBase {
  /** The tag operations put every parameter in the query, as the generated client does. */
  RpcClient tags;

  @BeforeEach
  void tagClient() {
    tags = new RpcClient(fake, Sdks.tea(fake), "2022-01-01", false, Set.of());
  }

  /** A same-account, same-region connection of the README key's account, already Activated. */
  String own(String... extra) {
    String[] base = {"RegionId", "cn-hangzhou", "VpcId", vpc(), "AcceptingAliUid", ACCEPTER,
        "AcceptingRegionId", "cn-hangzhou", "AcceptingVpcId", vpc(), "Name", "own-peering"};
    String[] all = java.util.Arrays.copyOf(base, base.length + extra.length);
    System.arraycopy(extra, 0, all, base.length, extra.length);
    String id = (String) peer.call("CreateVpcPeerConnection", all).get("InstanceId");
    peer.advance("3s");
    assertEquals("Activated", status(peer, id));
    return id;
  }

  @Test
  void modifyChangesNameDescriptionBandwidthAndLinkTypeThroughUpdating() {
    assertEquals("ResourceNotFound.InstanceId",
        owner.fails("ModifyVpcPeerConnection", "InstanceId", "pcc-bp1nosuchpeering00", "Name", "x").getCode());
    String id = request("AcceptingRegionId", "cn-shanghai");
    TeaException creating = owner.fails("ModifyVpcPeerConnection", "InstanceId", id, "Name", "renamed");
    assertEquals("IncorrectStatus.VpcPeer", creating.getCode());
    assertEquals("The status of " + id + " [Creating] is incorrect.", creating.getData().get("Message"));
    owner.advance("3s");
    assertEquals("The status of " + id + " [Accepting] is incorrect.",
        owner.fails("ModifyVpcPeerConnection", "InstanceId", id, "Name", "renamed").getData().get("Message"));
    peer.call("AcceptVpcPeerConnection", "InstanceId", id);
    peer.advance("3s");
    assertEquals("Activated", status(owner, id));

    // Parameter checks come before the state: a bandwidth must be a positive integer, a link type Platinum or Gold.
    TeaException zero = owner.fails("ModifyVpcPeerConnection", "InstanceId", id, "Bandwidth", "0");
    assertEquals("InvalidParameter", zero.getCode());
    assertEquals("The specified parameter \"Bandwidth\" is not valid.", zero.getData().get("Message"));
    assertEquals("InvalidParameter", owner.fails("ModifyVpcPeerConnection", "InstanceId", id, "LinkType", "Silver").getCode());
    // A dry run changes nothing.
    assertEquals("DryRunOperation",
        owner.fails("ModifyVpcPeerConnection", "InstanceId", id, "Name", "dry", "DryRun", "true").getCode());
    assertEquals("test-peering", attribute(owner, id).get("Name"));

    owner.call("ModifyVpcPeerConnection", "InstanceId", id, "Name", "renamed", "Description", "new words",
        "Bandwidth", "300", "LinkType", "Platinum");
    Map<String, Object> updating = attribute(peer, id);
    assertEquals("Updating", updating.get("Status"));
    assertEquals("renamed", updating.get("Name"));
    assertEquals("new words", updating.get("Description"));
    assertEquals(300, ((Number) updating.get("Bandwidth")).intValue());
    assertEquals("Platinum", updating.get("LinkType"));
    // Concurrent changes of one connection are refused while it is Updating.
    assertEquals("The status of " + id + " [Updating] is incorrect.",
        peer.fails("ModifyVpcPeerConnection", "InstanceId", id, "Description", "again").getData().get("Message"));
    owner.advance("3s");
    Map<String, Object> done = attribute(owner, id);
    assertEquals("Activated", done.get("Status"));
    // Parameters not sent are left as they were.
    owner.call("ModifyVpcPeerConnection", "InstanceId", id, "Description", "only this");
    owner.advance("3s");
    Map<String, Object> partial = attribute(owner, id);
    assertEquals("renamed", partial.get("Name"));
    assertEquals("only this", partial.get("Description"));
    assertEquals(300, ((Number) partial.get("Bandwidth")).intValue());

    // Intra-region: the bandwidth is unlimited (-1) and cannot be changed; the name can.
    String intra = own();
    assertEquals("OperationFailed.BandwidthCannotBeChangedInSameRegion",
        peer.fails("ModifyVpcPeerConnection", "InstanceId", intra, "Bandwidth", "100").getCode());
    peer.call("ModifyVpcPeerConnection", "InstanceId", intra, "Name", "intra-renamed", "LinkType", "Gold");
    Map<String, Object> intraUpdating = attribute(peer, intra);
    assertEquals("Updating", intraUpdating.get("Status"));
    assertEquals(-1, ((Number) intraUpdating.get("Bandwidth")).intValue());
    assertNull(intraUpdating.get("LinkType"));
    peer.advance("3s");
    assertEquals("intra-renamed", attribute(peer, intra).get("Name"));
  }

  @Test
  void modifyRefusesAFinanciallyLockedConnection() {
    peer.merge("""
        {"accounts": [{"cloud": "alibaba", "accessKeyId": "testAccessKeyId", "regions": {"cn-hangzhou": {"VpcPeerConnection": [
          {"InstanceId": "pcc-bp1locked0modify0001", "Status": "Activated", "BizStatus": "FinancialLocked",
           "OwnerId": %s, "AcceptingOwnerUid": %s, "RegionId": "cn-hangzhou", "AcceptingRegionId": "cn-shanghai",
           "Bandwidth": 1024, "Name": "locked"}]}}}]}
        """.formatted(ACCEPTER, ACCEPTER));
    TeaException locked = peer.fails("ModifyVpcPeerConnection", "InstanceId", "pcc-bp1locked0modify0001", "Name", "x");
    assertEquals("IncorrectBusinessStatus.VpcPeer", locked.getCode());
    assertEquals("locked", attribute(peer, "pcc-bp1locked0modify0001").get("Name"));
  }

  @Test
  void tagsAreBoundOverwrittenListedPagedAndUnbound() {
    String a = own();
    String b = own();
    tags.call("TagResources", "RegionId", "cn-hangzhou", "ResourceType", "PeerConnection",
        "ResourceId.1", a, "ResourceId.2", b, "Tag.1.Key", "env", "Tag.1.Value", "prod", "Tag.2.Key", "team", "Tag.2.Value", "net");
    assertEquals(List.of(Map.of("Key", "env", "Value", "prod"), Map.of("Key", "team", "Value", "net")),
        attribute(peer, a).get("Tags"));
    assertEquals(List.of(Map.of("Key", "env", "Value", "prod"), Map.of("Key", "team", "Value", "net")),
        attribute(peer, b).get("Tags"));
    // An existing key is overwritten, on that resource only.
    tags.call("TagResources", "RegionId", "cn-hangzhou", "ResourceType", "PeerConnection",
        "ResourceId.1", a, "Tag.1.Key", "env", "Tag.1.Value", "dev");
    assertEquals(Set.of(Map.of("Key", "env", "Value", "dev"), Map.of("Key", "team", "Value", "net")),
        new HashSet<>((List<?>) attribute(peer, a).get("Tags")));
    assertEquals(List.of(a), ids(peer, "ListVpcPeerConnections", "Tags.1.Key", "env", "Tags.1.Value", "dev"));
    assertEquals(List.of(b), ids(peer, "ListVpcPeerConnections", "Tags.1.Key", "env", "Tags.1.Value", "prod"));

    List<Map<String, Object>> ofA = rows("ResourceId.1", a);
    assertEquals(2, ofA.size());
    Map<String, Object> row = ofA.stream().filter(r -> r.get("TagKey").equals("env")).findFirst().orElseThrow();
    assertEquals(Map.of("ResourceId", a, "ResourceType", "PeerConnection", "RegionNo", "cn-hangzhou",
        "TagKey", "env", "TagValue", "dev"), row);
    assertEquals(Set.of(a, b), resources(rows("Tag.1.Key", "env")));
    assertEquals(Set.of(b), resources(rows("Tag.1.Key", "env", "Tag.1.Value", "prod")));
    assertEquals(Set.of(a), resources(rows("Tag.1.Key", "env", "Tag.1.Value", "dev", "Tag.2.Key", "team")));
    assertEquals(List.of(), rows("Tag.1.Key", "nosuchkey"));

    // Paging: 4 rows, one per page, no gap and no duplicate.
    Map<String, Object> first = tags.call("ListTagResources", "RegionId", "cn-hangzhou", "ResourceType", "PeerConnection",
        "ResourceId.1", a, "ResourceId.2", b, "MaxResults", "1");
    assertEquals(1, ((Number) first.get("MaxResults")).intValue());
    List<String> seen = new ArrayList<>();
    String token = null;
    do {
      List<String> pairs = new ArrayList<>(List.of("RegionId", "cn-hangzhou", "ResourceType", "PeerConnection",
          "ResourceId.1", a, "ResourceId.2", b, "MaxResults", "1"));
      if (token != null) {
        pairs.addAll(List.of("NextToken", token));
      }
      Map<String, Object> page = tags.call("ListTagResources", pairs.toArray(String[]::new));
      for (Object r : (List<?>) page.get("TagResources")) {
        seen.add(((Map<?, ?>) r).get("ResourceId") + "/" + ((Map<?, ?>) r).get("TagKey"));
      }
      token = (String) page.get("NextToken");
    } while (token != null);
    assertEquals(4, seen.size());
    assertEquals(Set.of(a + "/env", a + "/team", b + "/env", b + "/team"), new HashSet<>(seen));
    assertEquals(50, ((Number) tags.call("ListTagResources", "RegionId", "cn-hangzhou", "ResourceType", "PeerConnection",
        "ResourceId.1", a, "MaxResults", "500").get("MaxResults")).intValue());

    // Unbind one key, then all of them.
    tags.call("UnTagResources", "RegionId", "cn-hangzhou", "ResourceType", "PeerConnection", "ResourceId.1", a, "TagKey.1", "team");
    assertEquals(List.of(Map.of("Key", "env", "Value", "dev")), attribute(peer, a).get("Tags"));
    tags.call("UnTagResources", "RegionId", "cn-hangzhou", "ResourceType", "PeerConnection", "ResourceId.1", b, "All", "true");
    assertEquals(List.of(), attribute(peer, b).get("Tags"));
    assertEquals(Set.of(a), resources(rows("ResourceId.1", a, "ResourceId.2", b)));
  }

  @Test
  void tagsGivenAtCreationAreListedAndGoWithTheConnection() {
    String id = own("Tag.1.Key", "owner", "Tag.1.Value", "alice");
    assertEquals(List.of(Map.of("ResourceId", id, "ResourceType", "PeerConnection", "RegionNo", "cn-hangzhou",
        "TagKey", "owner", "TagValue", "alice")), rows("ResourceId.1", id));
    peer.call("DeleteVpcPeerConnection", "InstanceId", id);
    assertEquals(List.of(), rows("Tag.1.Key", "owner"));
  }

  @Test
  void tagOperationsRefuseWhatTheDocumentedLimitsForbid() {
    String a = own();
    String[] base = {"RegionId", "cn-hangzhou", "ResourceType", "PeerConnection", "ResourceId.1", a};
    assertEquals("InvalidInstanceType.NotFound", tags.fails("TagResources", "RegionId", "cn-hangzhou",
        "ResourceType", "VPC", "ResourceId.1", a, "Tag.1.Key", "k", "Tag.1.Value", "v").getCode());
    List<String> many = new ArrayList<>(List.of("RegionId", "cn-hangzhou", "ResourceType", "PeerConnection"));
    for (int i = 1; i <= 21; i++) {
      many.addAll(List.of("ResourceId." + i, a));
    }
    List<String> manyTagged = new ArrayList<>(many);
    manyTagged.addAll(List.of("Tag.1.Key", "k", "Tag.1.Value", "v"));
    assertEquals("NumberExceed.ResourceIds", tags.fails("TagResources", manyTagged.toArray(String[]::new)).getCode());
    List<String> manyUntag = new ArrayList<>(many);
    manyUntag.addAll(List.of("TagKey.1", "k"));
    assertEquals("NumberExceed.ResourceIds", tags.fails("UnTagResources", manyUntag.toArray(String[]::new)).getCode());
    assertEquals("NumberExceed.ResourceIds", tags.fails("ListTagResources", many.toArray(String[]::new)).getCode());

    List<String> tooManyTags = new ArrayList<>(List.of(base));
    List<String> tooManyKeys = new ArrayList<>(List.of(base));
    for (int i = 1; i <= 21; i++) {
      tooManyTags.addAll(List.of("Tag." + i + ".Key", "k" + i, "Tag." + i + ".Value", "v"));
      tooManyKeys.addAll(List.of("TagKey." + i, "k" + i));
    }
    assertEquals("NumberExceed.Tags", tags.fails("TagResources", tooManyTags.toArray(String[]::new)).getCode());
    assertEquals("NumberExceed.Tags", tags.fails("UnTagResources", tooManyKeys.toArray(String[]::new)).getCode());
    List<String> tooManyFilters = new ArrayList<>(tooManyTags);
    tooManyFilters.subList(4, 6).clear();
    assertEquals("NumberExceed.Tags", tags.fails("ListTagResources", tooManyFilters.toArray(String[]::new)).getCode());

    assertEquals("Forbidden.TagKeys", tags.fails("TagResources", with(base, "Tag.1.Key", "aliyun-owned", "Tag.1.Value", "v")).getCode());
    assertEquals("Forbidden.TagKeys", tags.fails("UnTagResources", with(base, "TagKey.1", "acs:system")).getCode());
    assertEquals("Forbidden.TagKeys", tags.fails("ListTagResources", with(base, "Tag.1.Key", "acs:system")).getCode());
    assertEquals("Forbidden.TagKey.Duplicated", tags.fails("TagResources",
        with(base, "Tag.1.Key", "k", "Tag.1.Value", "1", "Tag.2.Key", "k", "Tag.2.Value", "2")).getCode());
    assertEquals("Forbidden.TagKey.Duplicated", tags.fails("UnTagResources", with(base, "TagKey.1", "k", "TagKey.2", "k")).getCode());
    assertEquals("Forbidden.TagKey.Duplicated", tags.fails("ListTagResources",
        with(base, "Tag.1.Key", "k", "Tag.2.Key", "k")).getCode());

    String[] unknown = {"RegionId", "cn-hangzhou", "ResourceType", "PeerConnection", "ResourceId.1", a,
        "ResourceId.2", "pcc-bp1nosuchpeering00"};
    assertEquals("InvalidInstanceIds.NotFound", tags.fails("TagResources", with(unknown, "Tag.1.Key", "k", "Tag.1.Value", "v")).getCode());
    assertEquals("InvalidInstanceIds.NotFound", tags.fails("UnTagResources", with(unknown, "TagKey.1", "k")).getCode());
    assertEquals("InvalidInstanceIds.NotFound", tags.fails("ListTagResources", unknown).getCode());
    assertEquals(List.of(), attribute(peer, a).get("Tags"));

    assertEquals("InvalidInstanceType.NotFound", tags.fails("UnTagResources", "RegionId", "cn-hangzhou",
        "ResourceType", "VPC", "ResourceId.1", a, "TagKey.1", "k").getCode());
    assertEquals("InvalidInstanceType.NotFound", tags.fails("ListTagResources", "RegionId", "cn-hangzhou",
        "ResourceType", "VPC", "ResourceId.1", a).getCode());
    assertEquals("BothEmpty.TagsAndResources",
        tags.fails("ListTagResources", "RegionId", "cn-hangzhou", "ResourceType", "PeerConnection").getCode());
    assertEquals("InvalidTagKey", tags.fails("ListTagResources", with(base, "Tag.1.Value", "only-a-value")).getCode());
  }

  @Test
  void aConnectionCarriesAtMostTwentyTags() {
    String a = own();
    String b = own();
    List<String> nineteen = new ArrayList<>(List.of("RegionId", "cn-hangzhou", "ResourceType", "PeerConnection", "ResourceId.1", a));
    for (int i = 1; i <= 19; i++) {
      nineteen.addAll(List.of("Tag." + i + ".Key", "k" + i, "Tag." + i + ".Value", "v"));
    }
    tags.call("TagResources", nineteen.toArray(String[]::new));
    String[] onA = {"RegionId", "cn-hangzhou", "ResourceType", "PeerConnection", "ResourceId.1", b, "ResourceId.2", a};
    // Two new keys would make 21 on the second resource: refused for both, nothing changes.
    assertEquals("NumberExceed.Tags", tags.fails("TagResources",
        with(onA, "Tag.1.Key", "new1", "Tag.1.Value", "v", "Tag.2.Key", "new2", "Tag.2.Value", "v")).getCode());
    assertEquals(19, ((List<?>) attribute(peer, a).get("Tags")).size());
    assertEquals(List.of(), attribute(peer, b).get("Tags"));
    // An overwritten key does not count twice: 19 - 1 + 2 = 20 is allowed.
    tags.call("TagResources", with(onA, "Tag.1.Key", "k1", "Tag.1.Value", "changed", "Tag.2.Key", "new1", "Tag.2.Value", "v"));
    assertEquals(20, ((List<?>) attribute(peer, a).get("Tags")).size());
    assertEquals(2, ((List<?>) attribute(peer, b).get("Tags")).size());
    assertEquals("NumberExceed.Tags", tags.fails("TagResources",
        with(onA, "Tag.1.Key", "new2", "Tag.1.Value", "v")).getCode());
  }

  @Test
  void moveResourceGroupChangesTheGroupTheListFiltersOn() {
    String id = own("ResourceGroupId", "rg-acfmfirst0group");
    String other = own("ResourceGroupId", "rg-acfmfirst0group");
    tags.call("MoveResourceGroup", "RegionId", "cn-hangzhou", "ResourceType", "PeerConnection",
        "ResourceId", id, "NewResourceGroupId", "rg-acfmsecond0group");
    assertEquals("rg-acfmsecond0group", attribute(peer, id).get("ResourceGroupId"));
    assertEquals(List.of(id), ids(peer, "ListVpcPeerConnections", "ResourceGroupId", "rg-acfmsecond0group"));
    assertEquals(List.of(other), ids(peer, "ListVpcPeerConnections", "ResourceGroupId", "rg-acfmfirst0group"));

    assertEquals("ResourceNotFound.VpcPeer", tags.fails("MoveResourceGroup", "RegionId", "cn-hangzhou",
        "ResourceType", "PeerConnection", "ResourceId", "pcc-bp1nosuchpeering00", "NewResourceGroupId", "rg-acfmsecond0group").getCode());
    assertEquals("InvalidParameter", tags.fails("MoveResourceGroup", "RegionId", "cn-hangzhou",
        "ResourceType", "Vpc", "ResourceId", id, "NewResourceGroupId", "rg-acfmsecond0group").getCode());
    assertEquals("OperationFailed.NotExist.ResourceGroup", tags.fails("MoveResourceGroup", "RegionId", "cn-hangzhou",
        "ResourceType", "PeerConnection", "ResourceId", id, "NewResourceGroupId", "not-a-group").getCode());
    // Once the account's resource groups are declared, only those exist.
    peer.merge("""
        {"accounts": [{"cloud": "alibaba", "accessKeyId": "testAccessKeyId", "regions": {"cn-hangzhou": {
          "ResourceGroup": [{"ResourceGroupId": "rg-acfmdeclared0001"}]}}}]}
        """);
    assertEquals("OperationFailed.NotExist.ResourceGroup", tags.fails("MoveResourceGroup", "RegionId", "cn-hangzhou",
        "ResourceType", "PeerConnection", "ResourceId", id, "NewResourceGroupId", "rg-acfmundeclared01").getCode());
    tags.call("MoveResourceGroup", "RegionId", "cn-hangzhou", "ResourceType", "PeerConnection",
        "ResourceId", id, "NewResourceGroupId", "rg-acfmdeclared0001");
    assertEquals("rg-acfmdeclared0001", attribute(peer, id).get("ResourceGroupId"));
  }

  @Test
  void createAndAcceptRefuseAResourceGroupOrVpcThatIsNotThere() {
    // Resource groups: any well-formed id until the account's groups are declared, then only those.
    assertEquals("OperationFailed.NotExist.ResourceGroup", peer.fails("CreateVpcPeerConnection", "RegionId", "cn-hangzhou",
        "VpcId", vpc(), "AcceptingAliUid", ACCEPTER, "AcceptingRegionId", "cn-hangzhou", "AcceptingVpcId", vpc(),
        "ResourceGroupId", "group-without-prefix").getCode());
    peer.merge("""
        {"accounts": [{"cloud": "alibaba", "accessKeyId": "testAccessKeyId", "regions": {"cn-hangzhou": {
          "ResourceGroup": [{"ResourceGroupId": "rg-acfmdeclared0001"}],
          "Vpc": [{"VpcId": "vpc-bp1pending0vpc000001", "Status": "Pending"}, {"VpcId": "vpc-bp1ready0vpc00000001", "Status": "Available"}]}}},
         {"cloud": "alibaba", "accessKeyId": "%s", "regions": {"cn-hangzhou": {
          "Vpc": [{"VpcId": "vpc-bp1owner0pending0001", "Status": "Pending"}]}}}]}
        """.formatted(OWNER_KEY));
    assertEquals("OperationFailed.NotExist.ResourceGroup", peer.fails("CreateVpcPeerConnection", "RegionId", "cn-hangzhou",
        "VpcId", vpc(), "AcceptingAliUid", ACCEPTER, "AcceptingRegionId", "cn-hangzhou", "AcceptingVpcId", vpc(),
        "ResourceGroupId", "rg-acfmundeclared01").getCode());
    String inGroup = own("ResourceGroupId", "rg-acfmdeclared0001");
    assertEquals("rg-acfmdeclared0001", attribute(peer, inGroup).get("ResourceGroupId"));

    // A VPC the world declares in another status than Available cannot be peered, at either end.
    TeaException pending = peer.fails("CreateVpcPeerConnection", "RegionId", "cn-hangzhou", "VpcId", "vpc-bp1pending0vpc000001",
        "AcceptingAliUid", ACCEPTER, "AcceptingRegionId", "cn-hangzhou", "AcceptingVpcId", vpc());
    assertEquals("IncorrectStatus.Vpc", pending.getCode());
    assertEquals("The status of vpc-bp1pending0vpc000001 [Pending] is incorrect.", pending.getData().get("Message"));
    TeaException accepting = peer.fails("CreateVpcPeerConnection", "RegionId", "cn-hangzhou", "VpcId", "vpc-bp1ready0vpc00000001",
        "AcceptingAliUid", OWNER, "AcceptingRegionId", "cn-hangzhou", "AcceptingVpcId", "vpc-bp1owner0pending0001");
    assertEquals("IncorrectStatus.AcceptingVpc", accepting.getCode());
    assertEquals("The status of vpc-bp1owner0pending0001 [Pending] is incorrect.", accepting.getData().get("Message"));

    // Accept checks the resource group it is given.
    String id = accepting();
    assertEquals("OperationFailed.NotExist.ResourceGroup",
        peer.fails("AcceptVpcPeerConnection", "InstanceId", id, "ResourceGroupId", "rg-acfmundeclared01").getCode());
    assertEquals("Accepting", status(peer, id));
    peer.call("AcceptVpcPeerConnection", "InstanceId", id, "ResourceGroupId", "rg-acfmdeclared0001");
    peer.advance("3s");
    assertEquals("Activated", status(peer, id));
  }

  private List<Map<String, Object>> rows(String... filter) {
    return tags.list("ListTagResources", "TagResources",
        with(new String[] {"RegionId", "cn-hangzhou", "ResourceType", "PeerConnection"}, filter));
  }

  private static Set<Object> resources(List<Map<String, Object>> rows) {
    Set<Object> out = new HashSet<>();
    rows.forEach(r -> out.add(r.get("ResourceId")));
    return out;
  }

  private static String[] with(String[] base, String... more) {
    String[] all = java.util.Arrays.copyOf(base, base.length + more.length);
    System.arraycopy(more, 0, all, base.length, more.length);
    return all;
  }

  private List<String> ids(RpcClient client, String action, String... pairs) {
    List<String> out = new ArrayList<>();
    for (Object c : (List<?>) client.call(action, pairs).get("VpcPeerConnects")) {
      out.add((String) ((Map<?, ?>) c).get("InstanceId"));
    }
    return out;
  }
}
