package io.clouddouble.state;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.clouddouble.DataRoot;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.regex.Pattern;

/** Every resource type declared under {@code stubs/types/}, by cloud and name. */
public final class ResourceTypes {
  private static final ObjectMapper JSON = new ObjectMapper();
  private final Map<String, ResourceType> types = new HashMap<>();

  public static ResourceTypes load(Path directory) {
    ResourceTypes registry = new ResourceTypes();
    DataRoot.jsonFiles(directory).forEach(registry::read);
    return registry;
  }

  private void read(Path file) {
    JsonNode document;
    try {
      document = JSON.readTree(Files.readAllBytes(file));
    } catch (IOException e) {
      throw new IllegalStateException("cannot read " + file + ": " + e.getMessage(), e);
    }
    String cloud = document.path("cloud").asText();
    Iterator<Map.Entry<String, JsonNode>> each = document.path("types").fields();
    while (each.hasNext()) {
      Map.Entry<String, JsonNode> entry = each.next();
      JsonNode spec = entry.getValue();
      if (!spec.has("id")) {
        throw new IllegalStateException(file + ": type " + entry.getKey() + " has no id template");
      }
      ResourceType type =
          new ResourceType(
              cloud,
              entry.getKey(),
              spec.get("id"),
              spec.path("regional").asBoolean(true),
              spec.has("foreign") ? Pattern.compile(spec.get("foreign").asText()) : null);
      if (types.put(cloud + "/" + type.name(), type) != null) {
        throw new IllegalStateException(file + ": type " + cloud + "/" + type.name() + " is declared twice");
      }
    }
  }

  public ResourceType get(String cloud, String name) {
    ResourceType type = types.get(cloud + "/" + name);
    if (type == null) {
      throw new IllegalArgumentException("unknown resource type " + cloud + "/" + name + " (declare it in stubs/types/)");
    }
    return type;
  }
}
