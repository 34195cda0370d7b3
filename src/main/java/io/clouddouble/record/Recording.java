package io.clouddouble.record;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.clouddouble.protocol.AlibabaCall;
import io.clouddouble.protocol.Cloud;
import io.clouddouble.protocol.GatewayHeaders;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * A recording being written: a WireMock root ({@code <dir>/mappings/}) with one mapping per call,
 * numbered in the order the calls were made, everything sanitised before it is written.
 *
 * <p>A recording is one linear story. The same call made again (a poll) gets its answers in order
 * through a WireMock scenario of its own; once they are used up the last answer repeats, as a real
 * resource stays in its final state.
 */
public final class Recording {
  public static final String MAPPINGS = "mappings";
  /** Response headers worth keeping; every other header (cookies, tracing, server) is dropped. */
  private static final List<String> KEPT_RESPONSE_HEADERS = List.of("Content-Type", "X-Request-Id");

  private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private final String name;
  private final Path mappings;
  private final Sanitiser sanitiser = new Sanitiser();
  private final Map<String, Sequence> sequences = new HashMap<>();
  private int exchanges;

  /** The answers so far to one distinct call, and the file of the latest. */
  private static final class Sequence {
    final String scenario;
    int answers;
    Path lastFile;
    ObjectNode lastMapping;

    Sequence(String scenario) {
      this.scenario = scenario;
    }
  }

  /** Starts recording {@code name} into {@code dir}, replacing any earlier recording there. */
  public Recording(String name, Path dir, List<String> secrets) {
    this.name = name;
    this.mappings = dir.resolve(MAPPINGS);
    sanitiser.secrets(secrets);
    try {
      Files.createDirectories(mappings);
      try (Stream<Path> old = Files.list(mappings)) {
        for (Path file : old.filter(f -> f.toString().endsWith(".json")).toList()) {
          Files.delete(file);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot prepare " + mappings, e);
    }
  }

  public String name() {
    return name;
  }

  /** What a value became (or becomes) in this recording; tests use it to replay with the same ids. */
  public String sanitised(String value) {
    return sanitiser.clean(value);
  }

  /** Sanitises and writes one call; returns the file written. */
  public synchronized Path add(Exchange exchange) {
    if (sanitiser.secrets(exchange.secrets()) && exchanges > 0) {
      redactWritten();
    }
    ObjectNode request = request(exchange);
    ObjectNode mapping = JSON.createObjectNode();
    mapping.set("request", request);
    mapping.set("response", response(exchange));
    String key = request.toString();
    Sequence sequence =
        sequences.computeIfAbsent(key, k -> new Sequence(name + " #" + (sequences.size() + 1) + " " + exchange.operation()));
    sequence.answers++;
    if (sequence.answers > 1) {
      String state = "answer " + sequence.answers;
      ObjectNode previous = sequence.lastMapping;
      if (sequence.answers == 2) {
        previous.put("scenarioName", sequence.scenario);
        previous.put("requiredScenarioState", "Started");
      }
      previous.put("newScenarioState", state);
      write(sequence.lastFile, previous);
      mapping.put("scenarioName", sequence.scenario);
      mapping.put("requiredScenarioState", state);
    }
    exchanges++;
    ObjectNode metadata = mapping.putObject("metadata").putObject("clouddouble");
    metadata.put("recording", name);
    metadata.put("exchange", exchanges);
    metadata.put("operation", exchange.operation());
    Path file = mappings.resolve(String.format("%04d-%s.json", exchanges, exchange.operation().replace(':', '-')));
    write(file, mapping);
    sequence.lastFile = file;
    sequence.lastMapping = mapping;
    return file;
  }

  private ObjectNode request(Exchange exchange) {
    ObjectNode request = JSON.createObjectNode();
    request.put("method", exchange.request().getMethod().getName());
    request.put("urlPath", sanitiser.clean(AlibabaCall.path(exchange.request().getUrl())));
    request.putObject("headers").putObject(GatewayHeaders.OPERATION).put("equalTo", exchange.operation());
    ObjectNode custom = request.putObject("customMatcher");
    custom.put("name", RecordedCallMatcher.NAME);
    ObjectNode parameters = custom.putObject("parameters");
    ObjectNode params = parameters.putObject("params");
    MatchedParams.of(exchange.request()).forEach((k, v) -> params.put(sanitiser.clean(k), sanitiser.clean(v)));
    byte[] body = exchange.request().getBody();
    if (Cloud.of(exchange.request()) == Cloud.HUAWEI
        && body != null
        && body.length > 0) {
      parameters.set("body", json(sanitiser.clean(new String(body, StandardCharsets.UTF_8))));
    }
    return request;
  }

  private ObjectNode response(Exchange exchange) {
    ObjectNode response = JSON.createObjectNode();
    response.put("status", exchange.status());
    Map<String, String> received = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    received.putAll(exchange.responseHeaders());
    ObjectNode headers = response.putObject("headers");
    for (String header : KEPT_RESPONSE_HEADERS) {
      if (received.containsKey(header)) {
        headers.put(header, sanitiser.clean(received.get(header)));
      }
    }
    String body = sanitiser.clean(new String(exchange.responseBody(), StandardCharsets.UTF_8));
    JsonNode parsed = json(body);
    if (parsed != null && parsed.isContainerNode()) {
      response.set("jsonBody", parsed); // readable, so a team can find the ids its test should use
    } else {
      response.put("body", body);
    }
    return response;
  }

  private static JsonNode json(String text) {
    try {
      return JSON.readTree(text);
    } catch (IOException notJson) {
      return null;
    }
  }

  /**
   * A client's token is only known to be one when it is first seen; a call recorded earlier may
   * carry it in a body or an echo, so the files already written are redacted again.
   */
  private void redactWritten() {
    try (Stream<Path> files = Files.list(mappings)) {
      for (Path file : files.toList()) {
        String text = Files.readString(file);
        String redacted = sanitiser.redact(text);
        if (!redacted.equals(text)) {
          Files.writeString(file, redacted);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot redact " + mappings, e);
    }
  }

  /** Redacted once more as a whole: a sequence's earlier mapping is rewritten after new secrets were learned. */
  private void write(Path file, ObjectNode mapping) {
    try {
      Files.writeString(file, sanitiser.redact(JSON.writeValueAsString(mapping)) + "\n");
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file, e);
    }
  }
}
