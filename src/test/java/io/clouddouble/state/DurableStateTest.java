package io.clouddouble.state;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.clouddouble.CloudDouble;
import io.clouddouble.Settings;
import io.clouddouble.state.journal.Durability;
import io.clouddouble.testkit.FakeAdmin;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * With a state file, an answered change is on disk before any stop: these tests copy the files
 * while the fake still runs (what a crash would leave) and start another fake from the copy. The
 * separate-process kill -9 test is {@link CrashRecoveryTest}.
 */
class DurableStateTest {
  static final String ACCEPTER = VpcPeerTestBase.ACCEPTER;
  @TempDir Path dir;

  @Test
  void whatWasAnsweredIsOnDiskBeforeAnyStop() throws Exception {
    Path live = dir.resolve("live/state.json");
    Path crashed = dir.resolve("crashed/state.json");
    Map<String, Object> first;
    String[] create = {"RegionId", "cn-hangzhou", "VpcId", "vpc-bp1durable0a", "AcceptingAliUid", ACCEPTER,
        "AcceptingRegionId", "cn-hangzhou", "AcceptingVpcId", "vpc-bp1durable0b", "ClientToken", "durable-token-1"};
    try (CloudDouble fake = CloudDouble.start(Settings.defaults().withPort(0).withStateFile(live))) {
      RpcClient peer = RpcClient.vpcPeer(fake);
      first = peer.call("CreateVpcPeerConnection", create);
      peer.advance("1m");
      new FakeAdmin(fake).allTransitions("manual"); // real time passes too: only the admin API moves this one on
      PrivateLinkClient pl = new PrivateLinkClient(fake);
      pl.call("DisableVpcEndpointZoneConnection", "ServiceId", PrivateLinkTestBase.DEMO_SERVICE,
          "EndpointId", PrivateLinkTestBase.DEMO_ENDPOINT, "ZoneId", "cn-hangzhou-h");
      copy(live, crashed);
      copy(Durability.journalOf(live), Durability.journalOf(crashed));
      assertTrue(Files.size(Durability.journalOf(live)) > 0, "the last change waits in the journal, not in a snapshot");
    }
    try (CloudDouble fake = CloudDouble.start(Settings.defaults().withPort(0).withStateFile(crashed))) {
      RpcClient peer = RpcClient.vpcPeer(fake);
      Map<String, Object> retry = peer.call("CreateVpcPeerConnection", create);
      assertEquals(first.get("InstanceId"), retry.get("InstanceId"), "the ClientToken survived");
      assertEquals("Activated", peer.call("GetVpcPeerConnectionAttribute", "InstanceId", (String) first.get("InstanceId")).get("Status"));
      String offset = given().get(peer.admin() + "/clock").then().statusCode(200).extract().path("offset");
      assertEquals("PT1M", offset, "the virtual clock survived");
      PrivateLinkClient pl = new PrivateLinkClient(fake);
      assertEquals("Disconnecting", pl.zoneStatus(PrivateLinkTestBase.DEMO_ENDPOINT, "cn-hangzhou-h"),
          "the pending transition and its manual progression survived");
      new FakeAdmin(fake).allTransitions("immediately");
      assertEquals("Disconnected", pl.zoneStatus(PrivateLinkTestBase.DEMO_ENDPOINT, "cn-hangzhou-h"));
    }
  }

  @Test
  void aTornLastRecordIsDroppedAndTheRestKept() throws Exception {
    Path state = dir.resolve("state.json");
    String endpoint = PrivateLinkTestBase.DEMO_ENDPOINT;
    try (CloudDouble fake = CloudDouble.start(Settings.defaults().withPort(0).withStateFile(state))) {
      new FakeAdmin(fake).allTransitions("manual");
      new PrivateLinkClient(fake).call("DisableVpcEndpointZoneConnection", "ServiceId", PrivateLinkTestBase.DEMO_SERVICE,
          "EndpointId", endpoint, "ZoneId", "cn-hangzhou-h");
      Path copy = dir.resolve("copy/state.json");
      copy(state, copy);
      copy(Durability.journalOf(state), Durability.journalOf(copy));
      state = copy;
    }
    Files.writeString(Durability.journalOf(state), "0badc0de {\"seq\":99,\"remove\":[{\"cl", StandardOpenOption.APPEND);
    try (CloudDouble fake = CloudDouble.start(Settings.defaults().withPort(0).withStateFile(state))) {
      assertEquals("Disconnecting", new PrivateLinkClient(fake).zoneStatus(endpoint, "cn-hangzhou-h"));
    }
  }

  @Test
  void aDamagedRecordBeforeTheLastStopsStartUp() throws Exception {
    Path state = dir.resolve("state.json");
    try (CloudDouble fake = CloudDouble.start(Settings.defaults().withPort(0).withStateFile(state))) {
      // a clean stop leaves a snapshot and an empty journal
    }
    Files.writeString(Durability.journalOf(state), "00000000 {\"seq\":1}\n00000000 {\"seq\":2}\n");
    byte[] before = Files.readAllBytes(state);
    IllegalStateException refused =
        assertThrows(IllegalStateException.class, () -> CloudDouble.start(Settings.defaults().withPort(0).withStateFile(state)));
    assertTrue(refused.getMessage().contains("damaged at record 1"), refused.getMessage());
    assertArrayEquals(before, Files.readAllBytes(state));
  }

  @Test
  void aCorruptOrUnknownStateFileStopsStartUpAndIsLeftAlone() throws Exception {
    Path state = dir.resolve("state.json");
    for (String content : new String[] {"{\"accounts\": [", "{\"format\": \"clouddouble-state/99\", \"accounts\": []}"}) {
      Files.writeString(state, content);
      IllegalStateException refused =
          assertThrows(IllegalStateException.class, () -> CloudDouble.start(Settings.defaults().withPort(0).withStateFile(state)));
      assertTrue(refused.getMessage().contains("left untouched"), refused.getMessage());
      assertEquals(content, Files.readString(state));
      assertFalse(Files.exists(Durability.journalOf(state)));
    }
  }

  private static void copy(Path from, Path to) throws Exception {
    Files.createDirectories(to.getParent());
    Files.copy(from, to, StandardCopyOption.REPLACE_EXISTING);
  }
}
