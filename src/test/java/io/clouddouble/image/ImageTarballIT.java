package io.clouddouble.image;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.clouddouble.testkit.Sdks;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The image tarball that {@code mvn -Pimage package} writes (README, "Container image"), read as a
 * container runtime reads it: its OCI index, manifest and config, its layers checked against their
 * digests and unpacked in order into a root directory, and the fake started from that root with the
 * image's own entrypoint, environment and java. Only the root prefix of absolute paths is rewritten
 * (there is no container runtime here), and two variables are overridden so the test stays on
 * loopback and a free port: CLOUDDOUBLE_BIND=127.0.0.1 and CLOUDDOUBLE_PORT=0.
 */
class ImageTarballIT {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Pattern LISTENING = Pattern.compile("listening on (http://[0-9.]+:([0-9]+))");

  @TempDir static Path work;
  private static Path blobs;
  private static JsonNode manifest;
  private static JsonNode config;

  @BeforeAll
  static void unpackTheTarball() throws Exception {
    Path tarball = Path.of(System.getProperty("image.tarball", "target/image/clouddouble-image.tar"));
    assertTrue(Files.isRegularFile(tarball), "build the image first: mvn -B -Pimage package");
    Path layout = Files.createDirectories(work.resolve("layout"));
    run("tar", "-xf", tarball.toAbsolutePath().toString(), "-C", layout.toString());
    blobs = layout.resolve("blobs/sha256");
    JsonNode index = JSON.readTree(layout.resolve("index.json").toFile());
    manifest = blob(index.path("manifests").path(0).path("digest").asText());
    config = blob(manifest.path("config").path("digest").asText());
  }

  @Test
  void theConfigRunsTheFakeAsANonRootUserOnPort8080BoundForAContainer() {
    JsonNode image = config.path("config");
    List<String> entrypoint = strings(image.path("Entrypoint"));
    assertEquals("java", entrypoint.get(0));
    assertEquals("io.clouddouble.Main", entrypoint.get(entrypoint.size() - 1));
    assertEquals("10001:10001", image.path("User").asText());
    assertTrue(image.path("ExposedPorts").has("8080/tcp"), image.toString());
    Map<String, String> environment = environment();
    assertEquals("0.0.0.0", environment.get("CLOUDDOUBLE_BIND"));
    assertEquals("/opt/java/bin:/usr/bin:/bin", environment.get("PATH"));
    assertEquals("linux", config.path("os").asText());
  }

  @Test
  void everyLayerMatchesItsDigestAndTheUserExists() throws Exception {
    Path root = unpackedRoot();
    assertEquals(config.path("rootfs").path("diff_ids").size(), manifest.path("layers").size());
    for (JsonNode layer : manifest.path("layers")) {
      assertEquals("application/vnd.oci.image.layer.v1.tar+gzip", layer.path("mediaType").asText());
      String digest = layer.path("digest").asText();
      assertEquals(digest, "sha256:" + sha256(blobs.resolve(digest.substring("sha256:".length()))));
    }
    assertTrue(Files.readString(root.resolve("etc/passwd")).contains("clouddouble:x:10001:10001:"));
    assertTrue(Files.isDirectory(root.resolve("app/classes/io/clouddouble")));
    assertTrue(Files.isRegularFile(root.resolve("app/resources/clouddouble/stubs/worlds/demo/huawei-dns.json")));
  }

