package com.example.consumer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.clouddouble.CloudDouble;
import io.clouddouble.Settings;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** CloudDouble.start(...) from the installed jar: an async transition completed by advancing the clock. */
class StartedByHandTest {
  private static final Map<String, String> ZONES =
      Map.of("RegionId", "cn-hangzhou", "EndpointId", "ep-bp1demo0endpoint000001");

  @Test
  void aDisabledZoneDisconnectsWhenTheClockIsAdvanced() throws Exception {
    try (CloudDouble fake = CloudDouble.start(Settings.defaults().withPort(0))) {
      Clients.privateLink(
          fake.endpoint(),
          "DisableVpcEndpointZoneConnection",
          Map.of(
              "RegionId", "cn-hangzhou",
              "ServiceId", "epsrv-bp1demo0service0000001",
              "EndpointId", "ep-bp1demo0endpoint000001",
              "ZoneId", "cn-hangzhou-h"));
      assertEquals("Disconnecting", zoneH(fake));

      HttpResponse<String> advanced =
          HttpClient.newHttpClient()
              .send(
                  HttpRequest.newBuilder(URI.create(fake.baseUrl() + "/__admin/clouddouble/clock"))
                      .POST(HttpRequest.BodyPublishers.ofString("{\"advance\":\"1m\"}"))
                      .build(),
                  HttpResponse.BodyHandlers.ofString());
      assertEquals(200, advanced.statusCode(), advanced.body());
      assertEquals("Disconnected", zoneH(fake));
    }
  }

  @SuppressWarnings("unchecked")
  private static String zoneH(CloudDouble fake) throws Exception {
    List<Map<String, Object>> zones =
        (List<Map<String, Object>>) Clients.privateLink(fake.endpoint(), "ListVpcEndpointZones", ZONES).get("Zones");
    return zones.stream()
        .filter(zone -> "cn-hangzhou-h".equals(zone.get("ZoneId")))
        .map(zone -> (String) zone.get("ZoneStatus"))
        .findFirst()
        .orElseThrow();
  }
}
