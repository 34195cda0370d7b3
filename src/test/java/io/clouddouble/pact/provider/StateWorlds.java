package io.clouddouble.pact.provider;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The provider states as data: each file in {@code contracts/pacts/states/} is a world document (the
 * format {@code POST /__admin/clouddouble/world} takes) naming the state it sets up in
 * {@code providerState}. Any team's verification can post the same files.
 */
final class StateWorlds {
  static final Path DIRECTORY = Path.of("contracts/pacts/states");
  private static final ObjectMapper JSON = new ObjectMapper();
  private final Map<String, String> worldsByState;

  private StateWorlds(Map<String, String> worldsByState) {
    this.worldsByState = worldsByState;
  }

  static StateWorlds load() {
    Map<String, String> byState = new TreeMap<>();
    try (Stream<Path> files = Files.list(DIRECTORY)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".json")).sorted().toList()) {
        String text = Files.readString(file);
        JsonNode world = JSON.readTree(text);
        String state = world.path("providerState").asText("");
        if (state.isEmpty() || byState.put(state, text) != null) {
          throw new IllegalStateException(file + " needs a providerState of its own");
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new StateWorlds(byState);
  }

  /** The world that sets up {@code state}; an unknown state is an error, never a silent no-op. */
  String world(String state) {
    String world = worldsByState.get(state);
    if (world == null) {
      throw new IllegalStateException("no world in " + DIRECTORY + " sets up the provider state \"" + state + "\"");
    }
    return world;
  }
}
