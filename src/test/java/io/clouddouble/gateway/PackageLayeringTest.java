package io.clouddouble.gateway;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The pipeline reads in the order a request flows: the wire format ({@code protocol}) at the
 * bottom, signatures ({@code auth}) and contracts ({@code contract}) above it, the {@code gateway}
 * that chains them above those, and only the assembly ({@code io.clouddouble} itself) wires the
 * gateway in. Checked on the main sources: every reference to a clouddouble package, in an import
 * or written out in full, counts.
 */
class PackageLayeringTest {
  private static final Path MAIN = Path.of("src", "main", "java", "io", "clouddouble");
  private static final Pattern REFERENCE = Pattern.compile("\\bio\\.clouddouble\\.([a-z][a-z0-9_]*)\\.");
  /** A top-level class of io.clouddouble (CloudDouble, Main, ...), written out in full. */
  private static final Pattern ROOT_REFERENCE = Pattern.compile("\\bio\\.clouddouble\\.[A-Z]");

  @Test
  void theWireFormatDependsOnNoClouddoublePackageAboveIt() {
    Map<String, Set<String>> uses = references();
    assertTrue(uses.containsKey("protocol"), "no sources found under " + MAIN.toAbsolutePath());
    assertEquals(Set.of(), others(uses.get("protocol"), "protocol"), "protocol must stay at the bottom");
    assertEquals(List.of(), rootReferences("protocol"), "protocol names a top-level class");
  }

  @Test
  void signaturesAndContractsDoNotReachUpToTheGateway() {
    Map<String, Set<String>> uses = references();
    for (String lower : List.of("auth", "contract", "state", "admin", "record", "protocol")) {
      assertTrue(
          !uses.getOrDefault(lower, Set.of()).contains("gateway"),
          lower + " refers to the gateway above it");
    }
    assertTrue(!uses.getOrDefault("auth", Set.of()).contains("contract"), "auth refers to contract");
  }

  @Test
  void theGatewaySitsAboveProtocolAuthAndContractOnly() {
    Set<String> gateway = references().get("gateway");
    assertTrue(gateway != null && gateway.containsAll(Set.of("protocol", "auth", "contract")), "gateway uses " + gateway);
    assertEquals(Set.of(), others(gateway, "gateway", "protocol", "auth", "contract"));
  }

  private static Set<String> others(Set<String> used, String... allowed) {
    Set<String> rest = new TreeSet<>(used);
    rest.removeAll(Set.of(allowed));
    return rest;
  }

  /** Package (first segment under io.clouddouble) to the clouddouble packages its sources name. */
  private static Map<String, Set<String>> references() {
    Map<String, Set<String>> uses = new TreeMap<>();
    for (Path file : sources()) {
      String relative = MAIN.relativize(file).toString().replace('\\', '/');
      if (!relative.contains("/")) {
        continue;
      }
      String pkg = relative.substring(0, relative.indexOf('/'));
      Set<String> used = uses.computeIfAbsent(pkg, p -> new TreeSet<>());
      Matcher m = REFERENCE.matcher(body(file));
      while (m.find()) {
        used.add(m.group(1));
      }
    }
    return uses;
  }

  private static List<String> rootReferences(String pkg) {
    List<String> found = new ArrayList<>();
    for (Path file : sources()) {
      if (MAIN.relativize(file).toString().replace('\\', '/').startsWith(pkg + "/")
          && ROOT_REFERENCE.matcher(body(file)).find()) {
        found.add(file.toString());
      }
    }
    return found;
  }

  /** The source without its package line (which names its own package). */
  private static String body(Path file) {
    try {
      return Files.readString(file).replaceFirst("(?m)^package [^;]+;", "");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static List<Path> sources() {
    try (Stream<Path> files = Files.walk(MAIN)) {
      return files.filter(f -> f.toString().endsWith(".java")).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
