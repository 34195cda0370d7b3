package io.clouddouble.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Regenerating the Alibaba contracts from the stored metadata reproduces the committed files byte for byte. */
class ContractGeneratorTest {
  private static final Path CONTRACTS = Path.of("contracts");

  @Test
  void generationReproducesTheCommittedContracts(@TempDir Path out) throws IOException {
    new ContractGenerator(CONTRACTS).generate().forEach((file, contract) -> CanonicalJson.write(out.resolve(file), contract));
    Set<Path> generated = contractFiles(out);
    assertEquals(contractFiles(CONTRACTS), generated, "the generated set differs from the committed one");
    for (Path file : generated) {
      assertEquals(
          Files.readString(CONTRACTS.resolve(file)), Files.readString(out.resolve(file)), file + " differs; run scripts/generate-contracts");
    }
  }

  /** Generated contracts: alibaba/<product>/<version>/<Action>.json (not _metadata or the inputs beside them). */
  private static Set<Path> contractFiles(Path root) throws IOException {
    Path alibaba = root.resolve("alibaba");
    try (Stream<Path> files = Files.walk(alibaba)) {
      return files
          .filter(f -> f.toString().endsWith(".json"))
          .map(root::relativize)
          .filter(f -> f.getNameCount() == 4 && !f.getName(1).toString().startsWith("_"))
          .collect(Collectors.toCollection(TreeSet::new));
    }
  }
}
