package io.clouddouble.record;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** scripts/check-recordings: silent success on a recording that holds, exit 1 naming the drifted answer. */
class DriftCheckTest {
  @TempDir Path recordings;

  private void recording(String name, String zones) throws Exception {
    Path mappings = Files.createDirectories(recordings.resolve(name).resolve(Recording.MAPPINGS));
    Files.writeString(
        mappings.resolve("0001-Privatelink-ListVpcEndpointZones.json"),
        """
        {"request": {"method": "POST", "urlPath": "/"},
         "response": {"status": 200, "headers": {"Content-Type": "application/json;charset=utf-8"},
                      "jsonBody": {"RequestId": "00000000-0000-4000-8000-000000000001", "Zones": %s}},
         "metadata": {"clouddouble": {"recording": "%s", "exchange": 1, "operation": "Privatelink:ListVpcEndpointZones"}}}
        """.formatted(zones, name));
  }

  private int run(ByteArrayOutputStream out, String... names) {
    String[] args = new String[names.length + 2];
    args[0] = "--recordings";
    args[1] = recordings.toString();
    System.arraycopy(names, 0, args, 2, names.length);
    return DriftCheck.run(args, new PrintStream(out, true, StandardCharsets.UTF_8), System.err);
  }

  @Test
  void aRecordingThatStillHoldsPasses() throws Exception {
    recording("holds", "[{\"ZoneId\": \"cn-hangzhou-h\", \"ZoneStatus\": \"Connected\"}]");
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    assertEquals(0, run(out));
    assertEquals("holds: all 1 recorded responses match their contracts\n", out.toString(StandardCharsets.UTF_8));
  }

  /** CloudAPI's wrapped list style where PrivateLink sends a plain array: the SDK would throw. */
  @Test
  void aDriftedAnswerFailsAndIsNamed() throws Exception {
    recording("holds", "[]");
    recording("drifted", "{\"Zone\": []}");
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    assertEquals(1, run(out));
    String report = out.toString(StandardCharsets.UTF_8);
    assertTrue(report.contains("drifted: DRIFT in 1 of 1 recorded responses"), report);
    assertTrue(report.contains("  0001-Privatelink-ListVpcEndpointZones.json: Privatelink:ListVpcEndpointZones 200: "), report);
    assertTrue(report.contains("holds: all 1 recorded responses match their contracts"), report);
  }

  @Test
  void anUnknownRecordingIsAUsageError() {
    assertEquals(2, run(new ByteArrayOutputStream(), "nope"));
  }
}
