package io.clouddouble.state.journal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/**
 * The snapshot a state file holds: {@link io.clouddouble.state.StateEngine#snapshot()} plus
 * {@code format} and the {@code seq} of the last journal record it includes. Written to a
 * temporary file, flushed and renamed over the old one, so a crash leaves the old or the new
 * snapshot, never half of one. A file that cannot be read as one stops start-up and is left as it is.
 */
final class StateFile {
  static final String FORMAT = "clouddouble-state/1";
  private static final ObjectMapper JSON = new ObjectMapper();

  private StateFile() {}

  /** The saved state, or null when there is no file yet. */
  static JsonNode read(Path path) {
    if (!Files.exists(path)) {
      return null;
    }
    JsonNode state;
    try {
      state = JSON.readTree(Files.readAllBytes(path));
    } catch (IOException e) {
      throw new IllegalStateException(
          "state file " + path + " is not a clouddouble state file (" + e.getMessage().lines().findFirst().orElse("")
              + "); it is left untouched: fix it, move it away or name another --state-file", e);
    }
    if (state == null || !state.isObject()) {
      throw new IllegalStateException(
          "state file " + path + " is not a clouddouble state file (not a JSON object); it is left untouched");
    }
    // Files written before the journal existed are plain world documents without a format.
    if (state.has("format") && !FORMAT.equals(state.get("format").asText())) {
      throw new IllegalStateException(
          "state file " + path + " has format " + state.get("format") + ", which this clouddouble does not know (it reads "
              + FORMAT + "); it is left untouched: use the clouddouble that wrote it, or name another --state-file");
    }
    return state;
  }

  static void write(Path path, ObjectNode state, long seq) {
    ObjectNode file = JSON.createObjectNode();
    file.put("format", FORMAT);
    file.put("seq", seq);
    file.setAll(state);
    Path directory = path.toAbsolutePath().getParent();
    Path temporary = directory.resolve(path.getFileName() + ".tmp");
    try {
      Files.createDirectories(directory);
      try (FileChannel channel =
          FileChannel.open(temporary, StandardOpenOption.CREATE, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
        ByteBuffer bytes = ByteBuffer.wrap(JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(file));
        while (bytes.hasRemaining()) {
          channel.write(bytes);
        }
        channel.force(true);
      }
      Files.move(temporary, path, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      syncDirectory(directory);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write state file " + path, e);
    }
  }

  /** Makes the rename itself durable (where the platform allows opening a directory). */
  private static void syncDirectory(Path directory) {
    try (FileChannel channel = FileChannel.open(directory, StandardOpenOption.READ)) {
      channel.force(true);
    } catch (IOException e) {
      // Not every platform can open a directory; the rename is still atomic there.
    }
  }
}
