package io.clouddouble.record;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * {@code story.json} beside a recording's mappings: the products whose lifecycles it holds, the
 * inputs the story was recorded with and what the SDKs saw, both as the recording has them (sanitised). A playback runs the story with
 * these inputs and must see the same. WireMock ignores the file.
 */
record StoryFile(List<String> products, Map<String, String> inputs, List<String> transcript) {
  static final String NAME = "story.json";
  private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  static StoryFile read(Path recording) {
    try {
      JsonNode story = JSON.readTree(recording.resolve(NAME).toFile());
      Map<String, String> inputs = new TreeMap<>();
      story.path("inputs").fields().forEachRemaining(e -> inputs.put(e.getKey(), e.getValue().asText()));
      List<String> products = new ArrayList<>();
      story.path("products").forEach(product -> products.add(product.asText()));
      List<String> transcript = new ArrayList<>();
      story.path("transcript").forEach(line -> transcript.add(line.asText()));
      return new StoryFile(products, inputs, transcript);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  void write(Path recording) {
    ObjectNode story = JSON.createObjectNode();
    products.forEach(story.putArray("products")::add);
    ObjectNode in = story.putObject("inputs");
    new TreeMap<>(inputs).forEach(in::put);
    transcript.forEach(story.putArray("transcript")::add);
    try {
      Files.writeString(recording.resolve(NAME), JSON.writeValueAsString(story) + "\n");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
