package io.clouddouble.record;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.aliyun.tea.TeaException;
import com.aliyuncs.privatelink.model.v20200415.ListVpcEndpointZonesRequest;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import io.clouddouble.CloudDouble;
import io.clouddouble.DataRoot;
import io.clouddouble.Settings;
import io.clouddouble.contract.ContractRegistry;
import io.clouddouble.testkit.Sdks;
import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Polls of one call recorded in order play back in order, the last answer repeating once they are
 * used up; a call the recording never saw (here: another endpoint) gets the provider's envelope,
 * not another call's answer; and a call recorded from one SDK replays from another that places its
 * parameters differently.
 */
class SequencePlaybackTest {
  private static final String ENDPOINT = "ep-bp1sequence000000001";

  @TempDir Path stubs;

  private static String zones(String status) {
    return "{\"RequestId\":\"6B3A1C56-0D27-4E5B-9C3F-2A1B0C9D8E7" + status.length() + "\",\"Zones\":[{\"ZoneId\":\"cn-hangzhou-h\",\"ZoneStatus\":\""
        + status + "\"}]}";
  }

  /** A "real cloud" whose zone connects on the third look. */
  private static WireMockServer connectingZone() {
    WireMockServer cloud = new WireMockServer(options().bindAddress("127.0.0.1").dynamicPort());
    cloud.start();
    String[] answers = {"Connecting", "Connecting", "Connected"};
    for (int i = 0; i < answers.length; i++) {
      cloud.stubFor(
          any(anyUrl())
              .inScenario("zone")
              .whenScenarioStateIs(i == 0 ? Scenario.STARTED : "look " + i)
              .willSetStateTo("look " + (i + 1))
              .willReturn(aResponse().withHeader("Content-Type", "application/json;charset=utf-8").withBody(zones(answers[i]))));
    }
    return cloud;
  }

  @SuppressWarnings("unchecked")
  private static String status(String endpoint, String endpointId) throws Exception {
    Map<String, ?> answer =
        Sdks.callTea(
            Sdks.tea(endpoint, Sdks.ALIBABA_AK, Sdks.ALIBABA_SECRET, null),
            "ListVpcEndpointZones",
            "2020-04-15",
            Map.of("RegionId", "cn-hangzhou", "EndpointId", endpointId),
            null);
    Map<String, Object> body = (Map<String, Object>) answer.get("body");
    return (String) ((List<Map<String, Object>>) body.get("Zones")).get(0).get("ZoneStatus");
  }

  @Test
  void pollsReplayInOrderAndTheLastAnswerRepeats() throws Exception {
    WireMockServer cloud = connectingZone();
    String endpoint;
    try (RecordingProxy recorder =
        RecordingProxy.start("polls", stubs.resolve("recordings/polls"), 0, RealEndpoints.fixed(URI.create(cloud.baseUrl())),
            RealCredentials.from(StrictTarget.ENVIRONMENT), ContractRegistry.load(DataRoot.packaged("contracts")), line -> {})) {
      assertEquals(List.of("Connecting", "Connecting", "Connected"),
          List.of(status(recorder.endpoint(), ENDPOINT), status(recorder.endpoint(), ENDPOINT), status(recorder.endpoint(), ENDPOINT)));
      endpoint = recorder.recording().sanitised(ENDPOINT);
    } finally {
      cloud.stop();
    }

    try (CloudDouble playback = CloudDouble.start(Settings.defaults().withPort(0).withStubs(stubs).withPlayback("polls"))) {
      assertEquals(
          List.of("Connecting", "Connecting", "Connected", "Connected"),
          List.of(status(playback.endpoint(), endpoint), status(playback.endpoint(), endpoint),
              status(playback.endpoint(), endpoint), status(playback.endpoint(), endpoint)));

      TeaException unknown = assertThrows(TeaException.class, () -> status(playback.endpoint(), "ep-bp1neverrecorded000001"));
      // Nothing recorded answers it: the playback does not emulate it.
      assertEquals("NotEmulated", unknown.getCode(), unknown.getMessage());
      assertEquals(501, unknown.getStatusCode());
      assertNotNull(unknown.getData().get("RequestId"));

      ListVpcEndpointZonesRequest core = new ListVpcEndpointZonesRequest();
      core.setEndpointId(endpoint);
      assertEquals("Connected", Sdks.core().getAcsResponse(Sdks.at(playback.endpoint(), core)).getZones().get(0).getZoneStatus());
    }
  }

  @Test
  void anUnknownRecordingIsAClearStartError() {
    IllegalArgumentException error =
        assertThrows(IllegalArgumentException.class,
            () -> CloudDouble.start(Settings.defaults().withPort(0).withStubs(stubs).withPlayback("nope")));
    assertEquals(true, error.getMessage().startsWith("no recording nope"), error.getMessage());
  }

}