  @Test
  void theFakeStartsFromTheImagesOwnLayersAndAnswersHealthAndTheSdk() throws Exception {
    Path root = unpackedRoot();
    Map<String, String> environment = environment();
    List<String> command = new ArrayList<>();
    List<String> entrypoint = strings(config.path("config").path("Entrypoint"));
    command.add(onPath(root, environment.get("PATH"), entrypoint.get(0)).toString());
    entrypoint.stream().skip(1).map(arg -> reRooted(root, arg)).forEach(command::add);
    ProcessBuilder builder = new ProcessBuilder(command).directory(root.toFile()).redirectErrorStream(true);
    builder.environment().clear();
    builder.environment().putAll(environment);
    builder.environment().put("CLOUDDOUBLE_BIND", "127.0.0.1");
    builder.environment().put("CLOUDDOUBLE_PORT", "0");
    Process fake = builder.start();
    try (BufferedReader output =
        new BufferedReader(new InputStreamReader(fake.getInputStream(), StandardCharsets.UTF_8))) {
      Matcher listening = assertTimeoutPreemptively(Duration.ofSeconds(90), () -> startLine(output));
      String baseUrl = listening.group(1);
      assertNotEquals("8080", listening.group(2));

      HttpResponse<String> health =
          HttpClient.newHttpClient()
              .send(HttpRequest.newBuilder(URI.create(baseUrl + "/__admin/health")).build(), HttpResponse.BodyHandlers.ofString());
      assertEquals(200, health.statusCode());

      // The official Tea SDK, exactly as a user points it at the container, sees the demo world.
      Map<String, ?> answer =
          Sdks.callTea(Sdks.tea(baseUrl.substring("http://".length())), "ListVpcEndpoints", "2020-04-15", Map.of("RegionId", "cn-hangzhou"), null);
      assertEquals(200, answer.get("statusCode"));
      JsonNode endpoints = JSON.valueToTree(answer.get("body")).path("Endpoints");
      assertEquals("ep-bp1demo0endpoint000001", endpoints.path(0).path("EndpointId").asText(), endpoints.toString());
      assertEquals("Connected", endpoints.path(0).path("ConnectionStatus").asText(), endpoints.toString());

      // The health check the README gives to docker run / compose, run with the image's own java.
      List<String> healthCheck = List.of(command.get(0), "-cp", root + "/app/classes", "io.clouddouble.image.HealthCheck");
      assertEquals(0, exitCode(healthCheck, environment, listening.group(2)));

      fake.toHandle().destroy(); // SIGTERM, as `docker stop` sends; Process.destroy would close the output too
      assertTimeoutPreemptively(Duration.ofSeconds(30), () -> assertTrue(output.lines().anyMatch(line -> line.contains("clouddouble stopped"))));
      fake.waitFor();
      assertEquals(1, exitCode(healthCheck, environment, listening.group(2)));
    } finally {
      fake.destroyForcibly().waitFor();
    }
  }

  private static int exitCode(List<String> command, Map<String, String> environment, String port) throws Exception {
    ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
    builder.environment().clear();
    builder.environment().putAll(environment);
    builder.environment().put("CLOUDDOUBLE_PORT", port);
    Process process = builder.start();
    process.getInputStream().transferTo(System.out);
    return process.waitFor();
  }

  /** The layers unpacked in manifest order into one root, once for all tests. */
  private static synchronized Path unpackedRoot() throws Exception {
    Path root = work.resolve("root");
    if (!Files.isDirectory(root)) {
      Files.createDirectories(root);
      for (JsonNode layer : manifest.path("layers")) {
        run("tar", "-xzf", blobs.resolve(layer.path("digest").asText().substring("sha256:".length())).toString(), "-C", root.toString());
      }
    }
    return root;
  }

  private static Matcher startLine(BufferedReader output) throws IOException {
    StringBuilder seen = new StringBuilder();
    for (String line = output.readLine(); line != null; line = output.readLine()) {
      Matcher listening = LISTENING.matcher(line);
      if (listening.find()) {
        return listening;
      }
      seen.append(line).append('\n');
    }
    throw new AssertionError("the fake exited before listening:\n" + seen);
  }

  /** How a container runtime finds the entrypoint's program: on the image's PATH, inside the root. */
  private static Path onPath(Path root, String path, String program) {
    return List.of(path.split(":")).stream()
        .map(dir -> root.resolve(dir.substring(1)).resolve(program))
        .filter(Files::isExecutable)
        .findFirst()
        .orElseThrow(() -> new AssertionError(program + " is not on the image's PATH " + path));
  }

  /** An argument with each absolute path in it (a classpath has several) moved under {@code root}. */
  private static String reRooted(Path root, String argument) {
    return List.of(argument.split(":", -1)).stream()
        .map(part -> part.startsWith("/") ? root + part : part)
        .collect(Collectors.joining(":"));
  }

  private static Map<String, String> environment() {
    return strings(config.path("config").path("Env")).stream()
        .map(entry -> entry.split("=", 2))
        .collect(Collectors.toMap(pair -> pair[0], pair -> pair[1]));
  }

  private static List<String> strings(JsonNode array) {
    List<String> strings = new ArrayList<>();
    array.forEach(node -> strings.add(node.asText()));
    return strings;
  }

  private static JsonNode blob(String digest) throws IOException {
    return JSON.readTree(blobs.resolve(digest.substring("sha256:".length())).toFile());
  }

  private static String sha256(Path file) throws Exception {
    MessageDigest sha = MessageDigest.getInstance("SHA-256");
    try (var in = Files.newInputStream(file)) {
      byte[] buffer = new byte[1 << 16];
      for (int n = in.read(buffer); n > 0; n = in.read(buffer)) {
        sha.update(buffer, 0, n);
      }
    }
    return HexFormat.of().formatHex(sha.digest());
  }

  private static void run(String... command) throws Exception {
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertEquals(0, process.waitFor(), String.join(" ", command) + "\n" + output);
  }
}
