package io.clouddouble.testkit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** Stubs roots of a test's own: a copy of {@code stubs/} with WireMock mappings added under {@code mappings/}. */
public final class StubsRoots {
  private StubsRoots() {}

  /** Copies {@code stubs} to {@code target}, adds {@code mappings/<name>} holding {@code mapping}; returns {@code target}. */
  public static Path withMapping(Path stubs, Path target, String name, String mapping) {
    try (Stream<Path> files = Files.walk(stubs)) {
      for (Path file : (Iterable<Path>) files::iterator) {
        Path copy = target.resolve(stubs.relativize(file).toString());
        if (Files.isDirectory(file)) {
          Files.createDirectories(copy);
        } else {
          Files.copy(file, copy);
        }
      }
      Files.createDirectories(target.resolve("mappings"));
      Files.writeString(target.resolve("mappings").resolve(name), mapping);
      return target;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
