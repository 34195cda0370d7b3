package io.clouddouble.state;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.clouddouble.CloudDouble;
import io.clouddouble.DataRoot;
import io.clouddouble.Settings;
import io.clouddouble.auth.SignatureMode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Replays one fixed request set (worlds merged through the admin API, then errors, successes,
 * DryRuns, ClientToken retries, lists and clock jumps of every stubbed operation) and compares each
 * answer's status, Content-Type and body byte for byte with a golden file captured before the
 * stubs moved from one mapping per outcome to one behaviour file per operation. Generated values
 * (request ids, random resource ids, tokens) are numbered by first appearance, dates and the
 * fake's port masked, so
 * the comparison is exact but for what is random or timed. {@code -Dclouddouble.replay.write=true}
 * rewrites the golden file.
 */
class BehaviourReplayTest {
  private static final Path DIR = Path.of("src/test/resources/behaviour-replay");
  private static final Pattern GENERATED =
      Pattern.compile(
          "[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}" // request ids
              + "|\\b[a-z]+-[0-9a-z]{20}\\b" // id('ep-')
              + "|\\b[0-9a-f]{32}\\b"); // hex(32): VpcAccessId, Huawei zone ids, NextTokens
  private static final Pattern DATE =
      Pattern.compile("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d(\\.\\d+)?Z?");

  @Test
  void everyAnswerIsTheGoldenOne() throws Exception {
    JsonNode requests = new ObjectMapper().readTree(DIR.resolve("requests.json").toFile());
    StringBuilder transcript = new StringBuilder();
    String actual;
    HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    try (CloudDouble fake =
        CloudDouble.start(Settings.defaults().withPort(0).withSignatures(SignatureMode.OFF))) {
      int n = 0;
      for (JsonNode step : requests.path("steps")) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(fake.baseUrl() + step.path("path").asText()));
        step.path("headers").fields().forEachRemaining(h -> request.header(h.getKey(), h.getValue().asText()));
        String body = step.has("body") ? step.get("body").toString() : null;
        request.method(
            step.path("method").asText(),
            body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        HttpResponse<String> answer = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        transcript
            .append("### ").append(++n).append(' ').append(step.path("method").asText()).append(' ')
            .append(step.path("path").asText()).append('\n')
            .append(answer.statusCode()).append(' ')
            .append(answer.headers().firstValue("Content-Type").orElse("-")).append('\n')
            .append(answer.body()).append('\n');
      }
      // The loaded world is named by its path on disk, which depends on where the build runs.
      String stubs = DataRoot.packaged("stubs").toString();
      actual = normalised(transcript.toString().replace(fake.baseUrl(), "http://<fake>").replace(stubs, "<stubs>"));
    }
    Path golden = DIR.resolve("golden.txt");
    // What this run answered, to diff against the golden file when they differ.
    Files.writeString(Path.of("target/behaviour-replay-answers.txt"), actual, StandardCharsets.UTF_8);
    if (Boolean.getBoolean("clouddouble.replay.write")) {
      Files.writeString(golden, actual, StandardCharsets.UTF_8);
    }
    assertEquals(Files.readString(golden, StandardCharsets.UTF_8), actual);
  }

  private static String normalised(String transcript) {
    Map<String, String> seen = new HashMap<>();
    Matcher generated = GENERATED.matcher(DATE.matcher(transcript).replaceAll("<date>"));
    StringBuilder out = new StringBuilder();
    while (generated.find()) {
      String placeholder = seen.computeIfAbsent(generated.group(), g -> "<id" + (seen.size() + 1) + ">");
      generated.appendReplacement(out, Matcher.quoteReplacement(placeholder));
    }
    return generated.appendTail(out).toString();
  }
}
