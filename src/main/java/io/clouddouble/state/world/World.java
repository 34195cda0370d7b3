package io.clouddouble.state.world;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.clouddouble.DataRoot;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A world: the resources the fake starts with, as one or more world documents (see
 * {@code stubs/README.md}, "Worlds"). A directory is every {@code *.json} in it, so each product
 * adds its own file to {@code stubs/worlds/demo/}.
 */
public record World(String source, List<JsonNode> documents) {
  private static final ObjectMapper JSON = new ObjectMapper();

  public static World empty() {
    return new World("(empty)", List.of());
  }

  public static World read(Path fileOrDirectory) {
    List<Path> files =
        Files.isDirectory(fileOrDirectory) ? DataRoot.jsonFiles(fileOrDirectory) : List.of(fileOrDirectory);
    List<JsonNode> documents = new ArrayList<>();
    for (Path file : files) {
      try {
        documents.add(JSON.readTree(Files.readAllBytes(file)));
      } catch (IOException e) {
        throw new IllegalArgumentException("cannot read world " + file + ": " + e.getMessage(), e);
      }
    }
    return new World(fileOrDirectory.toString(), List.copyOf(documents));
  }

  public static World of(String source, JsonNode document) {
    return new World(source, List.of(document));
  }
}
