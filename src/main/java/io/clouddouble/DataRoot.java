package io.clouddouble;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Where {@code contracts/} and {@code stubs/} are read from: a directory given on the command line,
 * or the copies packaged in the jar (so the fat jar and the JUnit extension need no checkout).
 */
public final class DataRoot {
  static final String CLASSPATH_ROOT = "clouddouble";

  private DataRoot() {}

  /**
   * The {@code .json} files under {@code directory}, at any depth, in name order (so loading is
   * reproducible); none when the directory does not exist.
   */
  public static List<Path> jsonFiles(Path directory) {
    if (!Files.isDirectory(directory)) {
      return List.of();
    }
    try (Stream<Path> files = Files.walk(directory)) {
      return files.filter(f -> f.getFileName().toString().endsWith(".json")).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The packaged copy of {@code name} ({@code contracts} or {@code stubs}) as a readable Path. */
  public static Path packaged(String name) {
    String resource = CLASSPATH_ROOT + "/" + name;
    URL url = DataRoot.class.getClassLoader().getResource(resource);
    if (url == null) {
      throw new IllegalStateException("the packaged " + name + "/ is missing from the classpath");
    }
    try {
      URI uri = url.toURI();
      if (!"jar".equals(uri.getScheme())) {
        return Path.of(uri);
      }
      try {
        FileSystems.newFileSystem(uri, Map.of());
      } catch (FileSystemAlreadyExistsException alreadyOpen) {
        // another caller opened the jar's file system first; Path.of below reuses it
      }
      return Path.of(uri);
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
